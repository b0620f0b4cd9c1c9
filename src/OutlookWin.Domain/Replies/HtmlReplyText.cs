using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Turns an HTML body into the text the person wrote: scripts, styles, hidden text and trackers go,
/// and so do the quote containers that mail clients mark (Outlook on the web <c>divRplyFwdMsg</c>,
/// Outlook desktop's bordered From/Sent block, Gmail <c>gmail_quote</c>, Apple Mail
/// <c>blockquote type=cite</c>, Thunderbird <c>moz-cite-prefix</c>). The walk is iterative, the
/// depth bounded beforehand by <see cref="HtmlDepthLimiter"/>.
/// </summary>
internal static class HtmlReplyText
{
    private const string Removed =
        "script, style, head, title, noscript, template, svg, math, object, iframe, embed, video, audio, canvas, img, meta, link, " +
        "[hidden], .gmail_signature, .moz-signature, #Signature, #x_Signature, .yahoo_quoted, .protonmail_quote, blockquote, " +
        "#ms-outlook-mobile-signature, .ms-outlook-mobile-signature";

    // Everything from the first of these on is quoted history.
    private const string CutFrom =
        "#divRplyFwdMsg, #x_divRplyFwdMsg, div.gmail_quote, div.gmail_quote_container, .gmail_extra, #appendonsend, #x_appendonsend, " +
        "#mail-editor-reference-message-container, .OutlookMessageHeader, #OLK_SRC_BODY_SECTION, .moz-forward-container, #reply-intro, " +
        "div[name=\"quote\"], .zmail_extra, div[data-marker=\"__QUOTED_TEXT__\"]";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "div", "dl", "dt", "dd", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "center",
    };

    private static readonly Regex HiddenStyle = new(
        @"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*0(px|pt)?\s*(;|$)|max-height\s*:\s*0(px)?\s*(;|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex OutlookHeaderStart = new(
        @"^\s*(from|von|de|van|da|från|fra|od|差出人|送信者)\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string ToText(string html, ReplyReaderOptions options, Deadline deadline) => ToText(html, options, deadline, keepHistory: false);

    /// <param name="html">The body.</param>
    /// <param name="options">Limits.</param>
    /// <param name="deadline">The time budget.</param>
    /// <param name="keepHistory">Render the quoted history too (headers and blockquotes), for reading a forwarded message.</param>
    public static string ToText(string html, ReplyReaderOptions options, Deadline deadline, bool keepHistory)
    {
        if (html.Length > options.MaxBodyChars)
        {
            html = html[..options.MaxBodyChars];
        }

        html = HtmlDepthLimiter.Limit(html, options.MaxHtmlDepth, deadline);
        deadline.Check("limiting HTML depth");

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        deadline.Check("parsing HTML");
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return "";
        }

        if (root is IElement rootElement)
        {
            if (!keepHistory)
            {
                CutQuotedHistory(rootElement, deadline);
            }

            foreach (var element in rootElement.QuerySelectorAll(keepHistory ? Removed.Replace(" blockquote,", "", StringComparison.Ordinal) : Removed).ToList())
            {
                if (element.LocalName == "blockquote" && element.ParentElement?.Closest("blockquote") is null && element.ParentElement is { } parent)
                {
                    // A quote leaves a '>' line where it stood, as plain text would: answers typed between quotes under an
                    // "On … wrote:" line are then read as the writer's, and the quote itself never is.
                    var marker = element.Owner!.CreateElement("div");
                    marker.TextContent = ">";
                    parent.ReplaceChild(marker, element);
                }
                else
                {
                    element.Remove();
                }
            }

            foreach (var element in rootElement.QuerySelectorAll("[style]").ToList())
            {
                if (HiddenStyle.IsMatch(element.GetAttribute("style") ?? ""))
                {
                    element.Remove();
                }
            }

            deadline.Check("removing quotes from HTML");
        }

        return Render(root, deadline);
    }

    private static void CutQuotedHistory(IElement root, Deadline deadline)
    {
        var marked = root.QuerySelector(CutFrom);
        var outlook = root.QuerySelectorAll("div[style*=\"border-top\"], div[style*=\"border-top:\"]")
            .FirstOrDefault(d => OutlookHeaderStart.IsMatch(LeadingText(d, 200)));
        var moz = root.QuerySelector(".moz-cite-prefix");
        if (moz is not null)
        {
            // Thunderbird: the "On … wrote:" line and the quote after it; an inline answer after the quote stays.
            if (moz.NextElementSibling is { LocalName: "blockquote" } quote)
            {
                quote.Remove();
            }

            moz.Remove();
        }

        var first = marked;
        if (outlook is not null && (first is null || first.CompareDocumentPosition(outlook).HasFlag(DocumentPositions.Preceding)))
        {
            first = outlook;
        }

        if (first is null)
        {
            return;
        }

        // An <hr> just before Outlook's reply header belongs to it.
        if (first.PreviousElementSibling is { LocalName: "hr" } hr)
        {
            first = hr;
        }

        // Answers typed into the quoted declaration (Outlook's inline comments, set off by colour or initials) are the
        // person's words: keep them, after what they wrote above the quote.
        var inline = InlineAnswers(root, first);

        INode? node = first;
        while (node is not null && node != root)
        {
            if (node.Parent is { } parent)
            {
                // From the end: each removal finds its node in the parent's list, which is cheapest near the end.
                var children = parent.ChildNodes;
                var at = IndexOf(children, node);
                for (var i = children.Length - 1; i > at; i--)
                {
                    children[i].RemoveFromParent();
                    if ((i & 0xfff) == 0)
                    {
                        deadline.Check("removing quoted history");
                    }
                }
            }

            node = node.Parent;
        }

        first.Remove();

        // "See my comments in blue below": the answers go where the writer points to them, before the signature and the
        // legal footer that would otherwise end the reply's text above them; without such a pointer, at the end.
        var pointer = inline.Count == 0 ? null : root.QuerySelectorAll("p, div").LastOrDefault(e => e.QuerySelector("p, div") is null && PointsBelow(e));
        INode? after = pointer;
        foreach (var answer in inline)
        {
            var paragraph = root.Owner!.CreateElement("p");
            paragraph.TextContent = answer;
            if (after?.Parent is { } parent)
            {
                parent.InsertBefore(paragraph, after.NextSibling);
                after = paragraph;
            }
            else
            {
                root.AppendChild(paragraph);
            }
        }
    }

    /// <summary>A short line that points to answers further down ("see my comments below", "zie hieronder", "réponses dans le texte").</summary>
    private static bool PointsBelow(IElement element)
    {
        var text = LeadingText(element, 200);
        return text.Length < 200 && AnswersBelow.IsMatch(text);
    }

    private static readonly Regex AnswersBelow = new(
        @"\b(below|inline|hieronder|onderstaand|unten|untenstehend|ci-dessous|dans le texte|en dessous|abajo|a continuación|en el texto|abaixo|no texto|sotto|di seguito|nel testo)\b|下記|以下|文中",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex InlineColour = new(
        @"(^|;)\s*color\s*:\s*(?!\s*(black|windowtext|auto|inherit|initial|#0{3}\b|#0{6}\b|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex AnswerMark = new(@"^[\s\-\u2013\u2014>=~*\u2022\u00bb\u2192]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Initials = new(@"^\s*\[[A-Za-z]{1,4}\]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// Text after <paramref name="quoteStart"/> in a colour of its own, or opened by initials ("[DK] Agree"). Walks
    /// at most a few thousand nodes in document order and reads each answer once (not again inside it).
    /// </summary>
    private static List<string> InlineAnswers(IElement root, IElement quoteStart)
    {
        var answers = new List<string>();
        var visited = 0;
        for (INode? anchor = quoteStart; anchor is not null && anchor != root; anchor = anchor.Parent)
        {
            var siblings = anchor.Parent?.ChildNodes;
            for (var s = siblings is null ? int.MaxValue : IndexOf(siblings, anchor) + 1; siblings is not null && s < siblings.Length; s++)
            {
                var stack = new Stack<INode>([siblings[s]]);
                while (stack.Count > 0)
                {
                    if (++visited > 3000 || answers.Count >= 50)
                    {
                        return answers;
                    }

                    if (stack.Pop() is not IElement element)
                    {
                        continue;
                    }

                    if (InlineAnswerText(element) is { } answer)
                    {
                        answers.Add(answer);
                        continue;
                    }

                    var children = element.ChildNodes;
                    for (var c = children.Length - 1; c >= 0; c--)
                    {
                        stack.Push(children[c]);
                    }
                }
            }
        }

        return answers;
    }

    private static string? InlineAnswerText(IElement element)
    {
        bool coloured;
        switch (element.LocalName)
        {
            case "font":
                coloured = element.GetAttribute("color") is { Length: > 0 } colour && InlineColour.IsMatch("color:" + colour);
                break;
            case "span":
                coloured = InlineColour.IsMatch(element.GetAttribute("style") ?? "");
                break;
            case "p" or "div" or "li":
                coloured = false;
                if (FirstText(element) is not { } first || !first.AsSpan().TrimStart().StartsWith("[", StringComparison.Ordinal) || !Initials.IsMatch(first))
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        if (!coloured && element.LocalName is "span" or "font")
        {
            return null;
        }

        // "- Agree.", "--> Confirmado." typed after a quoted point: the dash or arrow only sets the answer off (kept, it
        // would read as a dash-signed name or a quoted line).
        var text = AnswerMark.Replace((element.TextContent ?? "").Replace('\u00a0', ' ').Trim(), string.Empty);
        return text.Length == 0 || OutlookHeaderStart.IsMatch(text) ? null : text;
    }

    /// <summary>The first non-blank text inside <paramref name="node"/>, found without building the whole text.</summary>
    private static string? FirstText(INode node)
    {
        var steps = 0;
        for (var n = node.FirstChild; n is not null && ++steps < 64; n = n.FirstChild ?? n.NextSibling)
        {
            if (n is IText t && !string.IsNullOrWhiteSpace(t.Data))
            {
                return t.Data.Replace('\u00a0', ' ');
            }

            if (n.FirstChild is null && n.NextSibling is null)
            {
                return null;
            }
        }

        return null;
    }

    private static string LeadingText(INode node, int max)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0 && sb.Length < max)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            var children = n.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push(children[c]);
            }
        }

        return sb.ToString().Replace('\u00a0', ' ').TrimStart();
    }

    private static string Render(INode root, Deadline deadline)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit, bool Pre)>();
        stack.Push((root, false, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            var (node, exit, pre) = stack.Pop();
            if ((++visited & 0xfff) == 0)
            {
                deadline.Check("reading HTML text");
            }

            if (node is IText text)
            {
                AppendText(sb, text.Data, pre);
                continue;
            }

            if (node is not IElement element)
            {
                if (node == root)
                {
                    PushChildren(stack, node, pre);
                }

                continue;
            }

            var name = element.LocalName;
            if (exit)
            {
                if (Blocks.Contains(name))
                {
                    NewLine(sb);
                }

                continue;
            }

            switch (name)
            {
                case "br":
                    sb.Append('\n');
                    continue;
                case "td" or "th":
                    sb.Append(' ');
                    break;
                default:
                    if (Blocks.Contains(name))
                    {
                        NewLine(sb);
                    }

                    break;
            }

            stack.Push((node, true, pre));
            PushChildren(stack, node, pre || name == "pre");
        }

        return sb.ToString();
    }

    private static void PushChildren(Stack<(INode, bool, bool)> stack, INode node, bool pre)
    {
        // By index: AngleSharp's PreviousSibling and NextSibling look the node up in its parent's list each time,
        // which makes a walk over an element with a million children quadratic.
        var children = node.ChildNodes;
        for (var c = children.Length - 1; c >= 0; c--)
        {
            stack.Push((children[c], false, pre));
        }
    }

    private static int IndexOf(INodeList nodes, INode node)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (ReferenceEquals(nodes[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    private static void AppendText(StringBuilder sb, string data, bool pre)
    {
        if (pre)
        {
            sb.Append(data.Replace('\u00a0', ' '));
            return;
        }

        foreach (var ch in data)
        {
            var c = ch == '\u00a0' ? ' ' : ch;
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(c);
        }
    }
}
