using System.Globalization;
using System.Text;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// Small pieces of invariant English used by the declaration: numbers, dates, names and counts.
/// Nothing here reads the machine culture, so the same plan always reads the same way.
/// </summary>
internal static class Prose
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] CountWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Prof", "Prof.",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "our", "your", "their", "its", "this", "that", "these", "those",
    };

    /// <summary>
    /// Trims a user-supplied value and folds every run of whitespace (line breaks, tabs) into one
    /// space, dropping other control characters: a value never breaks a subject line or a paragraph.
    /// </summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var ch in value)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (!char.IsControl(ch))
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>43, 12.5, 1,250: invariant digits, thousands grouped, no trailing zeros.</summary>
    public static string Number(decimal value) =>
        value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"one" to "ten" in words, larger counts in digits.</summary>
    public static string Count(int value) =>
        value >= 0 && value < CountWords.Length ? CountWords[value] : Number(value);

    /// <summary>"10 December 2026", or "10 December" without the year.</summary>
    public static string Date(DateOnly date, bool withYear = true)
    {
        var dayMonth = Number(date.Day) + " " + Months[date.Month - 1];
        return withYear ? dayMonth + " " + Number(date.Year) : dayMonth;
    }

    /// <summary>
    /// How to greet someone: the first name, or title and surname when the name starts with an
    /// honorific ("Dr. Kim"). Empty when there is no name.
    /// </summary>
    public static string Greeting(string? fullName)
    {
        var parts = Clean(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return string.Empty;
        }

        return parts.Length > 1 && Honorifics.Contains(parts[0]) ? parts[0] + " " + parts[^1] : parts[0];
    }

    /// <summary>
    /// Upper-cases the first letter when the first word is all lower case, so a list item reads as
    /// a sentence without mangling names such as "iOS".
    /// </summary>
    public static string Capitalise(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0]))
        {
            return text;
        }

        var firstWord = text.Split(' ', 2)[0];
        return firstWord.Any(char.IsUpper) ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"legacy parser patch" becomes "the legacy parser patch"; "a patch to X" stays.</summary>
    public static string WithArticle(string noun)
    {
        var firstWord = noun.Split(' ', 2)[0];
        return Determiners.Contains(firstWord) ? noun : "the " + noun;
    }
}
