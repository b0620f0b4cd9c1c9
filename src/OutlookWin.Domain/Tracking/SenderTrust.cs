using System.Text.RegularExpressions;
using MimeKit;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tracking;

/// <summary>Who answered, as the plan knows them.</summary>
public enum SenderRole
{
    /// <summary>The plan's lead engineer: the person asked to confirm.</summary>
    LeadEngineer,

    /// <summary>Someone else the plan names on the prospect's side (the economic buyer).</summary>
    PlanContact,

    /// <summary>Someone at the lead engineer's domain whom the plan does not name.</summary>
    Colleague,

    /// <summary>Someone at another domain.</summary>
    Unknown,
}

/// <summary>What the receiving mail server concluded about the sender (SPF, DKIM, DMARC, Exchange's composite check).</summary>
public enum SenderAuthentication
{
    /// <summary>No Authentication-Results header: nothing was checked (or the message came from inside the organisation).</summary>
    None,

    /// <summary>The sender's domain vouched for the message.</summary>
    Pass,

    /// <summary>The checks failed: the From address may be spoofed. Such a reply is never a confirmation.</summary>
    Fail,
}

/// <summary>Who sent a reply and whether the receiving server believed them.</summary>
public sealed record ReplySender(string Email, SenderRole Role, SenderAuthentication Authentication, string AuthenticationResults)
{
    /// <summary>The reply decides only for itself when it comes from the lead engineer and was not spoofed.</summary>
    public bool IsLeadEngineer => Role == SenderRole.LeadEngineer;
}

/// <summary>Reads the sender of a reply: their role in the plan and the receiving server's Authentication-Results.</summary>
public static partial class SenderTrust
{
    /// <summary>
    /// The sender's role: the lead engineer, another person the plan names, a colleague at the lead engineer's domain,
    /// or someone else.
    /// </summary>
    public static SenderRole RoleOf(string from, string leadEngineer, IEnumerable<string> planContacts)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(leadEngineer);
        ArgumentNullException.ThrowIfNull(planContacts);
        if (Same(from, leadEngineer))
        {
            return SenderRole.LeadEngineer;
        }

        if (planContacts.Any(c => Same(from, c)))
        {
            return SenderRole.PlanContact;
        }

        return string.Equals(Domain(from), Domain(leadEngineer), StringComparison.OrdinalIgnoreCase) ? SenderRole.Colleague : SenderRole.Unknown;
    }

    /// <summary>
    /// The verdict of the topmost Authentication-Results header (the one the receiving organisation stamped; lower ones
    /// were written by servers along the way and prove nothing). Fail when DMARC or Exchange's composite
    /// authentication failed, or SPF failed without a passing DKIM signature.
    /// </summary>
    public static SenderAuthentication Evaluate(string? authenticationResults)
    {
        if (string.IsNullOrWhiteSpace(authenticationResults))
        {
            return SenderAuthentication.None;
        }

        var results = Results(authenticationResults);
        var dmarc = results.GetValueOrDefault("dmarc");
        var compauth = results.GetValueOrDefault("compauth");
        var spf = results.GetValueOrDefault("spf");
        var dkim = results.GetValueOrDefault("dkim");
        if (dmarc is "fail" || compauth is "fail" || (spf is "fail" or "softfail" && dkim is not "pass"))
        {
            return SenderAuthentication.Fail;
        }

        return dmarc is "pass" or "bestguesspass" || compauth is "pass" or "softpass" || dkim is "pass" || spf is "pass"
            ? SenderAuthentication.Pass
            : SenderAuthentication.None;
    }

    /// <summary>
    /// The topmost Authentication-Results header of a raw message, or null. Only the header block is read, and not at
    /// all when it is larger than the reader accepts.
    /// </summary>
    public static string? AuthenticationResultsOf(byte[] mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        if (ReplyMessage.HeaderBlockLength(mime) > ReplyReaderOptions.Default.MaxHeaderBytes)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(mime, writable: false);
            var headers = HeaderList.Load(stream);
            return headers.FirstOrDefault(h => h.Field.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase))?.Value;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The reading as it may count: a reply whose sender failed authentication (possibly spoofed) decides nothing —
    /// its verdict becomes ambiguous and the explanation says why; the words it contains stay in the evidence.
    /// </summary>
    public static ReplyReading Weigh(ReplyReading reading, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(sender);
        if (sender.Authentication != SenderAuthentication.Fail || reading.Verdict is ReplyVerdict.Ambiguous or ReplyVerdict.AutoReply)
        {
            return reading;
        }

        return reading with
        {
            Verdict = ReplyVerdict.Ambiguous,
            Confidence = 0,
            Explanation = $"Not counted: the sender {sender.Email} failed authentication ({sender.AuthenticationResults}), so the message may be spoofed. "
                + $"It reads as {SnakeCaseEnum.Name(reading.Verdict)}; confirm with the lead engineer directly.",
        };
    }

    /// <summary>The method=result pairs of one header (the first result of each method), lower case.</summary>
    public static IReadOnlyDictionary<string, string> Results(string authenticationResults)
    {
        ArgumentNullException.ThrowIfNull(authenticationResults);
        var results = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Comments in parentheses may hold anything ("sender IP is ..."): drop them first.
        var text = Comment().Replace(authenticationResults, " ");
        foreach (Match m in MethodResult().Matches(text))
        {
            results.TryAdd(m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value.ToLowerInvariant());
        }

        return results;
    }

    /// <summary>A short form for people: "spf=pass dkim=pass dmarc=pass compauth=pass".</summary>
    public static string Summary(string? authenticationResults)
    {
        if (string.IsNullOrWhiteSpace(authenticationResults))
        {
            return string.Empty;
        }

        var results = Results(authenticationResults);
        return string.Join(' ', new[] { "spf", "dkim", "dmarc", "compauth" }.Where(results.ContainsKey).Select(k => $"{k}={results[k]}"));
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..].Trim();

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?:^|[\s;])(spf|dkim|dmarc|compauth|arc)\s*=\s*([A-Za-z]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MethodResult();
}
