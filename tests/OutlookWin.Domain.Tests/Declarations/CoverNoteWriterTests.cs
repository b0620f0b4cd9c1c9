using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Declarations;

public class CoverNoteWriterTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Person Dana = new("Dana Kim", "dana@contoso.example");

    private static SuccessPlan AllProven()
    {
        var plan = SamplePlans.Contoso();
        return plan with
        {
            Criteria = [plan.Criteria[0], plan.Criteria[1], plan.Criteria[2] with { Status = CriterionStatus.Proven, Measured = MetricValue.Of(true), Blocker = null }],
        };
    }

    [Fact]
    public void A_confirmation_names_the_lead_engineer_the_day_and_the_result_the_reply_confirmed()
    {
        var note = CoverNoteWriter.Write(AllProven(), new ConfirmationFacts(ReplyVerdict.Confirmed, Dana, Today.AddDays(-1), [], [0]), Today, "Alex Morgan");

        Assert.Contains("Hi Priya,", note.Text, StringComparison.Ordinal);
        Assert.Contains("Your lead engineer Dana Kim confirmed yesterday that we exceeded the MTTR reduction target by 3 percentage points.", note.Text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Are we ready to review the contract?", note.Text, StringComparison.Ordinal);
        Assert.Contains("All three mandatory success criteria", note.Text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_named_criteria_the_result_furthest_ahead_of_its_target_leads_the_right_way_round()
    {
        var note = CoverNoteWriter.Write(AllProven(), new ConfirmationFacts(ReplyVerdict.Confirmed, Dana, Today, []), Today, "Alex Morgan");

        // 12 s against 30 s is 60% ahead; 43% against 40% is 7.5% ahead.
        Assert.Contains("confirmed today that we beat the time to page on-call target by 18 seconds", note.Text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_conditional_win_states_the_stipulation_plainly()
    {
        var note = CoverNoteWriter.Write(SamplePlans.Contoso(),
            new ConfirmationFacts(ReplyVerdict.Conditional, Dana, Today.AddDays(-3), ["no signature until the parser patch is validated"], [0]), Today, "Alex Morgan");

        var text = note.Text.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("agreed on Monday to a Conditional Technical Win: we exceeded the MTTR reduction target by 3 percentage points", text, StringComparison.Ordinal);
        Assert.Contains("waits on the legacy parser patch, due 10 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("the contract is not signed until the legacy parser patch is deployed and validated", text, StringComparison.Ordinal);
        Assert.Contains("“no signature until the parser patch is validated”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ready to review the contract", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colleague_of_the_lead_engineer_is_named_with_their_team()
    {
        var note = CoverNoteWriter.Write(AllProven(), new ConfirmationFacts(ReplyVerdict.Confirmed, new Person("Sam Ortiz", "sam@contoso.example"), Today.AddDays(-20), []), Today, "Alex Morgan");

        Assert.Contains("Sam Ortiz of the Contoso team confirmed on 6 November", note.Text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_escaped_in_the_html()
    {
        var plan = AllProven() with { EconomicBuyer = new Person("<b>Priya</b>", "priya@contoso.example", "VP") };

        var note = CoverNoteWriter.Write(plan, new ConfirmationFacts(ReplyVerdict.Confirmed, Dana, Today, []), Today, "Alex Morgan");

        Assert.DoesNotContain("<b>", note.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", note.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "yesterday")]
    [InlineData(2, "on Tuesday")]
    [InlineData(6, "on Friday")]
    [InlineData(7, "on 19 November")]
    [InlineData(400, "on 22 October 2025")]
    public void Dates_are_relative_to_today(int daysAgo, string expected)
    {
        Assert.Equal(expected, CoverNoteWriter.When(Today.AddDays(-daysAgo), Today));
    }
}
