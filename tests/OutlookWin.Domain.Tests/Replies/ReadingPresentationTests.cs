using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>What a person sees of a reading: the criteria as the reply meant them, quotes without the greeting, the signals that decide.</summary>
public sealed class ReadingPresentationTests
{
    private const string CannedConditional =
        "Hi Sam,\n\nThe proven criteria are confirmed on our side. We're OK to start the commercial and legal review now, "
        + "but we can't sign until the parser patch is deployed and validated in our environment.\n\nRegards,\nDana";

    private readonly ReplyReader _reader = new();

    [Fact]
    public void Accepting_the_stipulation_confirms_the_proven_criteria_as_a_group_and_conditions_the_blocked_one()
    {
        var reading = _reader.Read(new ReplyParts { Text = CannedConditional }, SamplePlans.Contoso());

        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        Assert.Equal(CriterionReadingKind.Confirmed, reading.Criteria[0].Reading);
        Assert.Equal(CriterionReadingKind.Confirmed, reading.Criteria[1].Reading);
        Assert.Equal(["The proven criteria are confirmed on our side."], reading.Criteria[0].Evidence);
        Assert.Equal(CriterionReadingKind.Conditional, reading.Criteria[2].Reading);
        Assert.Contains("can't sign until the parser patch is deployed", Assert.Single(reading.Criteria[2].Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocked_criterion_named_as_confirmed_in_a_conditional_acceptance_reads_as_conditioned()
    {
        var reading = _reader.Read(
            new ReplyParts { Text = "Hi Sam,\nThe MTTR and ingestion criteria are confirmed on our side. We're OK to start the commercial review now, but we can't sign until the parser patch is validated.\n\nDana" },
            SamplePlans.Contoso());

        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        Assert.Equal(CriterionReadingKind.Confirmed, reading.Criteria[0].Reading);
        Assert.Equal(CriterionReadingKind.Conditional, reading.Criteria[2].Reading);
        Assert.NotEqual(CriterionReadingKind.Confirmed, reading.Criteria[2].Reading);
    }

    [Fact]
    public void A_confirmation_after_the_fix_shipped_still_confirms_the_once_blocked_criterion()
    {
        var reading = _reader.Read(
            new ReplyParts { Text = "The parser patch is live and legacy syslog parses cleanly now. Confirmed: all criteria were met." },
            SamplePlans.Contoso());

        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.NotEqual(CriterionReadingKind.Conditional, reading.Criteria[2].Reading);
    }

    [Fact]
    public void Quotes_leave_out_the_greeting()
    {
        var reading = _reader.Read(new ReplyParts { Text = "Hi Ana,\nConfirmed. The team considers the technical evaluation a success.\n\nDana" }, SamplePlans.Contoso());

        Assert.NotEmpty(reading.Evidence);
        Assert.All(reading.Evidence, e => Assert.DoesNotContain("Hi Ana", e.Text, StringComparison.Ordinal));
        Assert.All(reading.Criteria.SelectMany(c => c.Evidence), t => Assert.DoesNotContain("Hi Ana", t, StringComparison.Ordinal));
        Assert.Contains(reading.Evidence, e => e.Text.StartsWith("Confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public void One_sentence_shows_at_most_the_two_signals_that_decide()
    {
        // One sentence that trips many rules at once.
        var reading = _reader.Read(new ReplyParts
        {
            Text = "Looks great and we're fine to go ahead, but we can't confirm or sign anything yet, not until the patch is validated — sound fair?",
        }, SamplePlans.Contoso());

        Assert.All(reading.Evidence.GroupBy(e => e.Text), g => Assert.InRange(g.Count(), 1, 2));
    }

    [Fact]
    public void The_conditional_verdict_quotes_its_condition_first()
    {
        var reading = _reader.Read(new ReplyParts { Text = CannedConditional }, SamplePlans.Contoso());

        var sentence = reading.Evidence.Where(e => e.Text.Contains("can't sign until", StringComparison.Ordinal)).ToList();
        Assert.InRange(sentence.Count, 1, 2);
        Assert.Equal(ReplySignal.Condition, sentence[0].Signal);
    }

    [Fact]
    public void An_out_of_office_is_explained_in_plain_words()
    {
        var reading = _reader.Read(new ReplyParts
        {
            Subject = "Automatic reply: Technical Win declaration",
            Text = "I'm away until Monday, 7 December.",
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
        });

        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.DoesNotContain("RFC", reading.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Auto-Submitted", reading.Explanation, StringComparison.Ordinal);
        Assert.Contains("sent automatically, not written by a person", reading.Explanation, StringComparison.Ordinal);
    }
}
