using System.Text;
using OutlookWin.Api.Hosting;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Reads two sample replies once at start, in the background, so the first prospect's reply after a deploy is not read
/// at the speed of a cold process: building the phrase sets of every language, the extraction patterns and the HTML
/// parser took about two seconds of that first reply's time to its verdict.
/// </summary>
public sealed class ReplyReaderWarmUp(ReplyReader reader, StartupWarmUp warmUp, ILogger<ReplyReaderWarmUp> log) : BackgroundService
{
    // An Outlook-style HTML reply over a quoted declaration, and a plain-text one with "On … wrote:" quoting.
    private const string HtmlSample = """
        From: Dana Kim <dana@contoso.example>
        To: Alex Morgan <alex@fabrikam.example>
        Subject: RE: Technical Win: Contoso observability POV
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="warm"

        --warm
        Content-Type: text/plain; charset=utf-8

        Confirmed, the team considers the evaluation a success.
        --warm
        Content-Type: text/html; charset=utf-8

        <html><body><div class="WordSection1"><p class="MsoNormal">Hi Alex,</p><p class="MsoNormal">Confirmed, the team considers
        the evaluation a success, but please wait for the parser patch before the contract.</p><div id="divRplyFwdMsg"><b>From:</b>
        Alex Morgan<br><b>Sent:</b> Tuesday, November 24, 2026 5:02 PM<br><b>Subject:</b> Technical Win</div>
        <p>Could you please reply in writing to confirm that the team considers the technical evaluation a success?</p></div></body></html>
        --warm--
        """;

    private const string TextSample = """
        Hallo Alex, wir können das noch nicht bestätigen: Wir haben 31 % gemessen, nicht 43 %.

        On Tue, Nov 24, 2026 at 5:02 PM Alex Morgan <alex@fabrikam.example> wrote:
        > Could you please reply in writing to confirm that the team considers the technical evaluation a success?
        """;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                using var html = new MemoryStream(Encoding.UTF8.GetBytes(HtmlSample.ReplaceLineEndings("\r\n")));
                reader.Read(html, null, stoppingToken);
                reader.Read(new ReplyParts { Text = TextSample, Subject = "Re: Technical Win" }, null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only a warm-up: the first real reply pays the cost instead.
                log.LogDebug(e, "Warming the reply reader up failed");
            }
            finally
            {
                warmUp.Finished(StartupWarmUp.ReplyReader);
            }
        },
        stoppingToken);
}
