using System.Net;
using System.Text;

namespace OutlookWin.Domain.Declarations;

/// <summary>A stretch of paragraph text; <see cref="Strong"/> marks the one thing we ask for.</summary>
internal sealed record Run(string Text, bool Strong = false);

/// <summary>
/// The email's content as blocks of plain text, rendered once as HTML and once as plain text so the
/// two bodies can never say different things. Every piece of text, ours or the plan's, is
/// HTML-encoded on the way out, and only the renderer writes tags; no text ever lands in an
/// attribute, so escaping is all the HTML needs.
/// </summary>
internal sealed class EmailBody
{
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private readonly List<Block> blocks = [];

    public EmailBody Paragraph(params Run[] runs)
    {
        blocks.Add(new ParagraphBlock(runs));
        return this;
    }

    public EmailBody Paragraph(string text) => Paragraph(new Run(text));

    public EmailBody Bullets(IEnumerable<string> items)
    {
        blocks.Add(new BulletBlock([.. items]));
        return this;
    }

    /// <summary>Lines kept together, such as a sign-off and the name under it.</summary>
    public EmailBody Lines(IEnumerable<string> lines)
    {
        blocks.Add(new LinesBlock([.. lines]));
        return this;
    }

    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    html.Append("<p>");
                    foreach (var run in p.Runs)
                    {
                        html.Append(run.Strong ? "<strong>" + Encode(run.Text) + "</strong>" : Encode(run.Text));
                    }

                    html.Append("</p>\n");
                    break;
                case BulletBlock b:
                    html.Append("<ul>\n");
                    foreach (var item in b.Items)
                    {
                        html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case LinesBlock l:
                    html.Append("<p>").Append(string.Join("<br>", l.Lines.Select(Encode))).Append("</p>\n");
                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + block.GetType().Name);
            }
        }

        return html.ToString();
    }

    /// <summary>Plain text: blank lines between blocks, "- " bullets, lines wrapped at <paramref name="width"/>.</summary>
    public string ToText(int width)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var lines = block switch
            {
                ParagraphBlock p => Wrap(string.Concat(p.Runs.Select(r => r.Text)), width, "", ""),
                BulletBlock b => b.Items.SelectMany(item => Wrap(item, width, "- ", "  ")),
                LinesBlock l => l.Lines,
                _ => throw new InvalidOperationException("Unknown block " + block.GetType().Name),
            };
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Greedy word wrap that keeps "10 December 2026", "3 percentage points" and "target —" on one line; a
    /// word longer than the line is left whole rather than cut.
    /// </summary>
    private static List<string> Wrap(string text, int width, string firstPrefix, string nextPrefix)
    {
        var units = new List<string>();
        var previous = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (units.Count > 0 && Binds(previous, word))
            {
                units[^1] += " " + word;
            }
            else
            {
                units.Add(word);
            }

            previous = word;
        }

        var lines = new List<string>();
        var line = new StringBuilder(firstPrefix);
        var empty = true;
        foreach (var unit in units)
        {
            if (!empty && line.Length + 1 + unit.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(nextPrefix);
                empty = true;
            }

            line.Append(empty ? "" : " ").Append(unit);
            empty = false;
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static bool Binds(string previous, string next) =>
        next == "\u2014"
        || (previous == "percentage" && next.StartsWith("point", StringComparison.Ordinal))
        || previous.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',')
        || (Months.Contains(previous) && next.Length == 4 && next.All(char.IsAsciiDigit));

    private abstract record Block;

    private sealed record ParagraphBlock(IReadOnlyList<Run> Runs) : Block;

    private sealed record BulletBlock(IReadOnlyList<string> Items) : Block;

    private sealed record LinesBlock(IReadOnlyList<string> Lines) : Block;
}
