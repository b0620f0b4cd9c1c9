using System.Text;
using System.Text.Json;
using OutlookWin.Domain.Replies;
using Xunit.Abstractions;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>
/// The labelled corpus in <c>Replies/Corpus</c>: one input per line of <c>manifest.jsonl</c>, with the
/// expected verdict and what the extracted text must and must not hold. Zero false "confirmed" is the
/// hard requirement; overall accuracy has a floor just under what the reader achieves today.
/// </summary>
public sealed class GoldenCorpusTests(ITestOutputHelper output)
{
    private const double AccuracyFloor = 0.95;
    private static readonly ReplyVerdict[] Order = [ReplyVerdict.Confirmed, ReplyVerdict.Conditional, ReplyVerdict.Declined, ReplyVerdict.Ambiguous, ReplyVerdict.AutoReply];

    public sealed record GoldenCase(string File, ReplyVerdict Verdict, string Language, string Client, string[] Tags, string[] MustContain, string[] MustNotContain, DateOnly? ReturnDate);

    public static IReadOnlyList<GoldenCase> Cases { get; } = LoadCases();

    public static ReplyReading ReadFile(ReplyReader reader, string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".eml")
        {
            using var stream = File.OpenRead(path);
            return reader.Read(stream, SamplePlans.ContosoFull());
        }

        var content = File.ReadAllText(path, Encoding.UTF8);
        var parts = ext == ".html" ? new ReplyParts { Html = content, Subject = "RE: declaration" } : new ReplyParts { Text = content, Subject = "RE: declaration" };
        return reader.Read(parts, SamplePlans.ContosoFull());
    }

    [Fact]
    public void Corpus_has_at_least_200_files_across_every_verdict_client_and_language()
    {
        Assert.True(Cases.Count >= 200, $"only {Cases.Count} golden files");
        Assert.Equal(Order.ToHashSet(), Cases.Select(c => c.Verdict).ToHashSet());
        foreach (var client in new[] { "outlook_desktop", "owa", "gmail", "apple", "ios", "thunderbird", "plain", "plain_outlook", "plain_inline", "autoreply", "reaction" })
        {
            Assert.Contains(Cases, c => c.Client == client);
        }

        foreach (var language in ReplyReaderOptions.AllLanguages)
        {
            Assert.Contains(Cases, c => c.Language == language);
        }
    }

    [Fact]
    public void No_reply_is_called_confirmed_that_is_not_and_the_confusion_matrix_is_printed()
    {
        var reader = new ReplyReader();
        var matrix = new int[Order.Length, Order.Length];
        var falseConfirmed = new List<string>();
        var wrong = new List<string>();
        foreach (var c in Cases)
        {
            var reading = ReadFile(reader, Path.Combine(CorpusPaths.GoldenCorpus, c.File));
            matrix[Array.IndexOf(Order, c.Verdict), Array.IndexOf(Order, reading.Verdict)]++;
            if (reading.Verdict != c.Verdict)
            {
                wrong.Add($"{c.File}: expected {c.Verdict}, got {reading.Verdict} ({reading.Explanation}) text=[{reading.ReplyText.Replace('\n', ' ')}]");
            }

            if (reading.Verdict == ReplyVerdict.Confirmed && c.Verdict != ReplyVerdict.Confirmed)
            {
                falseConfirmed.Add(c.File);
            }
        }

        output.WriteLine("expected \\ got    " + string.Join(" ", Order.Select(o => $"{o,11}")));
        for (var i = 0; i < Order.Length; i++)
        {
            output.WriteLine($"{Order[i],-16} " + string.Join(" ", Enumerable.Range(0, Order.Length).Select(j => $"{matrix[i, j],11}")));
        }

        var predictedConfirmed = Enumerable.Range(0, Order.Length).Sum(i => matrix[i, 0]);
        var correct = Enumerable.Range(0, Order.Length).Sum(i => matrix[i, i]);
        output.WriteLine($"confirmed precision {matrix[0, 0]}/{predictedConfirmed}, confirmed recall {matrix[0, 0]}/{Enumerable.Range(0, Order.Length).Sum(j => matrix[0, j])}, " +
            $"conditional recall {matrix[1, 1]}/{Enumerable.Range(0, Order.Length).Sum(j => matrix[1, j])}, accuracy {correct}/{Cases.Count}");
        foreach (var w in wrong)
        {
            output.WriteLine(w);
        }

        Assert.Empty(falseConfirmed);
        Assert.True(correct >= AccuracyFloor * Cases.Count, $"accuracy {correct}/{Cases.Count} fell below {AccuracyFloor:P0}");
    }

    [Fact]
    public void Extracted_text_keeps_the_new_words_and_drops_the_quoted_declaration()
    {
        var reader = new ReplyReader();
        var failures = new List<string>();
        foreach (var c in Cases)
        {
            var reading = ReadFile(reader, Path.Combine(CorpusPaths.GoldenCorpus, c.File));
            foreach (var must in c.MustContain.Where(m => m.Length > 0))
            {
                if (!Collapse(reading.ReplyText).Contains(Collapse(must), StringComparison.Ordinal))
                {
                    failures.Add($"{c.File}: missing \"{must}\" in [{reading.ReplyText}]");
                }
            }

            foreach (var mustNot in c.MustNotContain)
            {
                if (reading.ReplyText.Contains(mustNot, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{c.File}: quoted \"{mustNot}\" leaked into [{reading.ReplyText}]");
                }
            }
        }

        foreach (var f in failures)
        {
            output.WriteLine(f);
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Automatic_replies_state_their_return_date()
    {
        var reader = new ReplyReader();
        foreach (var c in Cases.Where(c => c.ReturnDate is not null))
        {
            var reading = ReadFile(reader, Path.Combine(CorpusPaths.GoldenCorpus, c.File));
            Assert.True(c.ReturnDate == reading.ReturnDate, $"{c.File}: expected return {c.ReturnDate}, got {reading.ReturnDate}");
        }
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<GoldenCase> LoadCases()
    {
        var list = new List<GoldenCase>();
        foreach (var line in File.ReadLines(Path.Combine(CorpusPaths.GoldenCorpus, "manifest.jsonl")))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            var verdict = JsonSerializer.Deserialize<ReplyVerdict>(JsonSerializer.Serialize(e.GetProperty("verdict").GetString()));
            list.Add(new GoldenCase(
                e.GetProperty("file").GetString()!,
                verdict,
                e.GetProperty("language").GetString()!,
                e.GetProperty("client").GetString()!,
                e.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                e.GetProperty("mustContain").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                e.GetProperty("mustNotContain").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                e.TryGetProperty("returnDate", out var rd) ? DateOnly.Parse(rd.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null));
        }

        return list;
    }
}
