using System.Diagnostics;
using System.Text.Json;

namespace OutlookWin.Cli.Tests;

public sealed class ReplyCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("outlookwin-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, List<JsonElement> Lines, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ReplyCommands.Run(args, stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public void Classify_prints_one_json_object_per_file_with_the_api_fields()
    {
        var txt = Write("yes.txt", "Confirmed, the team considers the evaluation a success.\n\nOn Tue, Nov 24, 2026 at 5:02 PM Sam <sam@x.example> wrote:\n> Please confirm.\n");
        var html = Write("thumb.html", "<div>👍</div><div class=\"gmail_quote\">Please confirm the evaluation is a success.</div>");
        var eml = Write("ooo.eml", "From: Dana <dana@contoso.example>\r\nSubject: Automatic reply: declaration\r\nAuto-Submitted: auto-replied\r\nDate: Wed, 25 Nov 2026 09:14:00 +0100\r\n\r\nI am out of the office until 3 December.\r\n");

        var (code, lines, _) = Run("classify", txt, html, eml);

        Assert.Equal(0, code);
        Assert.Equal(3, lines.Count);
        Assert.Equal(["confirmed", "ambiguous", "auto_reply"], lines.Select(l => l.GetProperty("verdict").GetString()));
        Assert.Equal(txt, lines[0].GetProperty("file").GetString());
        foreach (var field in new[] { "file", "verdict", "confidence", "replyText", "evidence", "conditions", "objections", "returnDate", "criteria" })
        {
            Assert.True(lines[0].TryGetProperty(field, out _), field);
        }

        Assert.Equal("2026-12-03", lines[2].GetProperty("returnDate").GetString());
        Assert.Equal("👍", lines[1].GetProperty("replyText").GetString());
    }

    [Fact]
    public void Extract_prints_file_and_reply_text_only()
    {
        var txt = Write("reply.txt", "Thanks!\n\n-----Original Message-----\nFrom: Sam\nSent: today\n\nPlease confirm.\n");
        var (code, lines, _) = Run("extract", txt);
        Assert.Equal(0, code);
        var line = Assert.Single(lines);
        Assert.Equal(["file", "replyText"], line.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Thanks!", line.GetProperty("replyText").GetString());
    }

    [Fact]
    public void An_unreadable_file_gets_an_error_line_the_rest_go_on_and_the_exit_code_is_1()
    {
        var good = Write("good.txt", "Yes.");
        var empty = Write("empty.eml", "");
        var missing = Path.Combine(_dir, "missing.eml");
        var odd = Write("notes.pdf", "%PDF");

        var (code, lines, _) = Run("classify", missing, good, empty, odd);

        Assert.Equal(1, code);
        Assert.Equal(4, lines.Count);
        Assert.Equal(["file", "error"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("file not found", lines[0].GetProperty("error").GetString());
        Assert.Equal("confirmed", lines[1].GetProperty("verdict").GetString());
        Assert.StartsWith("Empty", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("unsupported", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("classify")]
    [InlineData("frobnicate", "x.eml")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, lines, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.NotEmpty(err);
    }

    private const string Plan = """
        { "prospect": "Contoso", "dealName": "Contoso observability POV", "povStart": "2026-11-10", "povEnd": "2026-11-24",
          "accountExecutive": {"name": "Jordan Lee", "email": "jordan@fabrikam.example"},
          "leadEngineer": {"name": "Dana Kim", "email": "dana@contoso.example"},
          "economicBuyer": {"name": "Priya Shah", "title": "VP of Engineering", "email": "priya@contoso.example"},
          "criteria": [
            {"title": "Reduce MTTR", "metric": "MTTR reduction", "unit": "percent", "target": 40, "measured": 43, "status": "proven"},
            {"title": "Page on-call fast", "metric": "time to page on-call", "unit": "seconds", "direction": "lower_is_better", "target": 30, "measured": 12, "status": "proven"} ] }
        """;

    [Fact]
    public void With_a_plan_the_reply_is_read_against_its_criteria()
    {
        var plan = Write("plan.json", Plan);
        var reply = Write("mttr.txt", "Confirmed: the MTTR reduction was met, and paging on-call is fast enough too.");

        var (code, lines, _) = Run("classify", "--plan", plan, reply);
        var (_, without, _) = Run("classify", reply);

        Assert.Equal(0, code);
        var criteria = lines.Single().GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Reduce MTTR", "Page on-call fast"], criteria);
        Assert.Empty(without.Single().GetProperty("criteria").EnumerateArray());
    }

    [Fact]
    public void A_plan_that_does_not_read_is_a_usage_error_naming_the_field()
    {
        var plan = Write("bad.json", Plan.Replace("\"povEnd\": \"2026-11-24\"", "\"povEnd\": \"2026-11-01\"", StringComparison.Ordinal));
        var reply = Write("yes.txt", "Confirmed.");

        var (code, lines, err) = Run("classify", "--plan", plan, reply);
        var (missing, _, _) = Run("classify", "--plan", Path.Combine(_dir, "none.json"), reply);
        var (noFile, _, noFileErr) = Run("classify", "--plan", plan);

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("povEnd", err, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Equal(2, noFile);
        Assert.NotEmpty(noFileErr);
    }

    [Fact]
    public void The_built_command_is_named_outlookwin_and_runs()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "outlookwin.dll");
        Assert.True(File.Exists(dll), dll);
        var file = Write("run.txt", "Looks pretty good!");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "classify", file })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("ambiguous", JsonDocument.Parse(stdout.Trim()).RootElement.GetProperty("verdict").GetString());
    }
}
