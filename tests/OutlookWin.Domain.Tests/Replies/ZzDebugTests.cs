using OutlookWin.Domain.Replies;
using Xunit.Abstractions;

namespace OutlookWin.Domain.Tests.Replies;

public sealed class ZzDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void ZzDebug()
    {
        var path = Environment.GetEnvironmentVariable("ZZ_TEXT");
        if (path is null) return;
        var text = path.EndsWith(".eml") ? new ReplyReader().Extract(File.OpenRead(path)) : File.ReadAllText(path);
        var langs = LanguageGuess.Pick(text, [.. Lexicon.All.Values]);
        output.WriteLine("langs: " + string.Join(",", Lexicon.All.Where(kv => langs.Contains(kv.Value)).Select(kv => kv.Key)));
        foreach (var s in SentenceSplitter.Split(text))
        {
            var a = SentenceAnalysis.Analyse(s, langs);
            output.WriteLine($"S: {s}");
            output.WriteLine($"   signals=[{string.Join(",", a.Signals)}] q={a.IsQuestion} refCond={a.RefusesConditionalForm} caveat={a.IsCommercialCaveat}");
            foreach (var (cue, ms) in a.Matches.Where(kv => kv.Value.Count > 0))
                output.WriteLine($"   {cue}: {string.Join(" | ", ms.Select(m => m.Phrase))}");
        }
        var planPath = Environment.GetEnvironmentVariable("ZZ_PLAN");
        var plan = planPath is null ? null : OutlookWin.Domain.Plans.PlanDocument.Read(File.ReadAllText(planPath));
        var r = new ReplyClassifier().Classify(text, plan);
        output.WriteLine($"VERDICT {r.Verdict}: {r.Explanation}");
    }
}
