using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Tests.Plans;

public class PlanAssessmentTests
{
    [Fact]
    public void All_mandatory_proven_is_a_full_declaration()
    {
        var plan = SamplePlans.Contoso() with
        {
            Criteria = [.. SamplePlans.Contoso().Criteria.Take(2)],
        };

        var assessment = PlanAssessment.Of(plan);

        Assert.Equal(DeclarationVariant.Full, assessment.Variant);
        Assert.Empty(assessment.Reasons);
    }

    [Fact]
    public void Blocked_with_known_fix_is_conditional()
    {
        var assessment = PlanAssessment.Of(SamplePlans.Contoso());

        Assert.Equal(DeclarationVariant.Conditional, assessment.Variant);
    }

    [Theory]
    [InlineData(CriterionStatus.Pending, "pending")]
    [InlineData(CriterionStatus.NotProven, "not proven")]
    public void Unproven_mandatory_criterion_refuses_any_declaration(CriterionStatus status, string said)
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1] with { Status = status }, plan.Criteria[2]] };

        var assessment = PlanAssessment.Of(plan);

        Assert.Null(assessment.Variant);
        Assert.Contains(assessment.Reasons, r => r.Contains(said, StringComparison.Ordinal) && r.Contains("Page on-call fast", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocked_without_blocker_refuses()
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1], plan.Criteria[2] with { Blocker = null }] };

        Assert.Null(PlanAssessment.Of(plan).Variant);
    }

    [Fact]
    public void Nothing_proven_cannot_be_conditional()
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[2]] };

        var assessment = PlanAssessment.Of(plan);

        Assert.Null(assessment.Variant);
        Assert.Contains(assessment.Reasons, r => r.Contains("at least one proven", StringComparison.Ordinal));
    }

    [Fact]
    public void Optional_criteria_do_not_block()
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1] with { Mandatory = false, Status = CriterionStatus.NotProven }] };

        Assert.Equal(DeclarationVariant.Full, PlanAssessment.Of(plan).Variant);
    }

    [Fact]
    public void Proven_criterion_that_misses_its_target_is_warned_about_in_its_direction()
    {
        var plan = SamplePlans.Contoso();
        // Lower is better: 45 s against a 30 s target is a miss, even though 45 > 30.
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1] with { Measured = MetricValue.Of(45m) }] };

        var assessment = PlanAssessment.Of(plan);

        var warning = Assert.Single(assessment.Warnings);
        Assert.Equal("criteria[1].measured", warning.Field);
        Assert.Equal(DeclarationVariant.Full, assessment.Variant);
    }

    [Theory]
    [InlineData(43, 40, MetricDirection.HigherIsBetter, TargetComparison.Exceeded)]
    [InlineData(40, 40, MetricDirection.HigherIsBetter, TargetComparison.Met)]
    [InlineData(31, 40, MetricDirection.HigherIsBetter, TargetComparison.Missed)]
    [InlineData(12, 30, MetricDirection.LowerIsBetter, TargetComparison.Exceeded)]
    [InlineData(31, 30, MetricDirection.LowerIsBetter, TargetComparison.Missed)]
    public void Comparison_respects_direction(int measured, int target, MetricDirection direction, TargetComparison expected)
    {
        var c = new Criterion("t", "m", "percent", direction, MetricValue.Of(target), MetricValue.Of(measured), CriterionStatus.Proven, true);

        Assert.Equal(expected, CriterionResult.Compare(c));
    }
}
