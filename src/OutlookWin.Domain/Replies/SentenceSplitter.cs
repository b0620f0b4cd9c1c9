using System.Text;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Splits reply text into sentences. Hard-wrapped lines of one paragraph are joined first so that
/// "I can't" at the end of one line and "confirm yet" on the next stay one sentence; list items
/// and blank lines stay apart.
/// </summary>
internal static class SentenceSplitter
{
    public static List<string> Split(string text, int maxSentences = 500)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || StartsListItem(line))
            {
                Flush(current, units);
                if (line.Length == 0)
                {
                    continue;
                }
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
            if (EndsSentence(line))
            {
                Flush(current, units);
            }
        }

        Flush(current, units);

        var sentences = new List<string>();
        foreach (var unit in units)
        {
            var start = 0;
            for (var i = 0; i < unit.Length && sentences.Count < maxSentences; i++)
            {
                var c = unit[i];
                var cjkEnd = c is '\u3002' or '\uff01' or '\uff1f';
                var latinEnd = (c is '.' or '!' or '?') && (i + 1 == unit.Length || char.IsWhiteSpace(unit[i + 1])) && !IsAbbreviation(unit, i);
                if (cjkEnd || latinEnd)
                {
                    var end = i + 1;
                    while (end < unit.Length && unit[end] is '.' or '!' or '?' or '\u3002' or '\uff01' or '\uff1f')
                    {
                        end++;
                    }

                    Add(sentences, unit[start..end]);
                    start = end;
                    i = end - 1;
                }
            }

            if (start < unit.Length && sentences.Count < maxSentences)
            {
                Add(sentences, unit[start..]);
            }
        }

        return sentences;
    }

    private static void Add(List<string> sentences, string s)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return;
        }

        if (IsRunOn(s))
        {
            // "agreed go ahead on that basis, no signature until the patch is in, Jordan can start with Priya, I'm on a
            // plane till tonight": dictated in one breath, the clauses between commas are the sentences.
            var pieces = new List<string>();
            foreach (var piece in s.Split(", "))
            {
                if (pieces.Count > 0 && Words(piece) < RunOnPieceWords)
                {
                    pieces[^1] += ", " + piece;
                }
                else
                {
                    pieces.Add(piece);
                }
            }

            sentences.AddRange(pieces.Select(p => p.Trim()).Where(p => p.Length > 0));
            return;
        }

        sentences.Add(s);
    }

    private const int RunOnWords = 40;
    private const int RunOnPieceWords = 5;

    /// <summary>A sentence of more than forty words strung together with three commas or more.</summary>
    private static bool IsRunOn(string s) => s.Length > RunOnWords * 2 && Words(s) > RunOnWords && s.AsSpan().Count(", ") >= 3;

    // Counted without splitting: every sentence of every reply is asked.
    private static int Words(string s)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }

    private static void Flush(StringBuilder sb, List<string> units)
    {
        if (sb.Length > 0)
        {
            units.Add(sb.ToString());
            sb.Clear();
        }
    }

    private static bool EndsSentence(string line) =>
        line[^1] is '.' or '!' or '?' or '\u3002' or '\uff01' or '\uff1f' || line.Length < 25 && !line.EndsWith(',');

    public static bool StartsListItem(string line) =>
        line[0] is '-' or '*' or '\u2022' or '\u30fb'
        || (line.Length > 2 && char.IsDigit(line[0]) && (line[1] is '.' or ')' || (char.IsDigit(line[1]) && line[2] is '.' or ')')));

    private static bool IsAbbreviation(string s, int dot)
    {
        if (s[dot] != '.')
        {
            return false;
        }

        if (IsOrdinalDay(s, dot))
        {
            return true;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        var word = s[start..dot].ToLowerInvariant();
        return word is "e.g" or "i.e" or "g" or "e" or "vs" or "dr" or "mr" or "mrs" or "ms" or "approx" or "etc" or "z.b" or "b" or "ca" or "nr" or "no" or "bzw" or "usw";
    }

    private static readonly string[] Months =
    [
        "januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    ];

    /// <summary>A German day of the month ("am 10. Januar", "bis 1. Dez."): the dot makes the number an ordinal, not an end.</summary>
    private static bool IsOrdinalDay(string s, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(s[start - 1]))
        {
            start--;
        }

        if (dot - start is < 1 or > 2 || (start > 0 && char.IsLetterOrDigit(s[start - 1])))
        {
            return false;
        }

        var next = dot + 1;
        while (next < s.Length && s[next] == ' ')
        {
            next++;
        }

        var end = next;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return end > next && Array.IndexOf(Months, s[next..end].ToLowerInvariant()) >= 0;
    }
}
