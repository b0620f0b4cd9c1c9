using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;
using static OutlookWin.Domain.Tests.Declarations.DeclarationPlans;

namespace OutlookWin.Domain.Tests.Declarations;

public class FigureWordingTests
{
    [Fact]
    public void Percent_result_is_ahead_by_percentage_points_never_by_a_percentage()
    {
        var said = FigureWording.Describe(Numeric(40m, 43m));

        Assert.Equal("MTTR reduction: 43%, against a 40% target — exceeded by 3 percentage points", said);
        Assert.DoesNotContain("by 3%", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, 41, "exceeded by 1 percentage point")]
    [InlineData(40, 40.5, "exceeded by 0.5 percentage points")]
    [InlineData(40, 31, "9 percentage points short of the target")]
    public void Percent_gaps_are_percentage_points_in_singular_and_plural(decimal target, decimal measured, string expected)
    {
        var said = FigureWording.Describe(Numeric(target, measured));

        Assert.EndsWith(expected, said, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"by [\d.]+%", said);
    }

    [Fact]
    public void Lower_is_better_reads_the_right_way_round()
    {
        var said = FigureWording.Describe(Numeric(30m, 12m, "seconds", MetricDirection.LowerIsBetter, "time to page on-call"));

        Assert.Equal("time to page on-call: 12 seconds, against a target of 30 seconds or less — 18 seconds under the target", said);
        Assert.DoesNotContain("-", said.Replace("on-call", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("exceeded", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_is_better_miss_is_over_the_target()
    {
        var said = FigureWording.Describe(Numeric(30m, 45m, "seconds", MetricDirection.LowerIsBetter, "time to page on-call"));

        Assert.EndsWith("45 seconds, against a target of 30 seconds or less — 15 seconds over the target", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MetricDirection.HigherIsBetter)]
    [InlineData(MetricDirection.LowerIsBetter)]
    public void Exact_hit_met_the_target_exactly(MetricDirection direction)
    {
        var said = FigureWording.Describe(Numeric(30m, 30m, "seconds", direction, "time to page on-call"));

        Assert.EndsWith("30 seconds, against a" + (direction == MetricDirection.LowerIsBetter ? " target of 30 seconds or less" : " target of 30 seconds") + " — met the target exactly", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, "legacy format parsed: yes, as required")]
    [InlineData(false, false, "legacy format parsed: no, as required")]
    [InlineData(true, false, "legacy format parsed: no, where yes was required")]
    public void Boolean_results_are_yes_or_no(bool target, bool measured, string expected)
    {
        var criterion = new Criterion("Legacy syslog ingestion", "legacy format parsed", "boolean", MetricDirection.HigherIsBetter,
            MetricValue.Of(target), MetricValue.Of(measured), CriterionStatus.Proven, true);

        Assert.Equal(expected, FigureWording.Describe(criterion));
    }

    [Theory]
    [InlineData(1, "seconds", "1 second")]
    [InlineData(12, "seconds", "12 seconds")]
    [InlineData(1, "s", "1 second")]
    [InlineData(0.5, "second", "0.5 seconds")]
    [InlineData(1, "ms", "1 millisecond")]
    [InlineData(250, "milliseconds", "250 milliseconds")]
    [InlineData(1, "minutes", "1 minute")]
    [InlineData(1.5, "hours", "1.5 hours")]
    [InlineData(1, "Days", "1 day")]
    [InlineData(14, "day", "14 days")]
    [InlineData(43, "percent", "43%")]
    [InlineData(7, "count", "7")]
    [InlineData(1200, "events/s", "1,200 events/s")]
    [InlineData(2, "GB", "2 GB")]
    public void Units_read_as_words_with_singular_and_plural(decimal value, string unit, string expected)
    {
        Assert.Equal(expected, FigureWording.Quantity(value, unit));
    }

    [Theory]
    [InlineData(43.0, "43")]
    [InlineData(12.50, "12.5")]
    [InlineData(0.25, "0.25")]
    [InlineData(1234.5, "1,234.5")]
    public void Numbers_are_invariant_without_trailing_zeros_even_under_a_german_culture(decimal value, string expected)
    {
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(expected, FigureWording.Quantity(value, "count"));
            Assert.Equal(expected + " seconds", FigureWording.Quantity(value, "seconds"));
        }
    }

    [Fact]
    public void Decimal_gap_is_invariant_under_a_german_culture()
    {
        using (new CultureScope("de-DE"))
        {
            var said = FigureWording.Describe(Numeric(10.25m, 12.5m, "seconds", metric: "backfill time"));

            Assert.Equal("backfill time: 12.5 seconds, against a target of 10.25 seconds — exceeded by 2.25 seconds", said);
        }
    }

    [Fact]
    public void Lower_is_better_count_is_or_fewer()
    {
        var said = FigureWording.Describe(Numeric(10m, 3m, "count", MetricDirection.LowerIsBetter, "false alerts per day"));

        Assert.Equal("false alerts per day: 3, against a target of 10 or fewer — 7 under the target", said);
    }

    [Fact]
    public void Missing_measurement_says_so()
    {
        var criterion = Numeric(40m, 43m) with { Measured = null };

        Assert.Equal("MTTR reduction: not measured, against a 40% target", FigureWording.Describe(criterion));
    }

    [Fact]
    public void Dates_are_english_whatever_the_culture()
    {
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal("10 December 2026", FigureWording.Date(new DateOnly(2026, 12, 10)));
        }
    }
}
