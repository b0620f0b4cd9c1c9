using System.Globalization;
using System.Text;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Makes text read as it looks: invisible characters (zero-width spaces and joiners, soft hyphens, bidi controls)
/// are removed, and Cyrillic or Greek letters that look Latin are read as Latin inside words written in Latin
/// script ("Nоt confirmed" with a Cyrillic о). Reports whether it had to, because a reply that needed it is suspect.
/// </summary>
internal static class HiddenCharacters
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['ԁ'] = 'd', ['ո'] = 'n', ['ν'] = 'v', ['ο'] = 'o', ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ρ'] = 'p', ['τ'] = 't',
        ['υ'] = 'u', ['χ'] = 'x', ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
        ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['І'] = 'I', ['Ο'] = 'O', ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ρ'] = 'P', ['Τ'] = 'T', ['Χ'] = 'X',
    };

    /// <summary>The text as it reads, and whether anything hidden or disguised was in it.</summary>
    public static (string Text, bool Suspicious) Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var suspicious = false;
        var sb = new StringBuilder(text.Length);
        var normalized = text.Normalize(NormalizationForm.FormC);
        for (var k = 0; k < normalized.Length; k++)
        {
            var ch = normalized[k];
            var joinerInWord = ch == '\u200d' && k > 0 && k + 1 < normalized.Length && char.IsLetter(normalized[k - 1]) && char.IsLetter(normalized[k + 1]);
            if (IsInvisible(ch) || joinerInWord)
            {
                suspicious = true;
                continue;
            }

            sb.Append(ch);
        }

        // A look-alike counts only inside a word that also has Latin letters: Russian or Greek prose stays as it is.
        var chars = sb.ToString().ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i]))
            {
                continue;
            }

            if (i - start > 1 && HasLatin(chars, start, i))
            {
                for (var j = start; j < i; j++)
                {
                    if (LookAlikes.TryGetValue(chars[j], out var latin))
                    {
                        chars[j] = latin;
                        suspicious = true;
                    }
                }
            }

            start = i + 1;
        }

        return (new string(chars), suspicious);
    }

    private static bool HasLatin(char[] chars, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvisible(char ch) =>
        ch is '\u00ad' or '\u180e' or '\ufeff' or (>= '\u200b' and <= '\u200c') or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069')
        || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format && ch is not '\u200d';
}
