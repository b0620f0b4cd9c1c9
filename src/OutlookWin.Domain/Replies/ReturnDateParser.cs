using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Finds the return date an out-of-office reply states ("back on 7 December", "until 12/07/2026",
/// "bis zum 7. Dezember", "jusqu'au 7 décembre", "hasta el 7 de diciembre", "tot en met 7 december",
/// "12月7日まで"). Dates without a year are the next such day on or after the reference day.
/// </summary>
internal static class ReturnDateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Regex Cue = new(
        @"(until|till|through|back on|back in the office on|return(ing)? on|return(ing)?|back|bis( zum| einschließlich| einschliesslich)?|ab dem|ab|wieder am|zurück am|jusqu'?au|jusqu'?à|de retour le|retour le|hasta el|hasta|regreso el|volveré el|até( o dia)?|retorno em|retorno no dia|tot en met|tot|terug op|weer op|vanaf|fino al|fino a|rientro il|rientrerò il|rientrero il|dal)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex NumericDate = new(
        @"\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\b|\b([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{2,4})\b|\b([0-9]{1,2})[./]([0-9]{1,2})\.?(\s|$|,)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex DayMonth = new(
        @"\b([0-9]{1,2})(st|nd|rd|th|er|\.|º)?\s*(de\s+)?([a-zà-ÿ]{3,10})\.?(\s+(de\s+)?([0-9]{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex MonthDay = new(
        @"\b([a-z]{3,9})\.?\s+([0-9]{1,2})(st|nd|rd|th)?\b(,?\s+([0-9]{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex JapaneseDate = new(
        @"(?:([0-9]{4})年)?\s*([0-9]{1,2})月\s*([0-9]{1,2})日",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static DateOnly? Find(string text, DateOnly reference, bool monthFirst)
    {
        // Full-width (１２月７日), Arabic-Indic and other decimal digits read as the ASCII digits they are.
        var body = AsciiDigits(text.Length > 4000 ? text[..4000] : text);
        foreach (var sentence in Sentences(body))
        {
            var jp = JapaneseDate.Match(sentence);
            if (jp.Success && (sentence.Contains("まで", StringComparison.Ordinal) || sentence.Contains('戻') || sentence.Contains("出社", StringComparison.Ordinal)))
            {
                var year = jp.Groups[1].Success ? int.Parse(jp.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
                if (Make(year, int.Parse(jp.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(jp.Groups[3].Value, CultureInfo.InvariantCulture), reference) is { } d)
                {
                    return d;
                }
            }

            var cue = Cue.Match(sentence);
            if (!cue.Success)
            {
                continue;
            }

            var after = sentence[cue.Index..];
            if (FromText(after, reference, monthFirst) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Sentences, without splitting "7. Dezember" or "07.12.2026" at their dots.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '\n' or '!' or '?' or '\u3002'
                || (c == '.' && i > 0 && !char.IsDigit(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                if (i > start)
                {
                    yield return text[start..i].Trim();
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    private static DateOnly? FromText(string s, DateOnly reference, bool monthFirst)
    {
        var candidates = new List<(int Index, DateOnly Date)>();
        foreach (Match m in NumericDate.Matches(s))
        {
            DateOnly? d = null;
            if (m.Groups[1].Success)
            {
                d = Make(Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]), reference);
            }
            else if (m.Groups[4].Success)
            {
                var a = Int(m.Groups[4]);
                var b = Int(m.Groups[5]);
                var y = Int(m.Groups[6]);
                y = y < 100 ? 2000 + y : y;
                var usesSlash = m.Value.Contains('/', StringComparison.Ordinal);
                d = monthFirst && usesSlash && a <= 12 ? Make(y, a, b, reference) : Make(y, b, a, reference) ?? Make(y, a, b, reference);
            }
            else if (m.Groups[7].Success)
            {
                d = Make(null, Int(m.Groups[8]), Int(m.Groups[7]), reference);
            }

            if (d is { } ok)
            {
                candidates.Add((m.Index, ok));
            }
        }

        foreach (Match m in DayMonth.Matches(s))
        {
            if (Months.TryGetValue(TextFold.Fold(m.Groups[4].Value), out var month))
            {
                var year = m.Groups[7].Success ? Int(m.Groups[7]) : (int?)null;
                if (Make(year, month, Int(m.Groups[1]), reference) is { } d)
                {
                    candidates.Add((m.Index, d));
                }
            }
        }

        foreach (Match m in MonthDay.Matches(s))
        {
            if (Months.TryGetValue(TextFold.Fold(m.Groups[1].Value), out var month))
            {
                var year = m.Groups[5].Success ? Int(m.Groups[5]) : (int?)null;
                if (Make(year, month, Int(m.Groups[2]), reference) is { } d)
                {
                    candidates.Add((m.Index, d));
                }
            }
        }

        return candidates.Count == 0 ? null : candidates.OrderBy(c => c.Index).First().Date;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    /// <summary>Every Unicode decimal digit as its ASCII digit, so the patterns and int.Parse see 0-9 only.</summary>
    internal static string AsciiDigits(string text)
    {
        if (!text.Any(c => c > '\u007f' && char.IsDigit(c)))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > '\u007f' && char.IsDigit(chars[i]))
            {
                chars[i] = (char)('0' + (int)char.GetNumericValue(chars[i]));
            }
        }

        return new string(chars);
    }

    private static DateOnly? Make(int? year, int month, int day, DateOnly reference)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        var y = year ?? reference.Year;
        if (y is < 1900 or > 2200 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date < reference)
        {
            var next = y + 1;
            return day <= DateTime.DaysInMonth(next, month) ? new DateOnly(next, month, day) : null;
        }

        return date;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var names = new[]
        {
            "january|jan|januar|janvier|janv|enero|ene|janeiro|januari|jänner|janner|gennaio|genn",
            "february|feb|februar|fevrier|fevr|fev|febrero|fevereiro|februari|febbraio|febbr",
            "march|mar|marz|maerz|mars|marzo|marco|maart|mrt",
            "april|apr|avril|avr|abril|abr|aprile",
            "may|mai|mayo|maio|mei|maggio|magg",
            "june|jun|juni|juin|junio|junho|giugno|giu",
            "july|jul|juli|juillet|juil|julio|julho|luglio|lug",
            "august|aug|aout|agosto|ago|augustus",
            "september|sep|sept|septembre|septiembre|setembro|set|settembre|sett",
            "october|oct|oktober|okt|octobre|octubre|outubro|out|ottobre|ott",
            "november|nov|novembre|noviembre|novembro",
            "december|dec|dezember|dez|decembre|diciembre|dic|dezembro|dicembre",
        };
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i].Split('|'))
            {
                map.TryAdd(TextFold.Fold(n), i + 1);
            }
        }

        return map;
    }
}
