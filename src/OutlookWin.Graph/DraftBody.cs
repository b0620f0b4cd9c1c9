using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models;

namespace OutlookWin.Graph;

/// <summary>
/// Our text for a reply or forward draft the mailbox made: Graph's <c>createReply</c>/<c>createForward</c> fill the draft
/// with Outlook's header block and the original below it, and updating the body replaces all of it, so our HTML goes in
/// at the top of the draft's own body, as Outlook puts what one types above the quote.
/// </summary>
internal static partial class DraftBody
{
    public static ItemBody Above(ItemBody? draft, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var ours = $"<div>{Inner(html)}</div>";
        var content = draft?.Content ?? string.Empty;
        if (draft?.ContentType == BodyType.Text)
        {
            var quoted = string.Join("<br>", content.ReplaceLineEndings("\n").Split('\n').Select(WebUtility.HtmlEncode));
            return new ItemBody { ContentType = BodyType.Html, Content = $"{ours}<div>{quoted}</div>" };
        }

        var body = BodyOpen().Match(content);
        return new ItemBody
        {
            ContentType = BodyType.Html,
            Content = body.Success ? content.Insert(body.Index + body.Length, ours) : ours + content,
        };
    }

    /// <summary>The inside of an HTML document's body, or the fragment as given.</summary>
    private static string Inner(string html)
    {
        var open = BodyOpen().Match(html);
        if (!open.Success)
        {
            return html;
        }

        var start = open.Index + open.Length;
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return close < start ? html[start..] : html[start..close];
    }

    [GeneratedRegex("<body(?:\\s[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyOpen();
}
