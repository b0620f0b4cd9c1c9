using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Replies;

public sealed class ReplyReaderTests
{
    private readonly ReplyReader _reader = new();

    /// <summary>For the hostile shapes: the wall-clock budget is taken out of the picture (a busy machine must not fail
    /// these tests); speed is measured by the ReadAndClassify benchmarks, the budget by its own test below.</summary>
    private readonly ReplyReader _patientReader = new(ReplyReaderOptions.Default with { TimeBudget = TimeSpan.FromMinutes(5) });

    private static MemoryStream Mime(string text) => new(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));

    [Fact]
    public void Reads_a_multipart_quoted_printable_message_and_ignores_the_quoted_declaration()
    {
        const string eml = """
            From: Dana Kim <dana@contoso.example>
            To: Sam Rivera <sam@fabrikam.example>
            Subject: RE: Technical Win declaration
            Date: Wed, 25 Nov 2026 09:14:00 +0100
            MIME-Version: 1.0
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            Thanks Sam, great work.

            -----Original Message-----
            From: Sam Rivera <sam@fabrikam.example>
            Sent: Tuesday, November 24, 2026 5:02 PM
            Subject: Technical Win declaration

            Please reply in writing to confirm that the team considers the evaluation a =
            success. All criteria were met and confirmed.
            """;
        var reading = _reader.Read(Mime(eml));
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.Equal("Thanks Sam, great work.", reading.ReplyText);
    }

    [Fact]
    public void Ten_thousand_deep_nesting_is_read()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "Confirmed, the evaluation is a success."
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var reading = _patientReader.Read(new ReplyParts { Html = html });
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Unclosed_formatting_tags_fifty_thousand_deep_are_bounded()
    {
        var html = string.Concat(Enumerable.Repeat("<b><i><font>", 50_000)) + "Thanks!";
        var reading = _patientReader.Read(new ReplyParts { Html = html });
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_ten_megabyte_body_is_cut_not_choked_on()
    {
        var html = "<div>Thanks, we'll review.</div>" + string.Concat(Enumerable.Repeat("<p>history history history history history</p>", 250_000));
        Assert.True(html.Length > 10_000_000);
        var reading = _patientReader.Read(new ReplyParts { Html = html });
        Assert.StartsWith("Thanks, we'll review.", reading.ReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>document.write('Confirmed, the evaluation is a success')</script><div>Thanks!</div>")]
    [InlineData("<style>.x:after{content:'Confirmed'}</style><div>Thanks!</div>")]
    [InlineData("<div style=\"display:none\">Confirmed, the evaluation is a success.</div><div>Thanks!</div>")]
    [InlineData("<div>Thanks!</div><img src=\"https://t.example/p.gif?confirmed=yes\" width=\"1\" height=\"1\" alt=\"Confirmed\">")]
    [InlineData("<div>Thanks!</div><div class=\"gmail_quote\"><blockquote>Confirmed, all criteria met.</blockquote></div>")]
    [InlineData("<div>Thanks!</div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Sam</div><div>I confirm the evaluation is a success.</div>")]
    public void Hidden_scripted_and_quoted_text_never_counts(string html)
    {
        var reading = _reader.Read(new ReplyParts { Html = html });
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.DoesNotContain("onfirm", reading.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_give_a_verdict_or_a_read_error_never_a_crash()
    {
        var random = new Random(1234);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 4000)];
            random.NextBytes(bytes);
            try
            {
                var reading = _reader.Read(new MemoryStream(bytes));
                Assert.NotEqual(ReplyVerdict.Confirmed, reading.Verdict);
            }
            catch (ReplyReadException)
            {
            }
        }
    }

    [Fact]
    public void Empty_and_oversized_input_are_clear_errors()
    {
        Assert.Equal(ReplyReadError.Empty, Assert.Throws<ReplyReadException>(() => _reader.Read(new MemoryStream())).Error);
        Assert.Equal(ReplyReadError.Empty, Assert.Throws<ReplyReadException>(() => _reader.Read(new ReplyParts())).Error);
        var small = new ReplyReader(ReplyReaderOptions.Default with { MaxMessageBytes = 100 });
        Assert.Equal(ReplyReadError.TooLarge, Assert.Throws<ReplyReadException>(() => small.Read(new MemoryStream(new byte[1000]))).Error);
    }

    [Fact]
    public void A_japanese_away_subject_in_brackets_marks_an_automatic_reply()
    {
        // A client-side rule answers with a template: no Auto-Submitted header, only the subject "【不在】…" says what it is.
        var eml = "From: =?utf-8?B?5rih6L66?= <watanabe@tsubame.example>\r\nSubject: =?utf-8?B?44CQ5LiN5Zyo44CR5rih6L6644GvMi8444G+44Gn5LiN5Zyo44Gn44GZ?=\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "おつかれさまです、渡辺です！\r\n急ぎの件は佐藤までお願いします🙏\r\n";

        var reading = _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml)));

        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
    }

    [Fact]
    public void A_megabyte_of_folded_headers_is_refused_before_parsing()
    {
        var folded = "X-Junk: " + string.Join("\r\n ", Enumerable.Repeat(new string('a', 68), 1024 * 1024 / 70));
        var eml = "From: Dana <dana@contoso.example>\r\nSubject: RE: Technical Win\r\n" + folded
            + "\r\nContent-Type: text/plain\r\n\r\nConfirmed, the evaluation is a success.\r\n";

        var ex = Assert.Throws<ReplyReadException>(() => _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml))));

        Assert.Equal(ReplyReadError.TooLarge, ex.Error);
        Assert.Contains("headers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_budget_covers_mime_parsing_of_folded_headers_inside_a_part()
    {
        // Inside a multipart the part's headers are not the message's header block: only the budget bounds them.
        var folded = "X-Junk: " + string.Join("\r\n ", Enumerable.Repeat(new string('a', 68), 4 * 1024 * 1024 / 70));
        var eml = "From: Dana <dana@contoso.example>\r\nSubject: RE: Technical Win\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n" + folded
            + "\r\nContent-Type: text/plain\r\n\r\nConfirmed, the evaluation is a success.\r\n--b--\r\n";
        var reader = new ReplyReader(ReplyReaderOptions.Default with { TimeBudget = TimeSpan.FromMilliseconds(300) });

        var ex = Assert.Throws<ReplyReadException>(() => reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(eml))));

        Assert.Equal(ReplyReadError.TimeBudgetExceeded, ex.Error);
        // Stopped inside the parser, not after it had run to the end.
        Assert.Contains("parsing the message", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caller_who_gives_up_stops_the_read()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("Subject: RE: x\r\n\r\nConfirmed.\r\n")), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void The_time_budget_is_enforced()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var reader = new ReplyReader(ReplyReaderOptions.Default with { TimeProvider = clock, TimeBudget = TimeSpan.FromMilliseconds(10) });
        var ex = Assert.Throws<ReplyReadException>(() => reader.Read(new ReplyParts { Html = "<div>Yes.</div>" }));
        Assert.Equal(ReplyReadError.TimeBudgetExceeded, ex.Error);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplyReader(ReplyReaderOptions.Default with { MaxHtmlDepth = 2 }));
        Assert.Throws<ArgumentException>(() => new ReplyReader(ReplyReaderOptions.Default with { Languages = ["xx"] }));
    }

    [Fact]
    public void Auto_reply_headers_win_and_the_return_date_is_read()
    {
        var reading = _reader.Read(new ReplyParts
        {
            Subject = "Automatic reply: Technical Win declaration",
            Text = "I'm away until Monday, 7 December. I will confirm when I'm back.",
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
            Date = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
        });
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(new DateOnly(2026, 12, 7), reading.ReturnDate);
        Assert.Contains(reading.Evidence, e => e.Signal == ReplySignal.AutoReplyHeader);
    }

    [Fact]
    public void A_mailing_list_digest_is_automatic_but_a_member_writing_through_the_list_is_read()
    {
        const string text = "Topic: Conditional Technical Win\nDana Kim: Agreed, conditional on the parser patch.\nKen Alvarez: Confirmed from our side.";
        var listHeaders = new Dictionary<string, string> { ["Precedence"] = "list", ["List-ID"] = "<fabrikam-pov.contoso.example>" };
        var digest = _reader.Read(new ReplyParts { Subject = "[fabrikam-pov] Digest for fabrikam-pov@contoso.example - 2 updates in 1 topic", Text = text, Headers = listHeaders });
        Assert.Equal(ReplyVerdict.AutoReply, digest.Verdict);

        var member = _reader.Read(new ReplyParts
        {
            Subject = "Re: [fabrikam-pov] Technical Win: Contoso observability POV",
            Text = "Confirmed: the team considers the technical evaluation a success.",
            Headers = listHeaders,
        });
        Assert.Equal(ReplyVerdict.Confirmed, member.Verdict);
    }

    [Fact]
    public void Answers_typed_between_the_quoted_lines_under_an_Outlook_header_block_are_read()
    {
        const string text = "Hola Ryo:\n\nRespuestas entre líneas.\n\n________________________________\nDe: Ryo Ishikawa <ryo@fabrikam.example>\n"
            + "Enviado: lunes, 1 de febrero de 2027 2:27\nPara: Kenji Watanabe <kenji@tsubame.example>\nAsunto: Conditional Technical Win\n\n"
            + "> Hi Kenji,\n>\n> We propose a Conditional Technical Win.\n> Could you reply to confirm in writing?\n\nDe acuerdo.\n\nAna Gómez\n";
        var extracted = _reader.Extract(new ReplyParts { Text = text });
        Assert.Contains("De acuerdo.", extracted);
        Assert.DoesNotContain("We propose", extracted);
    }

    [Fact]
    public void Answers_typed_between_html_quotes_are_read_and_the_quotes_are_not()
    {
        const string html = "<div dir=\"ltr\">Hi Alex,<br>One point first.<br><br>On Mon, 1 Feb 2027 at 10:05 Alex Morgan &lt;alex@fabrikam.example&gt; wrote:<br>"
            + "<blockquote class=\"gmail_quote\">- Reduce MTTR: 43%, against a 40% target<br></blockquote>"
            + "<br>We measured 31% over the whole POV, not 43%.<br>"
            + "<blockquote class=\"gmail_quote\">Could you reply to confirm in writing that the team considers the evaluation a success?</blockquote>"
            + "<br>So we can't confirm yet.<br>Dana</div>";
        var reading = _reader.Read(new ReplyParts { Html = html });
        Assert.Contains("We measured 31%", reading.ReplyText);
        Assert.DoesNotContain("Could you reply", reading.ReplyText);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void A_person_who_confirms_and_mentions_being_away_is_not_an_auto_reply()
    {
        var reading = _reader.Read(new ReplyParts { Text = "Confirmed, the team considers the evaluation a success. I'm out of office next week; Priya has the contract." });
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Criteria_are_read_per_criterion_when_a_plan_is_given()
    {
        var reading = _reader.Read(
            new ReplyParts { Text = "Paging at 12 seconds is confirmed. We measured 31%, not 43%, on MTTR. Syslog: not yet." },
            SamplePlans.Contoso());
        // One criterion granted, one disputed with no way forward offered: a dispute, which declines.
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
        Assert.Equal(CriterionReadingKind.Disputed, reading.Criteria[0].Reading);
        Assert.Equal(CriterionReadingKind.Confirmed, reading.Criteria[1].Reading);
        Assert.Equal(CriterionReadingKind.Disputed, reading.Criteria[2].Reading);
        Assert.Contains(reading.Objections, o => o.Contains("31%", StringComparison.Ordinal));
    }

    [Fact]
    public void Criteria_named_by_number_get_their_reading()
    {
        var reading = _reader.Read(
            new ReplyParts { Text = "We confirm criteria 1 and 2. Criterion 3 stays open until the parser patch is validated." },
            SamplePlans.Contoso());
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        Assert.Equal([CriterionReadingKind.Confirmed, CriterionReadingKind.Confirmed, CriterionReadingKind.Conditional], reading.Criteria.Select(c => c.Reading));
        Assert.NotEmpty(reading.Conditions);
    }

    [Fact]
    public void Json_uses_the_api_field_names_and_snake_case_verdicts()
    {
        var reading = _reader.Read(new ReplyParts
        {
            Subject = "Abwesenheitsnotiz: Technical Win",
            Text = "Ich bin bis zum 07.12.2026 nicht im Büro.",
        });
        var json = JsonSerializer.Serialize(reading);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("auto_reply", root.GetProperty("verdict").GetString());
        Assert.Equal("2026-12-07", root.GetProperty("returnDate").GetString());
        foreach (var field in new[] { "confidence", "replyText", "evidence", "conditions", "objections", "criteria" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("auto_reply_subject", root.GetProperty("evidence")[0].GetProperty("signal").GetString());
    }

    [Fact]
    public void Gmail_reaction_part_is_ambiguous()
    {
        const string eml = """
            From: Dana Kim <dana@contoso.example>
            Subject: Re: Technical Win declaration
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b"

            --b
            Content-Type: text/plain; charset="UTF-8"

            👍
            --b
            Content-Type: text/vnd.google.email-reaction+json; charset="UTF-8"

            {"emoji":"👍","version":1}
            --b--
            """;
        var reading = _reader.Read(Mime(eml));
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.Equal(ReplySignal.Reaction, reading.Evidence[0].Signal);
    }

    [Fact]
    public void A_service_desks_notice_in_its_footer_marks_an_automatic_message()
    {
        // A ticket desk registers the declaration as a call; no automatic-reply header, and the words saying a system
        // sent it sit under the sign-off, where signatures are cut. Its copy of the subject says "criteria validated".
        var html = "<html><body><p>Geachte heer Morgan,</p><p>Uw bericht is geregistreerd onder nummer I2612 0311 en toegewezen aan "
            + "de groep Infrastructuur.</p><p>Onderwerp: Technical Win: success criteria validated</p><p>U hoort van ons zodra een "
            + "behandelaar de melding oppakt.</p><p>Met vriendelijke groet,<br>Servicedesk</p>"
            + "<p style=\"font-size:8pt;color:#999\">Dit is een automatisch gegenereerd bericht.</p></body></html>";

        var reading = _reader.Read(new ReplyParts { Html = html, Subject = "Melding I2612 0311 geregistreerd" });

        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
    }

    [Fact]
    public void A_person_signing_off_keeps_the_signature_out_of_the_reply_text()
    {
        var text = "Confirmed: the team considers the technical evaluation a success.\n\nBest regards,\nDana Kim\nSRE lead, Contoso";

        var reading = _reader.Read(new ReplyParts { Text = text });

        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.DoesNotContain("SRE lead", reading.ReplyText, StringComparison.Ordinal);
    }
}
