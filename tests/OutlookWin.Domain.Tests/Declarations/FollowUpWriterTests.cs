using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Tests.Declarations;

public class FollowUpWriterTests
{
    private static readonly DateOnly Sent = new(2026, 11, 24);

    private static string Flat(string text) => text.Replace("\n", " ", StringComparison.Ordinal);

    [Fact]
    public void A_stale_follow_up_asks_for_a_one_line_written_confirmation_of_the_named_criteria()
    {
        var draft = FollowUpWriter.Write(SamplePlans.Contoso(), FollowUpKind.Stale, "Technical Win: Contoso observability POV", Sent);

        Assert.Equal("RE: Technical Win: Contoso observability POV", draft.Subject);
        Assert.Equal("dana@contoso.example", draft.To.Email);
        Assert.Equal("jordan@fabrikam.example", Assert.Single(draft.Cc).Email);
        var text = Flat(draft.Text);
        Assert.Contains("Hi Dana,", text, StringComparison.Ordinal);
        Assert.Contains("my note of 24 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("one-line written confirmation that the three mandatory success criteria — “Reduce MTTR”, “Page on-call fast”, and “Legacy syslog ingestion” — were met", text, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee can begin the commercial review with Priya Shah, VP of Engineering", text, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_thumbs_up_the_follow_up_thanks_and_asks_for_a_sentence()
    {
        var draft = FollowUpWriter.Write(SamplePlans.Contoso(), FollowUpKind.Ambiguous, "Technical Win", Sent);

        var text = Flat(draft.Text);
        Assert.Contains("Thank you for the quick reply.", text, StringComparison.Ordinal);
        Assert.Contains("could you reply with a sentence confirming that the Contoso team considers the technical evaluation a success", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reconfirmation_names_the_fixed_criterion_with_its_figure()
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1], plan.Criteria[2] with { Status = CriterionStatus.Proven, Measured = MetricValue.Of(true) }] };

        var draft = FollowUpWriter.Write(plan, FollowUpKind.Reconfirm, "Conditional Technical Win: Contoso", Sent, [2]);

        var text = Flat(draft.Text);
        Assert.Contains("Good news: the legacy parser patch is deployed and validated. Legacy format parsed: yes, as required.", text, StringComparison.Ordinal);
        Assert.Contains("could you confirm in writing that “Legacy syslog ingestion” is now validated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_are_escaped_in_the_html()
    {
        var plan = SamplePlans.Contoso() with { DealName = "<script>x</script>" };

        var draft = FollowUpWriter.Write(plan, FollowUpKind.Stale, "<img src=x>", Sent);

        Assert.DoesNotContain("<script", draft.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", draft.Html, StringComparison.Ordinal);
    }
}
