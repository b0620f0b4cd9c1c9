using System.Text;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// A linear pre-pass over raw HTML that drops start and end tags nested deeper than a limit, keeping
/// their text. HTML tree building is quadratic in nesting depth (10,000 nested &lt;div&gt; take about a
/// second, 50,000 about ten), so the parser never sees more than the limit. Tags that HTML closes
/// implicitly (p, li, td, …) and void elements do not count towards depth.
/// </summary>
internal static class HtmlDepthLimiter
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body", "tbody", "thead", "tfoot", "!doctype",
    };

    public static string Limit(string html, int maxDepth, Deadline deadline)
    {
        StringBuilder? sb = null;
        var depth = 0;
        var dropped = 0;
        var copiedUpTo = 0;
        var i = 0;
        var steps = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if ((++steps & 0x3fff) == 0)
            {
                deadline.Check("limiting HTML depth");
            }

            if (html[lt + 1] == '!' || html[lt + 1] == '?')
            {
                // Comments and declarations do not nest.
                var close = string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0 ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                break;
            }

            var isEnd = html[lt + 1] == '/';
            var nameStart = lt + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < gt && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var selfClosing = html[gt - 1] == '/';
            var drop = false;
            if (!NotNesting.Contains(name) && !selfClosing)
            {
                if (isEnd)
                {
                    if (dropped > 0 && depth >= maxDepth)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
                else if (depth >= maxDepth)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }

            if (drop)
            {
                sb ??= new StringBuilder(html.Length);
                sb.Append(html, copiedUpTo, lt - copiedUpTo);
                copiedUpTo = gt + 1;
            }

            // Raw-text elements: skip to their end tag so "<" inside scripts is not read as tags.
            if (!isEnd && name.Equals("script", StringComparison.OrdinalIgnoreCase) || !isEnd && name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var endTag = html.IndexOf("</" + name, gt, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag;
                continue;
            }

            i = gt + 1;
        }

        if (sb is null)
        {
            return html;
        }

        sb.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return sb.ToString();
    }
}
