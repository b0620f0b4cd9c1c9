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
        var scores = allowed.ToDictionary(l => l.Language, l => tokens.Count(t => l.Stopwords.Contains(t)));
        if (allowed.Any(l => l.Language == "ja") && TextFold.HasCjk(folded))
        {
            scores["ja"] = 1000;
        }

        var best = scores.Values.DefaultIfEmpty(0).Max();
        if (best < 2)
        {
            return allowed;
        }

        return allowed.Where(l => l.Language == "en" || scores[l.Language] * 2 >= best).ToList();
    }
}
