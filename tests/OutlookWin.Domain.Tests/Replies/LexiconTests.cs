using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>The word classes each language lists for the sentence analysis.</summary>
public sealed class LexiconTests
{
    public static TheoryData<string> EuropeanLanguages => new(ReplyReaderOptions.AllLanguages.Where(l => l != "ja"));

    [Theory]
    [MemberData(nameof(EuropeanLanguages))]
    public void Every_word_class_is_listed_in_each_European_language(string language)
    {
        var lexicon = Lexicon.All[language];
        Assert.All(Enum.GetValues<WordClass>().Where(c => c != WordClass.Concord), c => Assert.NotEmpty(lexicon.Words(c)));
        // Negative concord ("non … nulla") belongs to the Romance languages only.
        Assert.Equal(language is "fr" or "es" or "pt" or "it", lexicon.Words(WordClass.Concord).Count > 0);
    }

    [Fact]
    public void Words_are_folded_like_reply_text_and_looked_up_in_every_language_at_once()
    {
        // "erfüllt" is listed with its umlaut and found as reply text is folded; a Dutch "voorwaarde" is a condition noun
        // whatever language the reply was taken for.
        Assert.Contains("erfullt", Lexicon.All["de"].Words(WordClass.Fulfilled));
        Assert.Contains("erfullt", Lexicon.InAnyLanguage(WordClass.Fulfilled));
        Assert.Contains("voorwaarde", Lexicon.InAnyLanguage(WordClass.ConditionNoun));
        Assert.DoesNotContain("voorwaarde", Lexicon.All["en"].Words(WordClass.ConditionNoun));
        Assert.All(Lexicon.All.Values.SelectMany(l => Enum.GetValues<WordClass>().SelectMany(l.Words)), w => Assert.Equal(TextFold.Fold(w), w));
    }
}
