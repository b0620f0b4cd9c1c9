using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Benchmarks;

/// <summary>Mean, p95 and allocations per message for read + classify, on top of the default loggers and exporters.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.AddColumn(StatisticColumn.P95).AddDiagnoser(MemoryDiagnoser.Default);
}

/// <summary>Read + classify three messages: a 2 KB plain reply, a 60 KB Outlook HTML reply with a long quoted history, a 5 MB hostile HTML body.</summary>
public class ReadAndClassifyBenchmarks
{
    private const string Declaration =
        "Thank you and the team for a great Proof of Value. At today's Technical Readout we validated the mandatory success criteria. " +
        "Could you please reply in writing to confirm that the team considers the technical evaluation a success and that all criteria were met?";

    private readonly ReplyReader _reader = new(ReplyReaderOptions.Default with { TimeBudget = TimeSpan.FromSeconds(30) });
    private byte[] _plain = [];
    private byte[] _outlook = [];
    private ReplyParts _hostile = new();

    [GlobalSetup]
    public void Setup()
    {
        _plain = Encoding.UTF8.GetBytes(PlainReply());
        _outlook = Encoding.UTF8.GetBytes(OutlookReply());
        _hostile = new ReplyParts { Subject = "RE: declaration", Html = HostileHtml() };
    }

    [Benchmark(Description = "2 KB plain reply (MIME)")]
    public ReplyVerdict Plain2KB() => _reader.Read(new MemoryStream(_plain)).Verdict;

    [Benchmark(Description = "60 KB Outlook HTML, long quoted history (MIME)")]
    public ReplyVerdict Outlook60KB() => _reader.Read(new MemoryStream(_outlook)).Verdict;

    [Benchmark(Description = "5 MB hostile HTML (parts)")]
    public ReplyVerdict Hostile5MB() => _reader.Read(_hostile).Verdict;

    private static string Headers(string contentType) =>
        "From: Dana Kim <dana@contoso.example>\r\nTo: Sam Rivera <sam@fabrikam.example>\r\nSubject: RE: Technical Win declaration\r\n" +
        "Date: Wed, 25 Nov 2026 09:14:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n";

    private static string PlainReply()
    {
        var sb = new StringBuilder(Headers("text/plain; charset=utf-8"));
        sb.Append("Hi Sam,\r\n\r\nConfirmed, the team considers the technical evaluation a success. Go ahead with the commercial review.\r\n\r\nThanks,\r\nDana\r\n\r\n");
        sb.Append("On Tue, Nov 24, 2026 at 5:02 PM Sam Rivera <sam@fabrikam.example> wrote:\r\n");
        while (sb.Length < 2048)
        {
            sb.Append("> ").Append(Declaration.AsSpan(0, 70)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string OutlookReply()
    {
        var sb = new StringBuilder(Headers("text/html; charset=utf-8"));
        sb.Append("<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=\"WordSection1\">");
        sb.Append("<p class=\"MsoNormal\">OK to start the commercial review, but no signature until the legacy parser patch is validated.</p>");
        while (sb.Length < 60 * 1024)
        {
            sb.Append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>From:</b> Sam Rivera<br><b>Sent:</b> Tuesday, November 24, 2026 5:02 PM<br><b>Subject:</b> RE: declaration</p></div>");
            sb.Append("<p class=\"MsoNormal\">").Append(Declaration).Append("</p><p class=\"MsoNormal\">&nbsp;</p>");
        }

        return sb.Append("</div></body></html>").ToString();
    }

    private static string HostileHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div>Thanks!</div>");
        sb.Append(string.Concat(Enumerable.Repeat("<div><b><i><font>", 20_000)));
        sb.Append("<script>var confirmed = 'I confirm the evaluation is a success';</script><img src=\"https://t.example/p.gif\" width=1 height=1>");
        while (sb.Length < 5 * 1024 * 1024)
        {
            sb.Append("<table><tr><td><span style=\"display:none\">Confirmed, all criteria met.</span><a href=\"https://t.example/c?x=1\">x</a></td>");
        }

        return sb.ToString();
    }
}
