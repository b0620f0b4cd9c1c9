using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutlookWin.Api.Tests.Replies;

/// <summary>
/// The standing hostile-input corpus, generated on every run and sent to the API's reader: MIME and HTML bombs,
/// folded and huge headers, charset lies and broken encodings, Unicode tricks. Each is answered with a clear status —
/// read (never as a confirmation it does not make) or refused with a ProblemDetails — never a 500 or a hang. Times and
/// memory are printed for the record, not asserted (speed lives in the benchmarks).
/// It runs in the tracking tests' collection, never beside them: its bombs take both cores and a gigabyte for a few
/// seconds, and a whole-product test must not see its webhook time out because of them.
/// </summary>
[Collection(TrackingTest.Collection)]
public sealed class HostileInputTests(SqliteTestDatabase database, ITestOutputHelper output) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private const string Head = "From: Dana Kim <dana@contoso.example>\r\nTo: Alex <se@fabrikam.example>\r\nSubject: RE: Technical Win\r\nMIME-Version: 1.0\r\n";
    private readonly OutlookWinApplication _app = new(database);

    [Fact]
    public async Task Every_hostile_input_gets_a_clear_answer_and_none_reads_as_a_confirmation()
    {
        var client = _app.ClientFor($"se-{Guid.NewGuid():N}@fabrikam.example");
        client.Timeout = TimeSpan.FromMinutes(2);
        var clean = 0;
        var worst = (Name: string.Empty, Time: TimeSpan.Zero);
        var failures = new List<string>();
        foreach (var (name, body, mediaType, mayConfirm) in Corpus())
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync("/api/replies/classify", content);
            var text = await response.Content.ReadAsStringAsync();
            watch.Stop();
            if (watch.Elapsed > worst.Time)
            {
                worst = (name, watch.Elapsed);
            }

            var status = (int)response.StatusCode;
            var verdict = response.IsSuccessStatusCode ? (string?)JsonNode.Parse(text)?["verdict"] : null;
            var ok = status is 200 or 400 or 413 or 415 or 422
                && (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                && (mayConfirm || verdict != "confirmed");
            output.WriteLine($"{(ok ? "ok  " : "FAIL")} {status} {verdict ?? JsonNode.Parse(text)?["title"]?.ToString(),-45} {watch.Elapsed.TotalMilliseconds,8:0} ms  {name} ({body.Length:N0} bytes)");
            if (ok)
            {
                clean++;
            }
            else
            {
                failures.Add($"{name}: {status} {text[..Math.Min(200, text.Length)]}");
            }
        }

        var total = Corpus().Count();
        output.WriteLine($"answered cleanly: {clean} of {total}; slowest: {worst.Name} in {worst.Time.TotalMilliseconds:0} ms; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        Assert.Empty(failures);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Name, body, media type, and whether a confirmation would be a right reading of it.</summary>
    private static IEnumerable<(string Name, byte[] Body, string MediaType, bool MayConfirm)> Corpus()
    {
        static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);
        const string Rfc822 = "message/rfc822";

        // MIME bombs.
        var nested = new StringBuilder(Head);
        for (var i = 0; i < 1000; i++)
        {
            nested.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }

        nested.Append("Content-Type: text/plain\r\n\r\nConfirmed, the evaluation is a success.\r\n");
        yield return ("multipart nested 1,000 deep", Bytes(nested.ToString()), Rfc822, true);

        var parts = new StringBuilder(Head).Append("Content-Type: multipart/mixed; boundary=\"p\"\r\n\r\n");
        for (var i = 0; i < 100_000; i++)
        {
            parts.Append("--p\r\nContent-Type: text/plain\r\n\r\nx\r\n");
        }

        yield return ("100,000 parts", Bytes(parts.Append("--p--\r\n").ToString()), Rfc822, false);

        var base64 = Convert.ToBase64String(new byte[15 * 1024 * 1024], Base64FormattingOptions.InsertLineBreaks);
        yield return ("15 MB base64 attachment", Bytes(Head + "Content-Type: multipart/mixed; boundary=\"a\"\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nThanks, we'll review.\r\n--a\r\n"
            + "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64 + "\r\n--a--\r\n"), Rfc822, false);
        yield return ("30 MB message (over the limit)", new byte[30 * 1024 * 1024], Rfc822, false);

        // Charset lies and broken encodings.
        yield return ("utf-16 declared, ASCII sent", Bytes(Head + "Content-Type: text/plain; charset=utf-16\r\n\r\nConfirmed, the evaluation is a success.\r\n"), Rfc822, true);
        yield return ("unknown charset", Bytes(Head + "Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nThanks!\r\n"), Rfc822, false);
        yield return ("ISO-2022-JP with stray escapes", [.. Bytes(Head + "Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n"), 0x1B, 0x24, 0x42, 0xFF, 0xFE, 0x1B, 0x28, 0x42, 0x0D, 0x0A], Rfc822, false);
        yield return ("quoted-printable with bad escapes", Bytes(Head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThanks =ZZ =\r\n=4\r\n"), Rfc822, false);
        yield return ("base64 with invalid characters", Bytes(Head + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!*** not base64 ***!!!\r\n"), Rfc822, false);
        yield return ("random bytes", RandomBytes(1 << 20), Rfc822, false);
        yield return ("NUL bytes in the body", [.. Bytes(Head + "Content-Type: text/plain\r\n\r\nThanks"), .. new byte[100_000], .. Bytes("\r\n")], Rfc822, false);

        // HTML bombs.
        yield return ("HTML nested 100,000 deep", Bytes(Head + "Content-Type: text/html\r\n\r\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Thanks!"), Rfc822, false);
        yield return ("1,000,000 paragraphs", Bytes(Head + "Content-Type: text/html\r\n\r\n<p>Thanks, we'll review.</p>" + string.Concat(Enumerable.Repeat("<p>", 1_000_000))), Rfc822, false);
        yield return ("5 MB attribute", Bytes(Head + "Content-Type: text/html\r\n\r\n<div title=\"" + new string('a', 5_000_000) + "\">Thanks!</div>"), Rfc822, false);
        yield return ("unclosed comment hiding a confirmation", Bytes(Head + "Content-Type: text/html\r\n\r\n<p>Thanks.</p><!-- Confirmed, the evaluation is a success. " + new string('x', 1_000_000)), Rfc822, false);

        // Headers.
        yield return ("4 MB folded header", Bytes("X-Junk: " + string.Join("\r\n ", Enumerable.Repeat(new string('a', 68), 4 * 1024 * 1024 / 70)) + "\r\n" + Head + "Content-Type: text/plain\r\n\r\nConfirmed.\r\n"), Rfc822, false);
        yield return ("10,000 headers", Bytes(string.Concat(Enumerable.Range(0, 10_000).Select(i => $"X-H{i}: {i}\r\n")) + Head + "Content-Type: text/plain\r\n\r\nThanks.\r\n"), Rfc822, false);
        yield return ("300 KB single-line subject", Bytes("Subject: " + new string('s', 300_000) + "\r\nFrom: d@contoso.example\r\n\r\nThanks.\r\n"), Rfc822, false);

        // Unicode.
        yield return ("zero-width and bidi controls in a refusal", Bytes(Head + "Content-Type: text/plain; charset=utf-8\r\n\r\nWe can\u200bt confirm the evaluation \u202Eis a success\u202C.\r\n"), Rfc822, false);
        yield return ("Cyrillic look-alike in a refusal", Bytes(Head + "Content-Type: text/plain; charset=utf-8\r\n\r\nN\u043et confirmed.\r\n"), Rfc822, false);
        yield return ("a million combining marks", Bytes(Head + "Content-Type: text/plain; charset=utf-8\r\n\r\nOK" + string.Concat(Enumerable.Repeat("\u0301", 1_000_000)) + "\r\n"), Rfc822, false);
        yield return ("lone surrogate in JSON", Bytes("{\"text\":\"Confirmed \\ud800 the evaluation\"}"), "application/json", true);
        yield return ("JSON nested 10,000 deep", Bytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), "application/json", false);
        yield return ("JSON with a 20 MB string", Bytes("{\"text\":\"" + new string('y', 20_000_000) + "\"}"), "application/json", false);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(4321).NextBytes(bytes);
        return bytes;
    }
}
