using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace OutlookWin.Sandbox;

/// <summary>Opaque identifiers shaped like Exchange Online's.</summary>
internal static class SandboxIds
{
    /// <summary>Every Sandbox message id starts like an Exchange immutable id; anything else is malformed.</summary>
    public const string MessagePrefix = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A";

    public static string NewMessageId() => MessagePrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(33));

    public static bool LooksLikeMessageId(string id) => id.StartsWith(MessagePrefix, StringComparison.Ordinal) && id.Length > MessagePrefix.Length;

    /// <summary>
    /// The id a client that did not ask for immutable ids sees: the immutable id until the message is first moved, then
    /// a new one with every move (Graph: "the ID of an Outlook item changes when it is moved to another folder").
    /// </summary>
    public static string RestId(SandboxMessage message) =>
        message.Moves == 0
            ? message.Id
            : MessagePrefix + WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes($"{message.Id}/{message.Moves}")));

    public static string NewAttachmentId() => MessagePrefix + "BEgAQA" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));

    public static string NewChangeKey() => "CQAAABYAAAD" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(15));

    /// <summary>Conversation ids are derived from the thread's first Message-ID, so a thread has one id in every mailbox.</summary>
    public static string ConversationId(string threadKey) =>
        "AAQkAGI2" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(threadKey.ToLowerInvariant())).AsSpan(0, 30));

    /// <summary>A mailbox's folder id for a well-known folder name.</summary>
    public static string FolderId(string mailbox, string wellKnownName) =>
        "AQMkAGI2" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{mailbox.ToLowerInvariant()}/{wellKnownName}")).AsSpan(0, 24));

    /// <summary>A stable object id for a mailbox nobody signed in to yet.</summary>
    public static string ObjectIdFor(string email) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())).AsSpan(0, 16)).ToString();

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
}

/// <summary>
/// The well-known folders every Sandbox mailbox has. Rules may file mail into other folders, named by the rule (as a
/// deal folder the SE made).
/// </summary>
public static class SandboxFolders
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";
    public const string Drafts = "drafts";

    /// <summary>Where Exchange's filter puts mail it takes for spam or spoofing (a DMARC failure, here).</summary>
    public const string JunkEmail = "junkemail";

    /// <summary>Where a sent message waits for the transport before its copy appears in Sent Items.</summary>
    public const string Outbox = "outbox";

    public static readonly IReadOnlyList<string> All = [Inbox, SentItems, Drafts, JunkEmail, Outbox];

    /// <summary>Whether mail in the folder was received (Inbox, Junk, a rule's folder), not written by the owner.</summary>
    public static bool HoldsReceivedMail(string folder) => folder is not (SentItems or Drafts or Outbox);

    /// <summary>The well-known name for a route value: a name (any case) or the mailbox's opaque folder id.</summary>
    public static string? Resolve(string mailbox, string value)
    {
        foreach (var name in All)
        {
            if (string.Equals(value, name, StringComparison.OrdinalIgnoreCase) || value == SandboxIds.FolderId(mailbox, name))
            {
                return name;
            }
        }

        return null;
    }
}
