using System.Globalization;
using System.Text;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Folds text for matching: lower case, compatibility forms (full-width letters), no diacritics, one
/// kind of apostrophe and dash, English and French contractions spelled out. Lexicon entries and
/// reply sentences go through the same fold, so they match however the person typed them.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            // Accents go; the kana voicing marks stay (だ is not た: まだ "not yet" and また "again" are different words).
            if (category == UnicodeCategory.NonSpacingMark && ch is not ('\u3099' or '\u309a'))
            {
                continue;
            }

            sb.Append(ch switch
            {
                '\u2019' or '\u2018' or '\u00b4' or '`' or '\u02bc' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00a0' or '\u3000' => ' ',
                _ => char.ToLowerInvariant(ch),
            });
            if (ch == '\u00df')
            {
                // German sharp s folds to "ss" so "Grüße" and "Gruesse" meet.
                sb.Length--;
                sb.Append("ss");
            }
        }

        // Contractions: "can't" -> "can not", "won't" -> "will not", "n't" -> " not", "I'll" -> "I will", French "n'" -> "ne ".
        sb.Replace("can't", "can not").Replace("cannot", "can not").Replace("won't", "will not").Replace("n't", " not")
            .Replace("'ll", " will").Replace("'re", " are").Replace("'ve", " have").Replace("'m", " am");
        var folded = sb.ToString();
        return folded.AsSpan().IndexOfAny('\u3099', '\u309a') >= 0 ? folded.Normalize(NormalizationForm.FormC) : folded;
    }

    public static bool IsCjk(char c) =>
        (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uff66' && c <= '\uff9f');

    public static bool HasCjk(string s)
    {
        foreach (var c in s)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits folded text into word tokens; commas, semicolons and colons become their own tokens (clause edges).</summary>
    public static List<string> Tokens(string folded, int max = 400)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < folded.Length && tokens.Count < max)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c) && !IsCjk(c))
            {
                var start = i;
                while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) && !IsCjk(folded[i])
                    || ((folded[i] == '.' || folded[i] == ',') && i > start && char.IsDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]))))
                {
                    i++;
                }

                tokens.Add(folded[start..i]);
                if (i < folded.Length && folded[i] == '%')
                {
                    tokens.Add("%");
                    i++;
                }

                continue;
            }

            if (c is ',' or ';' or ':' or '(' or ')' or '\u3001' or '%' or '#')
            {
                tokens.Add(c == '\u3001' ? "," : c.ToString());
            }

            i++;
        }

        return tokens;
    }
}
