using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Domain.Tests.Tracking;

/// <summary>Who confirmed, and whether the receiving server believed them.</summary>
public class SenderTrustTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    [Theory]
    // As Exchange Online stamps them.
    [InlineData("spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100", SenderAuthentication.Pass)]
    [InlineData("spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=contoso.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=contoso.com;compauth=fail reason=000", SenderAuthentication.Fail)]
    [InlineData("spf=none (sender IP is 192.0.2.1) smtp.mailfrom=contoso.com; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=contoso.com;compauth=fail reason=001", SenderAuthentication.Fail)]
    // SPF breaks on forwarding; a good DKIM signature still vouches for the domain.
    [InlineData("spf=softfail (sender IP is 192.0.2.9) smtp.mailfrom=contoso.com; dkim=pass (signature was verified) header.d=contoso.com;dmarc=pass action=none header.from=contoso.com;compauth=pass reason=100", SenderAuthentication.Pass)]
    [InlineData("spf=softfail smtp.mailfrom=contoso.com; dkim=none", SenderAuthentication.Fail)]
    [InlineData("dmarc=bestguesspass action=none header.from=contoso.com", SenderAuthentication.Pass)]
    // A comment cannot smuggle in a result.
    [InlineData("spf=fail (dmarc=pass compauth=pass) smtp.mailfrom=contoso.com; dkim=none", SenderAuthentication.Fail)]
    [InlineData("mx.contoso.com; none", SenderAuthentication.None)]
    [InlineData("", SenderAuthentication.None)]
    public void Authentication_results_are_read_as_the_receiving_server_stamped_them(string header, SenderAuthentication expected)
    {
        Assert.Equal(expected, SenderTrust.Evaluate(header));
    }

    [Fact]
    public void The_topmost_authentication_results_header_decides()
    {
        var mime = "Authentication-Results: spf=fail smtp.mailfrom=contoso.com; dkim=none; dmarc=fail header.from=contoso.com\r\n"
            + "Authentication-Results: spf=pass; dkim=pass; dmarc=pass\r\n"
            + "From: Dana Kim <dana@contoso.com>\r\nSubject: RE: x\r\n\r\nConfirmed.\r\n";

        var results = SenderTrust.AuthenticationResultsOf(System.Text.Encoding.ASCII.GetBytes(mime));

        Assert.Equal(SenderAuthentication.Fail, SenderTrust.Evaluate(results));
        Assert.Equal("spf=fail dkim=none dmarc=fail", SenderTrust.Summary(results));
    }

    [Theory]
    [InlineData("Dana@Contoso.example", SenderRole.LeadEngineer)]
    [InlineData("priya@contoso.example", SenderRole.PlanContact)]
    [InlineData("mallory@contoso.example", SenderRole.Colleague)]
    [InlineData("dana@contoso-partners.example", SenderRole.Unknown)]
    public void The_sender_is_placed_by_the_plan(string from, SenderRole role)
    {
        Assert.Equal(role, SenderTrust.RoleOf(from, "dana@contoso.example", ["priya@contoso.example"]));
    }

    [Fact]
    public void A_spoofed_confirmation_is_not_counted_and_says_why()
    {
        var reading = new ReplyReading(ReplyVerdict.Confirmed, 0.9, "Confirmed.", [], [], [], null, [], "confirms");
        var spoofed = new ReplySender("dana@contoso.example", SenderRole.LeadEngineer, SenderAuthentication.Fail, "spf=fail dmarc=fail");

        var weighed = SenderTrust.Weigh(reading, spoofed);

        Assert.Equal(ReplyVerdict.Ambiguous, weighed.Verdict);
        Assert.Contains("failed authentication", weighed.Explanation, StringComparison.Ordinal);
        Assert.Contains("confirmed", weighed.Explanation, StringComparison.Ordinal);
        Assert.Equal(reading, SenderTrust.Weigh(reading, spoofed with { Authentication = SenderAuthentication.Pass }));
    }

    [Fact]
    public void A_colleagues_confirmation_decides_but_is_forwarded_only_once_acknowledged()
    {
        var declaration = Sent();
        declaration.ApplyReply(Reply(ReplyVerdict.Confirmed, "mallory@contoso.example", SenderRole.Colleague), [], Now.AddHours(1));

        Assert.Equal(DeclarationState.Confirmed, declaration.State);
        Assert.Equal("mallory@contoso.example", declaration.SenderToAcknowledge);
        Assert.Contains("not the plan's lead engineer", declaration.WhyNotForwardable(), StringComparison.Ordinal);

        declaration.TakeEvents();
        declaration.AcknowledgeSender("alex@fabrikam.example", "Mallory leads the platform team", Now.AddHours(2));

        Assert.Null(declaration.WhyNotForwardable());
        Assert.Equal("alex@fabrikam.example", declaration.SenderAcknowledgedBy);
        Assert.Equal(EvidenceEventKind.SenderAcknowledged, Assert.Single(declaration.TakeEvents()).Kind);
        Assert.Throws<DeclarationRuleException>(() => declaration.AcknowledgeSender("alex@fabrikam.example", null, Now.AddHours(3)));
    }

    [Fact]
    public void The_lead_engineer_confirming_afterwards_or_an_override_settles_who_confirmed()
    {
        var byLead = Sent();
        byLead.ApplyReply(Reply(ReplyVerdict.Confirmed, "mallory@contoso.example", SenderRole.Colleague), [], Now.AddHours(1));
        byLead.ApplyReply(Reply(ReplyVerdict.Confirmed, "dana@contoso.example", SenderRole.LeadEngineer), [new(Now.AddHours(1), ReplyVerdict.Confirmed, null)], Now.AddHours(2));
        Assert.Null(byLead.SenderToAcknowledge);

        var overridden = Sent();
        overridden.ApplyReply(Reply(ReplyVerdict.Conditional, "priya@contoso.example", SenderRole.PlanContact), [], Now.AddHours(1));
        Assert.NotNull(overridden.WhyNotForwardable());
        overridden.Override(ReplyVerdict.Conditional, "Priya signs; her word is the prospect's", "alex@fabrikam.example", [], Now.AddHours(2));
        Assert.Null(overridden.WhyNotForwardable());

        // A later non-answer from someone else does not move the decision.
        var thanked = Sent();
        thanked.ApplyReply(Reply(ReplyVerdict.Confirmed, "dana@contoso.example", SenderRole.LeadEngineer), [], Now.AddHours(1));
        thanked.ApplyReply(Reply(ReplyVerdict.Ambiguous, "mallory@contoso.example", SenderRole.Colleague), [new(Now.AddHours(1), ReplyVerdict.Confirmed, null)], Now.AddHours(2));
        Assert.Null(thanked.SenderToAcknowledge);
    }

    private static Declaration Sent()
    {
        var draft = (DeclarationDraft)new DeclarationDrafter(new DeclarationOptions { SignerName = "Alex Morgan" }).Draft(SamplePlans.Contoso(), new DateOnly(2026, 11, 24));
        var declaration = Declaration.Draft(Guid.NewGuid(), Guid.NewGuid(), "{\"plan\":1}", new MailboxOwner("t", "o", "alex@fabrikam.example"),
            DeliveryChannel.Mailbox, draft, "dana@contoso.example", new DraftMail("draft-1", null), Now);
        declaration.MarkSent("alex@fabrikam.example", Now);
        return declaration;
    }

    private static ReceivedReply Reply(ReplyVerdict verdict, string from, SenderRole role) => new(
        Guid.NewGuid(), $"msg-{Guid.NewGuid():N}", null, from, "RE: declaration", Now.AddMinutes(30), MatchSignal.Conversation, "ab", 10,
        new ReplyReading(verdict, 0.9, "text", [], [], [], null, [], "why"), null,
        new ReplySender(from, role, SenderAuthentication.Pass, "spf=pass dkim=pass dmarc=pass"));
}
