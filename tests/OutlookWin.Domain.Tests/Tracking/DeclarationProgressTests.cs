using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Domain.Tests.Tracking;

public class DeclarationProgressTests
{
    [Theory]
    [InlineData(new ReplyVerdict[0], DeclarationState.Sent)]
    [InlineData(new[] { ReplyVerdict.AutoReply }, DeclarationState.AutoReply)]
    [InlineData(new[] { ReplyVerdict.AutoReply, ReplyVerdict.Ambiguous }, DeclarationState.Ambiguous)]
    [InlineData(new[] { ReplyVerdict.Ambiguous, ReplyVerdict.Confirmed }, DeclarationState.Confirmed)]
    [InlineData(new[] { ReplyVerdict.Confirmed, ReplyVerdict.Ambiguous }, DeclarationState.Confirmed)]
    [InlineData(new[] { ReplyVerdict.Confirmed, ReplyVerdict.AutoReply }, DeclarationState.Confirmed)]
    [InlineData(new[] { ReplyVerdict.Confirmed, ReplyVerdict.Declined }, DeclarationState.Declined)]
    [InlineData(new[] { ReplyVerdict.Declined, ReplyVerdict.Conditional }, DeclarationState.Conditional)]
    public void The_latest_decisive_reply_decides(ReplyVerdict[] replies, DeclarationState expected)
    {
        Assert.Equal(expected, DeclarationProgress.StateAfter(replies));
    }
}
