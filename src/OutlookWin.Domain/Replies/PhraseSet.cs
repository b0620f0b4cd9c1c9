namespace OutlookWin.Domain.Replies;

/// <summary>A span of tokens (or, for Japanese, characters) that a phrase matched in a sentence.</summary>
internal readonly record struct PhraseMatch(int Start, int End, string Phrase);

/// <summary>
/// A compiled, immutable set of phrases matched token by token. Phrase syntax: words separated by
/// spaces; a word ending in <c>*</c> matches any word with that prefix; <c>~</c> skips up to three
/// words. Phrases written in Japanese script match as substrings of the folded sentence; one that starts with
/// characters in parentheses does not match right after any of them ("(い)ただ": ただ "but", never the ただ of いただく).
/// </summary>
internal sealed class PhraseSet
{
    private const int MaxGap = 5;
    private const int MaxOccurrences = 4;
    private readonly string[][] _tokenPhrases;
    private readonly string[] _tokenSources;
    private readonly (string Text, string NotAfter)[] _substrings;

    // Phrases by their first word, so a token is tried only against phrases that can start there; phrases whose
    // first word is a prefix ("confirm*") or a gap are tried everywhere.
    private readonly Dictionary<string, int[]> _byFirstWord;
    private readonly int[] _anyFirstWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var tokenPhrases = new List<string[]>();
        var sources = new List<string>();
        var substrings = new List<(string, string)>();
        foreach (var phrase in phrases.Distinct(StringComparer.Ordinal))
        {
            var notAfter = "";
            var text = phrase;
            if (phrase.StartsWith('(') && phrase.IndexOf(')', StringComparison.Ordinal) is > 1 and var close)
            {
                notAfter = phrase[1..close];
                text = phrase[(close + 1)..];
            }

            var folded = TextFold.Fold(text).Trim();
            if (folded.Length == 0)
            {
                continue;
            }

            if (TextFold.HasCjk(folded))
            {
                substrings.Add((folded, TextFold.Fold(notAfter)));
                continue;
            }

            // Keep the syntax characters '*' and '~' while tokenising the phrase.
            var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => w is "~" ? ["~"] : SplitWord(w))
                .ToArray();
            if (words.Length > 0)
            {
                tokenPhrases.Add(words);
                sources.Add(phrase);
            }
        }

        _tokenPhrases = [.. tokenPhrases];
        _tokenSources = [.. sources];
        _substrings = [.. substrings];
        _byFirstWord = Enumerable.Range(0, _tokenPhrases.Length)
            .Where(i => !IsPattern(_tokenPhrases[i][0]))
            .GroupBy(i => _tokenPhrases[i][0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _anyFirstWord = [.. Enumerable.Range(0, _tokenPhrases.Length).Where(i => IsPattern(_tokenPhrases[i][0]))];
    }

    private static bool IsPattern(string word) => word == "~" || word.EndsWith('*');

    private static IEnumerable<string> SplitWord(string word)
    {
        var star = word.EndsWith('*');
        var core = star ? word[..^1] : word;
        var parts = TextFold.Tokens(core);
        for (var i = 0; i < parts.Count; i++)
        {
            yield return star && i == parts.Count - 1 ? parts[i] + "*" : parts[i];
        }
    }

    /// <summary>All matches, leftmost-longest, skipping tokens already claimed in <paramref name="masked"/>.</summary>
    public List<PhraseMatch> Match(IReadOnlyList<string> tokens, string folded, bool[]? masked = null)
    {
        var result = new List<PhraseMatch>();
        List<(int Phrase, PhraseMatch Match)>? found = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (masked is not null && masked[start])
            {
                continue;
            }

            if (_byFirstWord.TryGetValue(tokens[start], out var exact))
            {
                foreach (var p in exact)
                {
                    Try(p, start);
                }
            }

            foreach (var p in _anyFirstWord)
            {
                Try(p, start);
            }
        }

        if (found is not null)
        {
            // In phrase order, then position: the order the matches were always reported in.
            result.AddRange(found.OrderBy(f => f.Phrase).ThenBy(f => f.Match.Start).Select(f => f.Match));
        }

        foreach (var (s, notAfter) in _substrings)
        {
            // Every occurrence, a few at most: "満たしていない製品について…開始することができない" negates with its second "ない".
            var at = -1;
            for (var n = 0; n < MaxOccurrences; n++)
            {
                at = folded.IndexOf(s, at + 1, StringComparison.Ordinal);
                while (at > 0 && notAfter.Length > 0 && notAfter.Contains(folded[at - 1], StringComparison.Ordinal))
                {
                    at = folded.IndexOf(s, at + 1, StringComparison.Ordinal);
                }

                if (at < 0)
                {
                    break;
                }

                // Japanese matches carry character offsets, negative so they never collide with token spans.
                result.Add(new PhraseMatch(-1 - at, -1 - at - s.Length, s));
            }
        }

        return result;

        void Try(int p, int start)
        {
            var end = MatchAt(_tokenPhrases[p], 0, tokens, start, masked);
            if (end > start)
            {
                (found ??= []).Add((p, new PhraseMatch(start, end, _tokenSources[p])));
            }
        }
    }

    public bool Any(IReadOnlyList<string> tokens, string folded, bool[]? masked = null) => Match(tokens, folded, masked).Count > 0;

    private static int MatchAt(string[] phrase, int pi, IReadOnlyList<string> tokens, int ti, bool[]? masked)
    {
        if (pi == phrase.Length)
        {
            return ti;
        }

        if (phrase[pi] == "~")
        {
            for (var skip = 0; skip <= MaxGap && ti + skip <= tokens.Count; skip++)
            {
                var end = MatchAt(phrase, pi + 1, tokens, ti + skip, masked);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        if (ti >= tokens.Count || (masked is not null && masked[ti]) || !WordMatches(phrase[pi], tokens[ti]))
        {
            return -1;
        }

        return MatchAt(phrase, pi + 1, tokens, ti + 1, masked);
    }

    private static bool WordMatches(string pattern, string token) =>
        pattern.EndsWith('*')
            ? token.Length >= pattern.Length - 1 && token.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(pattern, token, StringComparison.Ordinal);
}
