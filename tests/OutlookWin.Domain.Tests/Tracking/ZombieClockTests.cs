using OutlookWin.Domain.Tracking;

namespace OutlookWin.Domain.Tests.Tracking;

public class ZombieClockTests
{
    // 27 November 2026 is a Friday.
    private static readonly DateOnly Friday = new(2026, 11, 27);

    [Theory]
    [InlineData(0, "2026-11-27")]
    [InlineData(1, "2026-11-30")]
    [InlineData(2, "2026-12-01")]
    [InlineData(5, "2026-12-04")]
    [InlineData(6, "2026-12-07")]
    public void Business_days_skip_weekends(int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ZombieClock.AddBusinessDays(Friday, days));
    }

    [Fact]
    public void Business_days_between_count_weekdays_only()
    {
        Assert.Equal(1, ZombieClock.BusinessDaysBetween(Friday, Friday.AddDays(3)));
        Assert.Equal(0, ZombieClock.BusinessDaysBetween(Friday, Friday.AddDays(2)));
        Assert.Equal(0, ZombieClock.BusinessDaysBetween(Friday, Friday.AddDays(-4)));
    }

    [Fact]
    public void An_answer_is_due_two_business_days_after_sending()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), ZombieClock.ReplyDue(Friday, 2, backOn: null));
    }

    [Fact]
    public void An_out_of_office_pauses_the_clock_until_the_business_day_after_the_return()
    {
        Assert.Equal(new DateOnly(2026, 12, 8), ZombieClock.ReplyDue(Friday, 2, backOn: new DateOnly(2026, 12, 7)));
        // A return before the normal due date changes nothing.
        Assert.Equal(new DateOnly(2026, 12, 1), ZombieClock.ReplyDue(Friday, 2, backOn: new DateOnly(2026, 11, 27)));
    }
}
