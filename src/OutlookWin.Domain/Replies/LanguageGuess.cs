namespace OutlookWin.Domain.Replies;

/// <summary>
/// Picks the lexicons to read a reply with: English plus the languages whose common words appear.
/// When no language stands out (a one-word reply), every allowed lexicon is used.
/// </summary>
internal static class LanguageGuess
{
    public static IReadOnlyList<Lexicon> Pick(string text, IReadOnlyList<Lexicon> allowed)
    {
        var folded = TextFold.Fold(text.Length > 4000 ? text[..4000] : text);
        var tokens = TextFold.Tokens(folded, 800);
        var scores = allowed.ToDictionary(l => l.Language, l => tokens.Distinct().Count(t => l.Stopwords.Contains(t)));
        if (allowed.Any(l => l.Language == "ja") && TextFold.HasCjk(folded))
        {
            scores["ja"] = 1000;
        }

        var best = scores.Values.DefaultIfEmpty(0).Max();
        if (best < 2)
        {
            return allowed;
        }

        // A language counts beside the likeliest only by common words of its own: "que", "para" and "por" make a Spanish
        // reply no more Portuguese than it is Spanish.
        var likeliest = allowed.First(l => scores[l.Language] == best);
        return allowed.Where(l => l.Language == "en" || l == likeliest
            || tokens.Distinct().Count(t => l.Stopwords.Contains(t) && !likeliest.Stopwords.Contains(t)) * 2 >= best).ToList();
    }

    /// <summary>
    /// A reply of some length in which no allowed language's common words appear ("Dzień dobry, potwierdzam, że ocena
    /// zakończyła się sukcesem"): most likely written in a language the reader does not read.
    /// </summary>
    public static bool Unread(string text, IReadOnlyList<Lexicon> allowed)
    {
        var folded = TextFold.Fold(text.Length > 4000 ? text[..4000] : text);
        if (TextFold.HasCjk(folded) && allowed.Any(l => l.Language == "ja"))
        {
            return false;
        }

        var words = TextFold.Tokens(folded, 800).Where(t => t.Length > 1 && t.All(char.IsLetter)).ToList();
        return words.Count >= 6 && allowed.All(l => words.Count(l.Stopwords.Contains) <= 1);
    }
}
