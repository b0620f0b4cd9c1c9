using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OutlookWin.Domain.Evidence;

/// <summary>What happened to a declaration, as the ledger records it.</summary>
public static class EvidenceEventKind
{
    public const string Drafted = "declaration_drafted";
    public const string Sent = "declaration_sent";
    public const string SentCopyFound = "sent_copy_found";
    public const string Verdict = "verdict";
    public const string ReplyReceived = "reply_received";
    public const string Override = "verdict_overridden";
    public const string Forwarded = "forwarded";
    public const string FollowUpDrafted = "follow_up_drafted";
    public const string SenderAcknowledged = "sender_acknowledged";
    public const string Superseded = "declaration_superseded";
}

/// <summary>
/// One link of a declaration's append-only evidence chain. <see cref="Hash"/> covers the previous link's hash and
/// every field, so changing any stored event — or a reply whose SHA-256 an event records — breaks the chain.
/// </summary>
public sealed record EvidenceLink(
    int Sequence,
    string Kind,
    DateTimeOffset At,
    string Actor,
    string Payload,
    string PreviousHash,
    string Hash);

/// <summary>Builds and checks evidence chains (SHA-256, hex, lower case).</summary>
public static class EvidenceChain
{
    /// <summary>The previous hash of the first link.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The next link after <paramref name="previous"/> (null for the first).</summary>
    public static EvidenceLink Append(EvidenceLink? previous, string kind, DateTimeOffset at, string actor, string payload)
    {
        // Whole milliseconds in UTC: every store keeps those exactly (SQLite and PostgreSQL round finer ticks).
        at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? Genesis;
        return new EvidenceLink(sequence, kind, at, actor, payload, previousHash, HashOf(sequence, kind, at, actor, payload, previousHash));
    }

    /// <summary>
    /// The canonical hash of a link's content. Times are hashed as UTC ticks, so a database that stores a different
    /// offset or precision representation cannot make a valid chain look broken (or a broken one valid).
    /// </summary>
    public static string HashOf(int sequence, string kind, DateTimeOffset at, string actor, string payload, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(previousHash);
        var text = string.Join('\n',
            previousHash,
            sequence.ToString(CultureInfo.InvariantCulture),
            kind,
            at.UtcTicks.ToString(CultureInfo.InvariantCulture),
            actor,
            payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Checks every link: numbering, the link to its predecessor, and its own hash.</summary>
    public static IReadOnlyList<ChainProblem> Verify(IReadOnlyList<EvidenceLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var problems = new List<ChainProblem>();
        var expectedPrevious = Genesis;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Sequence != i + 1)
            {
                problems.Add(new ChainProblem(link.Sequence, $"Link {i + 1} is numbered {link.Sequence}: a link was removed or inserted."));
            }

            if (!string.Equals(link.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                problems.Add(new ChainProblem(link.Sequence, "It does not point to the link before it."));
            }

            var actual = HashOf(link.Sequence, link.Kind, link.At, link.Actor, link.Payload, link.PreviousHash);
            if (!string.Equals(actual, link.Hash, StringComparison.Ordinal))
            {
                problems.Add(new ChainProblem(link.Sequence, $"Its content changed after it was written ({link.Kind})."));
            }

            expectedPrevious = link.Hash;
        }

        return problems;
    }

    /// <summary>SHA-256 of bytes, hex, lower case.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A broken link, and how.</summary>
public sealed record ChainProblem(int Sequence, string Problem);
