using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Domain.Tests.Tracking;

public class ReplyMatcherTests
{
    private const string Owner = "se@fabrikam.example";
    private static readonly DateTimeOffset Sent = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    private static readonly SentDeclaration Contoso = new(
        Guid.Parse("11111111-1111-1111-1111-111111111111"), "<decl-1@fabrikam.example>", "conv-contoso",
        "Technical Win: Contoso observability POV — success criteria validated", "dana@contoso.example", Sent);

    private static readonly SentDeclaration Northwind = new(
        Guid.Parse("22222222-2222-2222-2222-222222222222"), "<decl-2@fabrikam.example>", "conv-northwind",
        "Technical Win: Northwind logging POV — success criteria validated", "sam@northwind.example", Sent);

    private static MailMessage Reply(
        string from = "dana@contoso.example",
        string subject = "RE: Technical Win: Contoso observability POV — success criteria validated",
        string? conversationId = null,
        string? inReplyTo = null,
        IReadOnlyList<string>? references = null,
        DateTimeOffset? received = null) =>
        new("msg-1", "<reply@contoso.example>", conversationId, subject, new Recipient("Someone", from), [],
            received ?? Sent.AddHours(2), received ?? Sent.AddHours(2), inReplyTo, references ?? [],
            new Dictionary<string, string>(), null);

    [Fact]
    public void A_reply_graph_dates_a_moment_before_the_recorded_send_still_matches()
    {
        // Sent at 17:00:00.450 by this service's clock; Graph says received 17:00:00 (whole seconds), or a little
        // earlier still when Exchange's clock is behind.
        var sentLate = Contoso with { SentAt = Sent.AddMilliseconds(450) };

        foreach (var received in new[] { Sent, Sent.AddSeconds(-40) })
        {
            var match = ReplyMatcher.Match(Reply(received: received), Owner, [sentLate]);
            Assert.Equal(Contoso.Id, match?.DeclarationId);
        }

        // A message from well before the send cannot answer it.
        Assert.Null(ReplyMatcher.Match(Reply(received: Sent.AddHours(-1)), Owner, [sentLate]));
    }

    [Fact]
    public void Same_conversation_matches_first()
    {
        var match = ReplyMatcher.Match(Reply(conversationId: "conv-contoso", subject: "anything"), Owner, [Northwind, Contoso]);

        Assert.Equal(new ReplyMatch(Contoso.Id, MatchSignal.Conversation), match);
    }

    [Fact]
    public void In_reply_to_matches_even_in_another_conversation_with_angle_brackets_or_not()
    {
        var match = ReplyMatcher.Match(Reply(conversationId: "other", inReplyTo: "decl-2@fabrikam.example", subject: "x"), Owner, [Contoso, Northwind]);

        Assert.Equal(new ReplyMatch(Northwind.Id, MatchSignal.InReplyTo), match);
    }

    [Fact]
    public void References_match_when_in_reply_to_is_missing()
    {
        var match = ReplyMatcher.Match(Reply(references: ["<x@y>", "<decl-1@fabrikam.example>"], subject: "x"), Owner, [Contoso, Northwind]);

        Assert.Equal(MatchSignal.References, match?.Signal);
        Assert.Equal(Contoso.Id, match?.DeclarationId);
    }

    [Fact]
    public void A_new_thread_from_the_lead_engineer_with_the_subject_matches()
    {
        var match = ReplyMatcher.Match(Reply(subject: "Fwd: AW: Technical Win: Contoso observability POV — success criteria validated"), Owner, [Contoso]);

        Assert.Equal(MatchSignal.LeadEngineerSubject, match?.Signal);
    }

    [Fact]
    public void A_colleague_of_the_lead_engineer_matches_on_subject()
    {
        var match = ReplyMatcher.Match(Reply(from: "priya@contoso.example"), Owner, [Contoso, Northwind]);

        Assert.Equal(new ReplyMatch(Contoso.Id, MatchSignal.ColleagueSubject), match);
    }

    [Fact]
    public void A_colleague_writing_about_the_deal_in_a_new_thread_matches()
    {
        var match = ReplyMatcher.Match(Reply(from: "priya@contoso.example", subject: "Contoso observability: decision"), Owner, [Contoso, Northwind]);

        Assert.Equal(new ReplyMatch(Contoso.Id, MatchSignal.ColleagueSubject), match);
    }

    [Fact]
    public void A_colleague_writing_about_something_else_does_not_match()
    {
        Assert.Null(ReplyMatcher.Match(Reply(from: "priya@contoso.example", subject: "Technical evaluation of another vendor"), Owner, [Contoso]));
    }

    [Fact]
    public void The_lead_engineer_in_a_new_thread_matches_while_the_declaration_awaits_a_decision()
    {
        var match = ReplyMatcher.Match(Reply(subject: "Technical evaluation"), Owner, [Northwind, Contoso]);

        Assert.Equal(new ReplyMatch(Contoso.Id, MatchSignal.LeadEngineer), match);
    }

    [Fact]
    public void The_lead_engineer_in_a_new_thread_after_a_decision_does_not_match()
    {
        Assert.Null(ReplyMatcher.Match(Reply(subject: "Lunch on Friday?"), Owner, [Contoso with { AwaitingDecision = false }]));
    }

    [Fact]
    public void A_stranger_with_the_same_subject_does_not_match()
    {
        Assert.Null(ReplyMatcher.Match(Reply(from: "spam@elsewhere.example"), Owner, [Contoso]));
    }

    [Fact]
    public void Our_own_messages_never_match()
    {
        Assert.Null(ReplyMatcher.Match(Reply(from: "SE@fabrikam.example", conversationId: "conv-contoso"), Owner, [Contoso]));
    }

    [Fact]
    public void A_message_received_before_the_declaration_was_sent_is_not_a_reply()
    {
        Assert.Null(ReplyMatcher.Match(Reply(subject: "Kick-off notes", received: Sent.AddDays(-1)), Owner, [Contoso]));
    }

    [Fact]
    public void An_unrelated_message_from_someone_else_matches_nothing()
    {
        Assert.Null(ReplyMatcher.Match(Reply(from: "ops@contoso.example", subject: "Lunch on Friday?"), Owner, [Contoso, Northwind]));
    }

    [Theory]
    [InlineData("RE: Technical Win", "Technical Win")]
    [InlineData("AW: WG: Re:  Technical   Win", "Technical Win")]
    [InlineData("Antw: Technical Win", "Technical Win")]
    [InlineData("[EXT] RE: Technical Win", "[EXT] RE: Technical Win")]
    [InlineData("返信: Technical Win", "Technical Win")]
    [InlineData("Re[2]: Technical Win", "Technical Win")]
    public void Subjects_lose_reply_prefixes(string subject, string expected)
    {
        Assert.Equal(expected, ReplyMatcher.NormalizeSubject(subject));
    }
}
