using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Tests.Declarations;

public class FollowUpWriterTests
{
    private static readonly DateOnly Sent = new(2026, 11, 24);

    private static string Flat(string text) => text.Replace("\n", " ", StringComparison.Ordinal);

    private static SuccessPlan FullyProven() => DeclarationPlans.Full();

    [Fact]
    public void A_stale_follow_up_asks_for_a_one_line_written_confirmation_of_the_named_criteria()
    {
        var draft = FollowUpWriter.Write(FullyProven(), FollowUpKind.Stale, "Technical Win: Contoso observability POV", Sent, signerName: "Alex Morgan");

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
        var draft = FollowUpWriter.Write(FullyProven(), FollowUpKind.Ambiguous, "Technical Win", Sent, signerName: "Alex Morgan");

        var text = Flat(draft.Text);
        Assert.Contains("Thank you for the quick reply.", text, StringComparison.Ordinal);
        Assert.Contains("could you reply with a sentence confirming that the Contoso team considers the technical evaluation a success", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reconfirmation_names_the_fixed_criterion_with_its_figure()
    {
        var plan = SamplePlans.Contoso();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1], plan.Criteria[2] with { Status = CriterionStatus.Proven, Measured = MetricValue.Of(true) }] };

        var draft = FollowUpWriter.Write(plan, FollowUpKind.Reconfirm, "Conditional Technical Win: Contoso", Sent, [2], "Alex Morgan");

        var text = Flat(draft.Text);
        Assert.Contains("Good news: the legacy parser patch is deployed and validated. Legacy format parsed: yes, as required.", text, StringComparison.Ordinal);
        Assert.Contains("could you confirm in writing that “Legacy syslog ingestion” is now validated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_are_escaped_in_the_html()
    {
        var plan = SamplePlans.Contoso() with { DealName = "<script>x</script>" };

        var draft = FollowUpWriter.Write(plan, FollowUpKind.Stale, "<img src=x>", Sent, signerName: "Alex Morgan");

        Assert.DoesNotContain("<script", draft.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", draft.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_thumbs_up_on_a_conditional_declaration_the_follow_up_asks_for_the_conditional_win_not_the_blocked_criterion()
    {
        var draft = FollowUpWriter.Write(SamplePlans.Contoso(), FollowUpKind.Ambiguous, "Conditional Technical Win: Contoso", Sent, signerName: "Alex Morgan");

        var text = Flat(draft.Text);
        Assert.Contains("confirming that the Contoso team agrees to the Conditional Technical Win — that “Reduce MTTR” and “Page on-call fast” were met, "
            + "and that the contract is not signed until the legacy parser patch is deployed and validated against “Legacy syslog ingestion”?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“Legacy syslog ingestion” were met", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“Legacy syslog ingestion” — were met", text, StringComparison.Ordinal);
        Assert.DoesNotContain("considers the technical evaluation a success", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_conditional_declaration_is_followed_up_with_the_stipulation()
    {
        var draft = FollowUpWriter.Write(SamplePlans.Contoso(), FollowUpKind.Stale, "Conditional Technical Win: Contoso", Sent, signerName: "Alex Morgan");

        var text = Flat(draft.Text);
        Assert.Contains("agrees to the Conditional Technical Win — that “Reduce MTTR” and “Page on-call fast” were met, and that the contract is not signed until", text, StringComparison.Ordinal);
        Assert.DoesNotContain("three mandatory success criteria", text, StringComparison.Ordinal);
        Assert.Contains("commercial and legal review", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_is_signed_by_the_sales_engineer_before_the_signed_in_user()
    {
        var plan = DeclarationPlans.Full() with { SalesEngineer = new Person("Alex Morgan", "alex@fabrikam.example") };

        var byPlan = FollowUpWriter.Write(plan, FollowUpKind.Stale, "Technical Win", Sent, signerName: "Sam Signed-In");
        var byUser = FollowUpWriter.Write(DeclarationPlans.Full(), FollowUpKind.Stale, "Technical Win", Sent, signerName: "Sam Signed-In");

        Assert.EndsWith("Kind regards,\nAlex Morgan\n", byPlan.Text, StringComparison.Ordinal);
        Assert.EndsWith("Kind regards,\nSam Signed-In\n", byUser.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_no_one_would_sign_is_not_written()
    {
        var e = Assert.Throws<UnsignedEmailException>(() => FollowUpWriter.Write(DeclarationPlans.Full(), FollowUpKind.Stale, "Technical Win", Sent, signerName: "se@fabrikam.example"));

        Assert.Equal("salesEngineer", e.Field);
    }
}
