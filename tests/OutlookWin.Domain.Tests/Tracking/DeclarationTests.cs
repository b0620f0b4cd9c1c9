using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Domain.Tests.Tracking;

public class DeclarationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);
    private static readonly MailboxOwner Owner = new("tenant", "object", "alex@fabrikam.example");

    private static Declaration Drafted(DeliveryChannel delivery = DeliveryChannel.Mailbox)
    {
        var draft = (DeclarationDraft)new DeclarationDrafter(new DeclarationOptions { SignerName = "Alex Morgan" }).Draft(SamplePlans.Contoso(), new DateOnly(2026, 11, 24));
        return Declaration.Draft(Guid.NewGuid(), Guid.NewGuid(), "{\"plan\":1}", Owner, delivery, draft, "dana@contoso.example",
            delivery == DeliveryChannel.Mailbox ? new DraftMail("draft-1", "https://outlook/draft-1") : null, Now);
    }

    private static ReceivedReply Reply(ReplyVerdict verdict, DateTimeOffset at, DateOnly? returnDate = null) => new(
        Guid.NewGuid(), $"msg-{at.Ticks}", null, "dana@contoso.example", "RE: declaration", at, MatchSignal.Conversation, "ab", 10,
        new ReplyReading(verdict, 0.9, "text", [], [], [], returnDate, [], "why"));

    [Fact]
    public void Drafting_records_the_drafted_event_with_the_hashes_of_what_was_drafted()
    {
        var declaration = Drafted();
        Assert.Equal(DeclarationState.Drafted, declaration.State);
        Assert.Equal(DeclarationVariant.Conditional, declaration.Variant);
        Assert.Equal("draft-1", declaration.DraftMessageId);
        var e = Assert.Single(declaration.TakeEvents());
        Assert.Equal(EvidenceEventKind.Drafted, e.Kind);
        Assert.Equal(Owner.Email, e.Actor);
        Assert.Empty(declaration.TakeEvents());
    }

    [Fact]
    public void A_mailbox_declaration_needs_its_draft_and_an_outlook_one_has_none()
    {
        var draft = (DeclarationDraft)new DeclarationDrafter(new DeclarationOptions { SignerName = "Alex Morgan" }).Draft(SamplePlans.Contoso(), new DateOnly(2026, 11, 24));
        Assert.Throws<ArgumentException>(() => Declaration.Draft(Guid.NewGuid(), Guid.NewGuid(), "{}", Owner, DeliveryChannel.Mailbox, draft, "d@x.example", null, Now));
        Assert.Throws<ArgumentException>(() => Declaration.Draft(Guid.NewGuid(), Guid.NewGuid(), "{}", Owner, DeliveryChannel.Outlook, draft, "d@x.example", new DraftMail("x", null), Now));
    }

    [Fact]
    public void Sending_twice_or_through_the_wrong_channel_breaks_a_rule()
    {
        var mailbox = Drafted();
        mailbox.MarkSent(Owner.Email, Now);
        Assert.Equal(DeclarationState.Sent, mailbox.State);
        Assert.Equal(2, mailbox.Version);
        Assert.Throws<DeclarationRuleException>(() => mailbox.MarkSent(Owner.Email, Now));
        Assert.Throws<DeclarationRuleException>(() => mailbox.MarkSentFromOutlook(Owner.Email, Now));

        var outlook = Drafted(DeliveryChannel.Outlook);
        Assert.Throws<DeclarationRuleException>(() => outlook.MarkSent(Owner.Email, Now));
        outlook.TakeEvents();
        outlook.MarkSentFromOutlook(Owner.Email, Now);
        outlook.MarkSentFromOutlook(Owner.Email, Now.AddMinutes(1));
        Assert.Equal(Now, outlook.SentAt);
        Assert.Single(outlook.TakeEvents(), e => e.Kind == EvidenceEventKind.Sent);
    }

    [Fact]
    public void The_sent_copy_gives_the_ids_replies_are_matched_by()
    {
        var declaration = Drafted(DeliveryChannel.Outlook);
        Assert.True(declaration.AwaitsSentCopy);
        var sentAt = Now.AddMinutes(3);
        declaration.RecordSentCopy(new MailMessage("sent-1", "<m@fabrikam>", "conv-1", "subject", null, [], sentAt, null, null, [], new Dictionary<string, string>(), null), [1, 2, 3], Now);
        Assert.Equal(DeclarationState.Sent, declaration.State);
        Assert.Equal(sentAt, declaration.SentAt);
        Assert.Equal("conv-1", declaration.ConversationId);
        Assert.False(declaration.AwaitsSentCopy);
        Assert.Contains(declaration.TakeEvents(), e => e.Kind == EvidenceEventKind.SentCopyFound && e.Actor == Declaration.Service);
    }

    [Fact]
    public void Replies_move_the_state_but_an_override_stands()
    {
        var declaration = Drafted();
        declaration.MarkSent(Owner.Email, Now);
        var ooo = Reply(ReplyVerdict.AutoReply, Now.AddHours(1), new DateOnly(2026, 12, 3));
        declaration.ApplyReply(ooo, [], Now.AddHours(1));
        Assert.Equal(DeclarationState.AutoReply, declaration.State);
        Assert.Equal(new DateOnly(2026, 12, 3), declaration.ReturnDate);

        var thumbs = Reply(ReplyVerdict.Ambiguous, Now.AddDays(9));
        declaration.ApplyReply(thumbs, [new(ooo.ReceivedAt, ReplyVerdict.AutoReply, ooo.Reading.ReturnDate)], Now.AddDays(9));
        Assert.Equal(DeclarationState.Ambiguous, declaration.State);

        declaration.Override(ReplyVerdict.Confirmed, "Dana confirmed on the call", Owner.Email,
            [new(ooo.ReceivedAt, ReplyVerdict.AutoReply, null), new(thumbs.ReceivedAt, ReplyVerdict.Ambiguous, null)], Now.AddDays(9));
        Assert.Equal(DeclarationState.Confirmed, declaration.State);

        declaration.ApplyReply(Reply(ReplyVerdict.Declined, Now.AddDays(10)), [], Now.AddDays(10));
        Assert.Equal(DeclarationState.Confirmed, declaration.State);
        var kinds = declaration.TakeEvents().Select(e => e.Kind).ToList();
        Assert.Equal(EvidenceEventKind.Override, kinds[^3]);
        Assert.Equal([EvidenceEventKind.ReplyReceived, EvidenceEventKind.Verdict], kinds[^2..]);
    }

    [Fact]
    public void Only_a_sent_declaration_can_be_overridden_and_only_a_win_forwarded()
    {
        var declaration = Drafted();
        Assert.Throws<DeclarationRuleException>(() => declaration.Override(ReplyVerdict.Confirmed, "why", Owner.Email, [], Now));
        declaration.MarkSent(Owner.Email, Now);
        Assert.NotNull(declaration.WhyNotForwardable());
        var forward = new ForwardedReply(Guid.NewGuid(), "ab", "msg", [new Recipient("Priya", "priya@contoso.example")], [], "note", "<p>note</p>");
        Assert.Throws<DeclarationRuleException>(() => declaration.RecordForward(Owner.Email, forward, Now));
        declaration.ApplyReply(Reply(ReplyVerdict.Conditional, Now.AddHours(2)), [], Now.AddHours(2));
        Assert.Null(declaration.WhyNotForwardable());
        declaration.RecordForward(Owner.Email, forward, Now.AddHours(3));
        Assert.Equal(EvidenceEventKind.Forwarded, declaration.TakeEvents()[^1].Kind);
    }

    [Fact]
    public void Superseding_records_why_and_by_what_and_stops_tracking_the_old_declaration()
    {
        var old = Drafted();
        old.MarkSent(Owner.Email, Now);
        old.TakeEvents();
        var newer = Guid.NewGuid();
        Assert.True(old.AwaitsDecision);

        old.Supersede(newer, "  Corrected the MTTR figure  ", Owner.Email, Now.AddDays(1));

        Assert.False(old.IsLive);
        Assert.Equal(newer, old.SupersededBy);
        Assert.Equal("Corrected the MTTR figure", old.SupersedeReason);
        Assert.False(old.AwaitsDecision);
        Assert.False(old.AwaitsSentCopy);
        Assert.NotNull(old.WhyNotForwardable());
        var e = Assert.Single(old.TakeEvents());
        Assert.Equal(EvidenceEventKind.Superseded, e.Kind);
        Assert.Equal(Owner.Email, e.Actor);
        var standing = DeclarationStanding.Of(old.Position, [], Now.AddDays(30), 3);
        Assert.Equal(TrackingStatus.Superseded, standing.Status);
        Assert.Null(standing.FollowUp);
        Assert.Null(standing.AwaitingHours);
    }

    [Fact]
    public void A_declaration_is_superseded_once_and_only_with_a_reason()
    {
        var old = Drafted();

        Assert.Throws<ArgumentException>(() => old.Supersede(Guid.NewGuid(), " ", Owner.Email, Now));
        Assert.True(old.IsLive);
        old.Supersede(Guid.NewGuid(), "New figures", Owner.Email, Now);
        Assert.Throws<DeclarationRuleException>(() => old.Supersede(Guid.NewGuid(), "Again", Owner.Email, Now));
    }
}

public class DeclarationStandingTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero); // a Tuesday

    [Fact]
    public void A_sent_declaration_goes_stale_after_the_business_days_and_asks_for_a_follow_up()
    {
        var position = new DeclarationPosition(DeclarationState.Sent, Sent, null, false);
        var fresh = DeclarationStanding.Of(position, [], Sent.AddDays(1), 3);
        Assert.Equal(TrackingStatus.Sent, fresh.Status);
        Assert.Equal(new DateOnly(2026, 11, 27), fresh.ReplyDue);
        Assert.Equal(24, fresh.AwaitingHours);
        Assert.Null(fresh.FollowUp);

        var stale = DeclarationStanding.Of(position, [], Sent.AddDays(6), 3);
        Assert.Equal(TrackingStatus.Stale, stale.Status);
        Assert.Equal(FollowUpKind.Stale, stale.FollowUp);
    }

    [Fact]
    public void An_out_of_office_return_date_pauses_the_clock()
    {
        var position = new DeclarationPosition(DeclarationState.AutoReply, Sent, new DateOnly(2026, 12, 7), false);
        var standing = DeclarationStanding.Of(position, [ReplyVerdict.AutoReply], Sent.AddDays(8), 3);
        Assert.Equal(TrackingStatus.AutoReply, standing.Status);
        Assert.Equal(new DateOnly(2026, 12, 8), standing.ReplyDue);
    }

    [Fact]
    public void Follow_ups_for_a_non_answer_and_a_fixed_blocker()
    {
        var ambiguous = DeclarationStanding.Of(new(DeclarationState.Ambiguous, Sent, null, false), [ReplyVerdict.Ambiguous], Sent.AddDays(1), 3);
        Assert.Equal(FollowUpKind.Ambiguous, ambiguous.FollowUp);
        Assert.Null(ambiguous.AwaitingHours);

        var conditional = new DeclarationPosition(DeclarationState.Conditional, Sent, null, false);
        Assert.Null(DeclarationStanding.Of(conditional, [ReplyVerdict.Conditional], Sent.AddDays(1), 3).FollowUp);
        Assert.Equal(FollowUpKind.Reconfirm, DeclarationStanding.Of(conditional, [ReplyVerdict.Conditional], Sent.AddDays(1), 3, reconfirmable: 1).FollowUp);
    }

    [Theory]
    [InlineData(new[] { ReplyVerdict.Confirmed, ReplyVerdict.Ambiguous }, DeclarationState.Confirmed, false, 0)]
    [InlineData(new[] { ReplyVerdict.Ambiguous, ReplyVerdict.AutoReply }, DeclarationState.Confirmed, true, 0)]
    [InlineData(new[] { ReplyVerdict.AutoReply }, DeclarationState.AutoReply, false, 0)]
    [InlineData(new[] { ReplyVerdict.Ambiguous, ReplyVerdict.Ambiguous }, DeclarationState.Ambiguous, false, 1)]
    public void The_deciding_reply(ReplyVerdict[] replies, DeclarationState state, bool overridden, int expected)
    {
        Assert.Equal(expected, DeclarationStanding.Deciding(replies, state, overridden));
    }

    [Fact]
    public void No_deciding_reply_without_replies()
    {
        Assert.Null(DeclarationStanding.Deciding([], DeclarationState.Sent, overridden: false));
    }

    [Fact]
    public void A_blocked_criterion_proven_since_is_reconfirmable()
    {
        var then = SamplePlans.Contoso();
        Assert.Empty(DeclarationStanding.Reconfirmable(then, then));
        var now = then with { Criteria = [.. then.Criteria.Select(c => c.Status == CriterionStatus.Blocked ? c with { Status = CriterionStatus.Proven, Measured = MetricValue.Of(true), Blocker = null } : c)] };
        Assert.Equal([2], DeclarationStanding.Reconfirmable(then, now));
    }
}
