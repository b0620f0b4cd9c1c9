using System.Text.Json;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using Xunit.Abstractions;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>
/// Replies written apart from the reader's rules (<c>Replies/Blind</c>), each read against the plan of
/// the declaration it answers. The development half may be studied; the test half is only scored: its misreads are
/// never printed, so fixes aim at kinds of replies, not at its sentences. Floors sit at what the reader achieves now.
/// </summary>
public sealed class BlindCorpusTests(ITestOutputHelper output)
{
    private static readonly ReplyVerdict[] Order = [ReplyVerdict.Confirmed, ReplyVerdict.Conditional, ReplyVerdict.Declined, ReplyVerdict.Ambiguous, ReplyVerdict.AutoReply];

    public sealed record BlindCase(string Path, ReplyVerdict Verdict, string Language, string Client, string PlanFile);

    public sealed record Score(int[,] Matrix, int Total, int Correct, int FalseConfirmed, int AutoReplies, int AutoRepliesFound, List<string> Misreads);

    [Fact]
    public void The_development_half_is_read_without_a_false_confirmation()
    {
        var cases = Load("dev");
        var score = Run(cases);
        Print("development half", score);
        PrintSets(cases);

        foreach (var m in score.Misreads)
        {
            output.WriteLine(m);
        }

        Assert.True(score.FalseConfirmed <= DevFalseConfirmedCeiling, $"{score.FalseConfirmed} false confirmed");
        Assert.True(score.Correct >= DevAccuracyFloor * score.Total, $"accuracy {score.Correct}/{score.Total}");
    }

    [Fact]
    public void The_test_half_is_only_scored()
    {
        var cases = Load("test");
        var score = Run(cases);
        Print("test half", score);
        PrintSets(cases);
        Assert.True(score.FalseConfirmed <= TestFalseConfirmedCeiling, $"{score.FalseConfirmed} false confirmed");
        Assert.True(score.Correct >= TestAccuracyFloor * score.Total, $"accuracy {score.Correct}/{score.Total}");
    }

    [Fact]
    public void Both_halves_cover_every_verdict_and_language()
    {
        var all = Load("dev").Concat(Load("test")).ToList();
        Assert.True(all.Count >= 150, $"only {all.Count} blind replies");
        Assert.Equal(Order.ToHashSet(), all.Select(c => c.Verdict).ToHashSet());
        Assert.Equal(ReplyReaderOptions.AllLanguages.ToHashSet(), all.Select(c => c.Language).ToHashSet());
    }

    // Where the reader stands; raised as it improves, never lowered for the same sets. Both halves grow as new blind
    // sets are written, so the floors are shares; the ceilings move only when a new set brings misreads of its own
    // (test sets c and d, scored before any rule was changed for them, brought one false confirmation; test sets q, u
    // and w one each, test set ab two, test sets ac, ad and an one each; development sets t and x one each). A new set
    // scored below the floor may bring the share down once, to what the reader then reaches on the whole half (test sets
    // e and f, with Italian, which the reader did not read before, came in at 26/35 and 27/35; test sets h and i brought
    // one false confirmation each; test sets v, x, z, aa and ab came in at 26/35 to 29/35; test sets ak and an, a team
    // that disagrees within one reply and answers buried in long mails, at 23/35 and 22/35). Test sets aq, as and at brought
    // one false confirmation each, development sets ar, as, ax and ay one each; with them the development half came in at
    // 94.8%. Test sets ba and bc (answers split over a reply; plain-text answers typed between quoted lines) brought one
    // false confirmation each. Test sets be, bf and bg (weeks after a conditional declaration; legal and procurement
    // caution; several voices in one reply) brought one false confirmation each, and with set bh (long mails) the test
    // half came in at 88.4%. Test sets bi (the figures) and bj (agreeing to a narrower scope) brought one and three, test
    // set bp (executives and economic buyers) one, test set bt (the prospect's own process: boards, workflows, tickets)
    // three, test sets bw, bx, by and bz (wishes beside conditions; the pending item arriving; almost a yes; threads
    // that moved on) one each, test sets cd and cf (someone in the middle; remarks around the answer) one each, test set
    // cg (a second mail that corrects or completes the first) two, test set ch (conditions of every kind) one. Test set cj
    // (answers implied rather than stated) came in at 22 of 35. Development sets cq and cr ("as discussed" on a call;
    // requests attached to the answer) brought two and one, test sets co and cq (requests; reply-all threads) one each.
    // Test sets cs, ct, cu and cz (dictated replies; forms and templates; humour and idiom; two answers in one mail) brought
    // one each, test set cy (scope and boundaries) four; with development sets cv, cw and dc (27 to 29 of 35) the
    // development half came in at 96.1%. Test set da (replies typed on a phone) brought three, test sets db and dg (mixed
    // languages; the answer kept somewhere else) one each, development set dh (internal forwards) one. Development sets dl
    // and dm (mix-ups and slips; the prospect's own testing) brought one and two, test sets dk and dl (grievances beside the
    // answer; pressure and urgency) one each, test sets dn and do (words quoted inside the new text; one reply, several
    // addressees in turn) one each; with development sets dr and ds (the same; other vendors in the picture) at 30 and 32
    // of 35 the development half came in at 96.3%. Test sets dq and dr (criterion by criterion; late replies and nudges)
    // brought one false confirmation each, development set du one; test set ds (decisions made by a group) one.
    private const int DevFalseConfirmedCeiling = 3;
    private const double DevAccuracyFloor = 0.963;
    private const int TestFalseConfirmedCeiling = 49;
    private const double TestAccuracyFloor = 0.900;

    private Score Run(IReadOnlyList<BlindCase> cases)
    {
        var reader = new ReplyReader();
        var matrix = new int[Order.Length, Order.Length];
        var misreads = new List<string>();
        var plans = new Dictionary<string, SuccessPlan>();
        foreach (var c in cases)
        {
            if (!plans.TryGetValue(c.PlanFile, out var plan))
            {
                plan = plans[c.PlanFile] = PlanDocument.Read(File.ReadAllText(Path.Combine(CorpusPaths.BlindCorpus, c.PlanFile)));
            }

            ReplyReading reading;
            try
            {
                using var stream = File.OpenRead(c.Path);
                reading = reader.Read(stream, plan);
            }
            catch (ReplyReadException e)
            {
                reading = new ReplyReading(ReplyVerdict.Ambiguous, 0, string.Empty, [], [], [], null, [], e.Message);
            }

            matrix[Array.IndexOf(Order, c.Verdict), Array.IndexOf(Order, reading.Verdict)]++;
            if (reading.Verdict != c.Verdict)
            {
                misreads.Add($"{Path.GetRelativePath(CorpusPaths.BlindCorpus, c.Path)} ({c.Client}): expected {c.Verdict}, got {reading.Verdict} — {reading.Explanation} text=[{reading.ReplyText.Replace('\n', ' ')}]");
            }
        }

        var correct = Enumerable.Range(0, Order.Length).Sum(i => matrix[i, i]);
        var falseConfirmed = Enumerable.Range(1, Order.Length - 1).Sum(i => matrix[i, 0]);
        var auto = Array.IndexOf(Order, ReplyVerdict.AutoReply);
        var autoTotal = Enumerable.Range(0, Order.Length).Sum(j => matrix[auto, j]);
        return new Score(matrix, cases.Count, correct, falseConfirmed, autoTotal, matrix[auto, auto], misreads);
    }

    /// <summary>Each set's score alone (a set is one writer's folder); never its misreads.</summary>
    private void PrintSets(IReadOnlyList<BlindCase> cases)
    {
        foreach (var set in cases.GroupBy(c => Path.GetFileName(Path.GetDirectoryName(c.Path))))
        {
            var part = Run([.. set]);
            output.WriteLine($"  set {set.Key}: {part.Correct}/{part.Total}, false confirmed {part.FalseConfirmed}");
        }
    }

    private void Print(string name, Score s)
    {
        output.WriteLine($"{name}: accuracy {s.Correct}/{s.Total} ({100.0 * s.Correct / s.Total:F1}%), false confirmed {s.FalseConfirmed}, auto-reply recall {s.AutoRepliesFound}/{s.AutoReplies}");
        output.WriteLine("expected \\ got    " + string.Join(" ", Order.Select(o => $"{o,11}")));
        for (var i = 0; i < Order.Length; i++)
        {
            output.WriteLine($"{Order[i],-16} " + string.Join(" ", Enumerable.Range(0, Order.Length).Select(j => $"{s.Matrix[i, j],11}")));
        }
    }

    private static List<BlindCase> Load(string half)
    {
        var list = new List<BlindCase>();
        foreach (var manifest in Directory.GetFiles(Path.Combine(CorpusPaths.BlindCorpus, half), "manifest.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(manifest)!;
            foreach (var line in File.ReadLines(manifest).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                list.Add(new BlindCase(
                    Path.Combine(folder, e.GetProperty("file").GetString()!),
                    JsonSerializer.Deserialize<ReplyVerdict>(JsonSerializer.Serialize(e.GetProperty("verdict").GetString())),
                    e.GetProperty("language").GetString()!,
                    e.GetProperty("client").GetString()!,
                    e.GetProperty("plan").GetString()!));
            }
        }

        return list;
    }
}
