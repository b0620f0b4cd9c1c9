using System.Text;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>
/// One test per kind of reply that real inboxes showed the reader getting wrong. The examples are written here, for
/// the kind, not copied from any corpus.
/// </summary>
public sealed class ReplyKindsTests
{
    private readonly ReplyReader _reader = new();

    private static readonly SuccessPlan Conditional = SamplePlans.Contoso();
    private static readonly SuccessPlan Full = SamplePlans.ContosoFull();

    /// <summary>A conditional plan whose pending criterion is measured in hours (onboarding, 4 h or less; 9 h before the fix).</summary>
    private static readonly SuccessPlan OnboardingPending = SamplePlans.Contoso() with
    {
        Criteria =
        [
            .. SamplePlans.Contoso().Criteria.Take(2),
            new Criterion("Fast site onboarding", "new site onboarding time", "hours", MetricDirection.LowerIsBetter,
                MetricValue.Of(4m), MetricValue.Of(9m), CriterionStatus.Blocked, true, new Blocker("collector auto-deploy package", new DateOnly(2026, 12, 10))),
        ],
    };

    private ReplyReading Mime(string raw, SuccessPlan? plan = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n")));
        return _reader.Read(stream, plan);
    }

    private ReplyReading Bytes(byte[] raw, SuccessPlan? plan = null)
    {
        using var stream = new MemoryStream(raw);
        return _reader.Read(stream, plan);
    }

    private ReplyReading Text(string text, SuccessPlan? plan = null, string subject = "RE: Technical Win: Contoso observability POV") =>
        _reader.Read(new ReplyParts { Text = text, Subject = subject }, plan);

    [Fact]
    public void A_read_receipt_is_automatic()
    {
        var reading = Mime("""
            From: Dana Kim <dana@contoso.example>
            To: alex@fabrikam.example
            Subject: Technical Win: Contoso observability POV
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Your message to Dana Kim was read on Wednesday, 25 November 2026 09:12. Confirmed as displayed.
            --b1
            Content-Type: message/disposition-notification

            Final-Recipient: rfc822;dana@contoso.example
            Disposition: manual-action/MDN-sent-manually; displayed
            --b1--
            """);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(AutomaticKind.ReadReceipt, reading.Automatic);
    }

    [Fact]
    public void A_non_delivery_report_says_the_declaration_was_not_delivered()
    {
        var reading = Mime("""
            From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam.example>
            To: alex@fabrikam.example
            Subject: Undeliverable: Technical Win: Contoso observability POV
            Auto-Submitted: auto-replied
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Your message to dana@contoso.invalid couldn't be delivered.
            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mail.fabrikam.example

            Final-Recipient: rfc822; dana@contoso.invalid
            Action: failed
            Status: 5.1.10
            --b1--
            """);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(AutomaticKind.DeliveryReport, reading.Automatic);
        Assert.Contains("delivery report", reading.Explanation, StringComparison.Ordinal);
        // A person's reply has no automatic kind, and its canonical text (hashed into the evidence chain) has no such
        // key, as before the kind existed.
        var person = Text("Confirmed, the evaluation is a success.", Full);
        Assert.Null(person.Automatic);
        Assert.DoesNotContain("automatic", person.CanonicalJson(), StringComparison.Ordinal);
        Assert.Contains("\"automatic\":\"delivery_report\"", reading.CanonicalJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bounce_from_the_mail_system_is_automatic()
    {
        var reading = Mime("""
            From: Mail Delivery System <MAILER-DAEMON@mx.contoso.example>
            To: alex@fabrikam.example
            Subject: Warning: message delayed
            Content-Type: text/plain

            This is an automatically generated message. Your message has not been delivered yet; no action is required, we will keep trying.
            """);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
    }

    [Theory]
    [InlineData("While paging on-call met its target easily, I'm not able to confirm the evaluation as a whole yet.")]
    [InlineData("Yes, the dashboards looked great, but we cannot approve this as a success.")]
    [InlineData("Obwohl die MTTR-Werte überzeugen, können wir die Evaluierung so nicht bestätigen.")]
    public void A_concession_followed_by_a_refusal_is_not_a_confirmation(string text)
    {
        var reading = Text(text, Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Before we agree to anything, can you walk our architect through the retention settings?")]
    [InlineData("Happy with the numbers overall. Once legal has read the stipulation we'll confirm - could you send them the wording?")]
    public void A_question_on_which_agreement_waits_is_no_answer_yet(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed for Thursday 2pm, room 4B.")]
    [InlineData("Yes — the office address works for the dinner.")]
    [InlineData("Bestätigt, Donnerstag 14 Uhr passt für das Abschlussmeeting.")]
    public void A_confirmation_of_a_side_question_is_not_about_the_evaluation(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("We confirm the MTTR reduction and the paging time. Nothing to add for now.")]
    [InlineData("MTTR: confirmed. Paging: confirmed. Syslog ingestion we want to run once more against the old relays before we sign off on it.")]
    public void Confirming_some_criteria_by_name_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Agreed.")]
    [InlineData("Confirmed, go ahead.")]
    [InlineData("Einverstanden.")]
    public void Agreeing_to_a_conditional_declaration_accepts_the_conditional_win(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
        Assert.Equal(ReplyVerdict.Conditional, Text(text, plan: null, subject: "RE: Conditional Technical Win: Contoso observability POV").Verdict);
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("石川様\nお世話になっております。\n本件、社内で確認のうえ、改めてご連絡いたします。")]
    [InlineData("検証結果については上長に確認してから回答します。")]
    public void A_japanese_promise_to_check_internally_is_not_a_confirmation(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("iso-2022-jp", "評価は成功と判断します。")]
    [InlineData("shift_jis", "評価は成功と判断します。")]
    [InlineData("euc-jp", "評価は成功と判断します。")]
    [InlineData("windows-1252", "Bestätigt – wir betrachten die Evaluierung als Erfolg.")]
    [InlineData("iso-8859-15", "Confirmé : l'évaluation est un succès, à nos yeux.")]
    [InlineData("iso-8859-1", "Confirmado, consideramos la evaluación un éxito.")]
    public void Bodies_in_every_charset_the_reader_claims_are_decoded(string charset, string text)
    {
        var encoding = Encoding.GetEncoding(charset);
        var header = Encoding.ASCII.GetBytes(
            "From: dana@contoso.example\r\nSubject: RE: Technical Win\r\nMIME-Version: 1.0\r\n" +
            $"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: {(charset == "iso-2022-jp" ? "7bit" : "8bit")}\r\n\r\n");
        var reading = Bytes([.. header, .. encoding.GetBytes(text + "\r\n")], Full);
        Assert.Contains(text.TrimEnd('.', '。')[..6], reading.ReplyText, StringComparison.Ordinal);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_reply_forwarded_as_an_attachment_is_read_from_the_attachment()
    {
        var reading = Mime("""
            From: Sam Ortiz <sam@contoso.example>
            To: alex@fabrikam.example
            Subject: FW: Technical Win: Contoso observability POV
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: text/plain; charset=utf-8

            Alex, forwarding Dana's reply - it bounced on her side.

            --outer
            Content-Type: message/rfc822
            Content-Disposition: attachment; filename="RE Technical Win.eml"

            From: Dana Kim <dana@contoso.example>
            To: alex@fabrikam.example
            Subject: RE: Technical Win: Contoso observability POV
            Content-Type: text/plain; charset=utf-8

            Confirmed: the team considers the technical evaluation a success.

            --outer--
            """, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.Contains("attached message from", reading.Explanation, StringComparison.Ordinal);
        Assert.Contains("dana@contoso.example", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cover_note_over_a_portuguese_outlook_forward_reads_no_answer_into_the_forward_header()
    {
        // Portuguese Outlook heads a forward "De: / Enviada: / Para: / Assunto:"; the subject in that header block (the
        // declaration's "Conditional Technical Win … criteria validated") is no answer of anybody's.
        var reading = Text("""
            Exmo. Senhor, acuso a receção do seu e-mail, que a Eng.ª Sanne de Vries lhe reencaminhou. O Eng.º Rui Carvalho responder-lhe-á logo que possível.

            Patrícia Lopes

            De: Sanne de Vries <sanne.devries@brightwater.example>
            Enviada: sábado, 30 de janeiro de 2027 17:31
            Para: Rui Carvalho <rui.carvalho@brightwater.example>
            Assunto: FW: Conditional Technical Win: Brightwater SIEM POV — 2 of 3 criteria validated

            Rui, see below. Let's decide together, I'd like your view before I reply.
            """, Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.DoesNotContain("Enviada", reading.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_comments_are_read_where_the_writer_points_to_them_not_after_the_signature_and_legal_footer()
    {
        // The answers sit in the quoted declaration, below a signature and a legal footer, which end the reply's text:
        // they are read where "see my comments in blue below" points.
        var html = """
            <div class="WordSection1">
            <p class="MsoNormal">Noor,<o:p></o:p></p>
            <p class="MsoNormal">Zie mijn opmerkingen in het blauw hieronder.<o:p></o:p></p>
            <p class="MsoNormal">Sanne<o:p></o:p></p>
            <p class="MsoNormal"><span style="font-size:10.0pt;color:#404040">Sanne de Vries</span></p>
            <p class="MsoNormal"><span style="font-size:10.0pt;color:#404040">Lead Security Engineer | Brightwater Nederland B.V.</span></p>
            <p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, stel dan de afzender op de hoogte en verwijder dit bericht.</span></p>
            <div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
            <p class="MsoNormal"><b>Van:</b> Noor El Amrani &lt;noor@fabrikam.example&gt;<br><b>Onderwerp:</b> Conditional Technical Win</p></div></div>
            <p class="MsoNormal">Cut alert noise (false-positive rate): 3.2%, against a target of 5% or less</p>
            <p class="MsoNormal" style="margin-left:36.0pt"><b><span style="color:#0070C0">[SdV] Nee. Inclusief de firewall-logs kwamen we op 6,1%, dus boven de 5%. Dit criterium is nog niet gehaald.</span></b></p>
            <p class="MsoNormal">Sanne, could you reply to confirm in writing that the Brightwater team agrees to this Conditional Technical Win?</p>
            <p class="MsoNormal" style="margin-left:36.0pt"><b><span style="color:#0070C0">[SdV] Niet akkoord zolang het percentage niet opnieuw is gemeten.</span></b></p>
            </div>
            """;
        var reading = _reader.Read(new ReplyParts { Html = html, Subject = "RE: Conditional Technical Win" });
        Assert.Contains("6,1%", reading.ReplyText, StringComparison.Ordinal);
        Assert.True(reading.ReplyText.IndexOf("6,1%", StringComparison.Ordinal) < reading.ReplyText.IndexOf("Sanne de Vries", StringComparison.Ordinal));
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void An_answer_typed_into_the_subject_over_an_empty_body_is_read()
    {
        var reading = _reader.Read(new ReplyParts { Text = "\n\nGet Outlook for Android\n", Subject = "CONFIRMED, eval successful (eom) Re: Technical Win: Contoso observability POV" }, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.StartsWith("Read from the subject line", reading.Explanation, StringComparison.Ordinal);
        Assert.Equal("CONFIRMED, eval successful", reading.ReplyText);

        // A body that says something is read as it stands; the subject's words do not outvote it.
        var body = _reader.Read(new ReplyParts { Text = "Thanks, I'll look at it with Priya on Monday.", Subject = "Agreed - RE: Technical Win: Contoso observability POV" }, Full);
        Assert.NotEqual(ReplyVerdict.Confirmed, body.Verdict);
    }

    [Theory]
    [InlineData("Agreed - RE: Conditional Technical Win: Contoso", "Agreed")]
    [InlineData("OK for us (eom) AW: Technical Win", "OK for us")]
    [InlineData("Akkoord | Antw: Technical Win", "Akkoord")]
    [InlineData("RE: Technical Win: Contoso observability POV", null)]
    [InlineData("Technical Win: Contoso observability POV", null)]
    [InlineData("[EXTERNAL] RE: Technical Win", "EXTERNAL")]
    [InlineData("(eom) RE: Technical Win", null)]
    public void The_words_typed_before_a_subjects_reply_prefix_are_found(string subject, string? expected)
    {
        Assert.Equal(expected, ReplyReader.SubjectAnswer(subject));
    }

    [Fact]
    public void Outlook_inline_comments_in_colour_are_the_answer()
    {
        var html = """
            <div><p class="MsoNormal">See my comments in green below.</p></div>
            <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
            <p class="MsoNormal"><b>From:</b> Alex Morgan &lt;alex@fabrikam.example&gt;<br><b>Sent:</b> Tuesday<br><b>Subject:</b> Technical Win</p></div>
            <p class="MsoNormal">MTTR reduction: 43%, against a 40% target</p>
            <p class="MsoNormal"><span style="color:#00B050">Agreed, our numbers say the same.</span></p>
            <p class="MsoNormal">Dana, could you reply to confirm in writing that the Contoso team considers the technical evaluation a success?</p>
            <p class="MsoNormal"><span style="color:#00B050">Confirmed, it was a success.</span></p>
            """;
        var reading = _reader.Read(new ReplyParts { Html = html, Subject = "RE: Technical Win" }, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.DoesNotContain("could you reply", reading.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_answers_under_each_quoted_point_are_the_answer()
    {
        var reading = Text("""
            Answers below.

            On Tue, 24 Nov 2026 at 17:42, Alex Morgan <alex@fabrikam.example> wrote:
            > - MTTR reduction: 43%, against a 40% target

            Agreed.

            > Could you reply to confirm in writing that the team considers the evaluation a success?

            Yes, confirmed.
            """, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_corrected_figure_that_still_beats_the_target_is_still_a_confirmation()
    {
        var reading = Text("Confirmed, the evaluation was a success. One correction for the record: paging took 15 seconds, not 12 seconds - still well under the 30.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_corrected_figure_that_misses_the_target_is_a_dispute()
    {
        var reading = Text("One correction: paging took 41 seconds, not 12 seconds.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Security here. Please don't confirm anything yet: the collector's outbound rules are a blocker until our review closes.")]
    [InlineData("We're holding off on any sign-off: there's a spending freeze until Q1.")]
    [InlineData("Ainda não podemos confirmar: o time jurídico precisa revisar a cláusula do patch.")]
    public void Stopping_or_holding_off_is_a_refusal(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Could we extend the trial licence by two weeks so the night shift can try it?")]
    [InlineData("Dana Kim\nLead SRE | Contoso\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential. If you are not the intended recipient, do not read, copy or forward it; it is not an acceptance of any offer.")]
    public void Non_answers_are_ambiguous(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void Full_width_digits_in_a_return_date_are_read()
    {
        var reading = _reader.Read(new ReplyParts
        {
            Subject = "自動応答: Technical Win",
            Text = "誠に勝手ながら、１２月７日まで不在にしております。",
            Date = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(9)),
        });
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(new DateOnly(2026, 12, 7), reading.ReturnDate);
    }

    [Theory]
    [InlineData("We can\u200bt confirm the evaluation.")]
    [InlineData("N\u043et confirmed.")]
    [InlineData("We cannot confirm\u202e.demrifnoc\u202c")]
    [InlineData("Con\u00adfirmed, the evaluation was a success.")]
    public void Invisible_and_look_alike_characters_never_make_a_confirmation(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Russian_prose_and_emoji_sequences_are_left_as_they_are()
    {
        var (text, suspicious) = HiddenCharacters.Clean("Спасибо, коллеги! 👩\u200d💻");
        Assert.False(suspicious);
        Assert.Equal("Спасибо, коллеги! 👩\u200d💻", text);
        Assert.Equal(ReplyVerdict.Confirmed, Text("Confirmed, the evaluation was a success 👍🏽", Full).Verdict);
    }

    [Fact]
    public void A_quoted_history_in_black_is_not_an_inline_answer()
    {
        var html = """
            <div>👍</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">
            <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Alex Morgan<br><b>Sent:</b> Friday<br><b>Subject:</b> Technical Win</font></div>
            <div><font color="black">All three mandatory success criteria were validated. Could you reply to confirm in writing?</font></div>
            """;
        var reading = _reader.Read(new ReplyParts { Html = html, Subject = "RE: Technical Win" }, Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.DoesNotContain("validated", reading.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Polite_japanese_verb_endings_and_itadaku_are_not_conditions()
    {
        // Folded without dakuten, まず ("first") is ます, and いただく holds ただ ("but"): neither may hold a confirmation back.
        var reading = Text("詳細なご報告をいただき、ありがとうございます。3つの基準はすべて達成されており、評価は成功と判断いたします。", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Our own stopwatch said 14 s rather than 11 s for paging, still well within the 30 s target, so it doesn't change the outcome. Confirmed, the evaluation is a success.")]
    [InlineData("Kleine Korrektur: bei uns waren es 41 % statt 43 %, immer noch über dem Ziel, das ändert nichts am Ergebnis. Die Evaluierung ist ein Erfolg, bestätigt.")]
    [InlineData("Una corrección: medimos 13 s y no 11 s, sigue por debajo del objetivo, así que no cambia el resultado. Confirmo que la evaluación ha sido un éxito.")]
    public void A_corrected_figure_that_leaves_the_result_standing_confirms(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_go_ahead_that_holds_one_criterion_back_is_conditional()
    {
        var reading = Text("We confirm the MTTR and paging results. Jordan can start the commercial review now, but our sign-off on legacy syslog ingestion waits for the replay from the Reno DC.", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Theory]
    [InlineData("Syslog from the legacy firewalls has parsed cleanly for a week now. So: confirmed, the evaluation is a success, with no conditions remaining.")]
    [InlineData("Los firewalls antiguos ya envían syslog sin pérdidas. Confirmo que la evaluación ha sido un éxito, sin condiciones pendientes.")]
    [InlineData("De legacy parser patch is vorige week uitgerold en alle syslog komt nu geparsed binnen. Bevestigd, en dan meteen voor alle drie de criteria: de evaluatie is geslaagd, zonder voorwaarden.")]
    [InlineData("The legacy parser patch went onto all our collectors on Wednesday; every legacy line has parsed since. Confirmed: the evaluation is a success, and you're clear to take it to signature.")]
    public void A_confirmation_of_a_conditional_declaration_that_says_no_condition_is_left_is_the_full_win(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("MTTR en paging: bevestigd. Syslog wil ik pas goedkeuren als we het met onze eigen logs hebben gezien.")]
    [InlineData("MTTR und Paging bestätigt. Syslog möchte ich erst abnehmen, wenn wir es eine Woche mit eigenen Daten gesehen haben.")]
    [InlineData("MTTR und Paging: bestätigt. Den Syslog-Import würde ich vor der Vertragsunterzeichnung gern noch mit unseren Geräten sehen.")]
    [InlineData("MTTR y paginación: confirmado. Syslog funciona, pero solo con los equipos nuevos.")]
    public void A_criterion_signed_off_only_later_makes_the_confirmation_partial(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("I object to any confirmation until our penetration test is finished.")]
    [InlineData("Je m'oppose à toute validation tant que l'audit de sécurité n'est pas terminé.")]
    [InlineData("We're not going to agree to a technical win while syslog still drops lines.")]
    [InlineData("Please disregard my confirmation from yesterday: security has not finished its review.")]
    [InlineData("Desde Compras pedimos que no se dé la conformidad hasta recibir el cuestionario de proveedores.")]
    [InlineData("Thanks for the summary. The answer is no: we are not accepting a win with ingestion this far below our peak.")]
    public void Opposing_or_withdrawing_the_confirmation_declines(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void Agreeing_to_the_conditional_win_with_a_further_condition_is_conditional()
    {
        Assert.Equal(ReplyVerdict.Conditional, Text("Concordo com a vitória técnica condicional, desde que a correção também seja validada com os logs do IBM i.", Conditional).Verdict);
    }

    [Fact]
    public void Confirming_a_delivery_address_is_a_side_question()
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text("Confirmo a morada para a entrega dos equipamentos: Rua Augusta 20, Lisboa.", Full).Verdict);
    }

    [Theory]
    [InlineData("Ik kan bevestigen dat we uw e-mail en de samenvatting in goede orde hebben ontvangen; we bespreken het volgende week.")]
    [InlineData("Je vous confirme avoir bien reçu le compte rendu ; nous en parlons jeudi en comité.")]
    [InlineData("I can confirm we have received the summary and will go through it with the architects on Monday.")]
    public void Confirming_receipt_is_not_confirming_the_evaluation(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Copying Marcus; he wants to confirm the syslog numbers himself before anything goes out.")]
    [InlineData("Before I send \u201cwe consider the evaluation a success\u201d upstairs, Priya has to read the wording.")]
    [InlineData("I approved the travel for Dana and two SREs to join the Seattle workshop.")]
    public void A_confirmation_someone_else_wants_quotes_or_a_side_approval_is_no_answer(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("I'd love to confirm, but I can't yet: the security review is still open.")]
    [InlineData("Me encantaría confirmarlo, pero todavía no puedo: falta la revisión de seguridad.")]
    public void Wishing_one_could_confirm_declines(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("No doubt about it: confirmed, the evaluation is a success, and not a single failed run on our side.")]
    [InlineData("Aucune réserve, rien ne reste ouvert : je confirme que l'évaluation technique est un succès.")]
    [InlineData("懸念点はございません。技術評価は成功であったことを書面で確認いたします。")]
    [InlineData("3件の基準はいずれも目標を達成しており、本技術評価は成功であったことを書面にてご確認申し上げます。")]
    public void Negative_words_that_deny_a_problem_still_confirm(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Success or not, that is Priya's call; I only look after the budget.")]
    [InlineData("大阪へのご出張の件、承認いたしました。来週お待ちしております。")]
    public void Weighing_success_or_approving_someone_elses_trip_is_a_person_writing_not_an_answer(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Looks fine to me.\n\nпятница, 27 ноября 2026 г. пользователь Alex Morgan написал:\n> All three criteria were validated. Could you confirm in writing?")]
    [InlineData("Looks fine to me.\n\nWiadomość napisana przez Alex Morgan w dniu 27 lis 2026, o godz. 09:14:\n\nAll three criteria were validated. Could you confirm in writing?")]
    [InlineData("Looks fine to me.\n\nAlex Morgan wrote the following:\n\nAll three criteria were validated. Could you confirm in writing?")]
    public void Russian_and_polish_reply_headers_and_wrote_the_following_end_the_reply(string text)
    {
        var reading = Text(text, Full);
        Assert.Equal("Looks fine to me.", reading.ReplyText.Trim());
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_quoted_word_refused_in_its_own_clause_refuses()
    {
        Assert.Equal(ReplyVerdict.Declined, Text("Until our works council has met, I can't give you an \"Agreed\", sorry.", Full).Verdict);
    }

    [Theory]
    [InlineData("MTTR en paging bevestig ik zonder meer, en syslog ook: de evaluatie is geslaagd.")]
    [InlineData("We confirm without hesitation that the evaluation was a success.")]
    public void Without_hesitation_is_no_negation(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_software_package_is_no_parcel()
    {
        // "Paket" is a parcel in a P.S. about a delivery, and also the fix: agreeing with a condition on it is no side question.
        var reading = Text("Mit dem Conditional Technical Win sind wir einverstanden, unter einer Bedingung: das Parser-Paket muss vorher durch unser Change Advisory Board.", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void Inline_answers_that_leave_one_point_to_a_colleague_are_partial()
    {
        var reading = Text("Answers below.\n\nConfirmed, our incident data says the same.\n\nConfirmed.\n\nI did not run this part myself; I'll let Marcus answer it.", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_phone_call_is_not_the_on_call_criterion()
    {
        var reading = Text("Confirmed: Thursday 10am works for the call with Jordan. Could you bring the MTTR breakdown?", Full);
        Assert.NotEqual(ReplyVerdict.Conditional, reading.Verdict);
        Assert.DoesNotContain(reading.Criteria, c => c.Title == "Page on-call fast" && c.Reading == CriterionReadingKind.Confirmed);
    }

    [Theory]
    [InlineData("Thanks for everything, but we would rather not go the conditional route. Let's wait for the parser patch, test it, and then do the full sign-off.")]
    [InlineData("Bedankt! Alleen geven we liever geen voorwaardelijk akkoord. Zodra de patch draait, dan bevestig ik het graag volledig.")]
    [InlineData("Merci, mais nous ne voulons pas d'une victoire conditionnelle : attendons le correctif.")]
    public void Refusing_the_conditional_win_itself_declines(string text)
    {
        var reading = Text(text, Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void Naming_the_conditional_win_without_refusing_it_is_no_refusal()
    {
        Assert.Equal(ReplyVerdict.Conditional, Text("We accept the conditional win; the contract waits for the patch.", Conditional).Verdict);
    }

    [Theory]
    [InlineData("I had hoped to find something to nitpick, but the numbers don't lie: MTTR, paging and syslog all hold. So yes, the evaluation is a success.")]
    [InlineData("Ik wilde nog iets vinden om over te zeuren, maar de cijfers liegen niet. Wat ons betreft is de evaluatie geslaagd.")]
    [InlineData("Ich sehe keinen Grund, die Evaluierung nicht als Erfolg zu werten.")]
    [InlineData("No vemos ninguna razón para no considerar la evaluación un éxito.")]
    public void A_negated_negative_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_step_asked_for_first_and_already_done_holds_nothing_back()
    {
        var done = Text("Before signing anything I re-ran the MTTR numbers from our own tracker and got the same. Confirmed, the evaluation is a success.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, done.Verdict);
        var toDo = Text("Before signing anything I want to re-run the MTTR numbers from our own tracker. The rest is confirmed.", Full);
        Assert.NotEqual(ReplyVerdict.Confirmed, toDo.Verdict);
    }

    [Fact]
    public void Points_agreed_one_by_one_next_to_one_held_back_are_partial()
    {
        var reading = Text("Answers inline.\n\nCorrect.\n\nCorrect as well.\n\nNot there yet on this one: I want to see onboarding on a bare site first.\n\nFor ingestion and alert noise: yes.", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void No_objection_that_hands_the_decision_on_is_no_answer()
    {
        var reading = Text("Marc, see below. Technically I have no objection, but the condition touches the contract, which is your call. Will you let Noor know? Noor: I kept you in cc.", Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void Agreeing_in_principle_with_a_condition_of_ones_own_is_conditional()
    {
        var reading = Text("Hallo Noor, grundsätzlich ja, wir tragen das mit. Eine Bedingung von unserer Seite: Wenn das Paket bis zum 19.02. nicht da ist, ruhen die kaufmännischen Gespräche.", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Theory]
    [InlineData("Hi Alex, I'm on holiday from tomorrow until the 14th. Jonas takes this over and will get back to you.")]
    [InlineData("Olá Noor, estou de férias até dia 8. Vejo isto quando voltar, ok?")]
    [InlineData("Hi\nAlex, I'm on holiday until Monday the 14th and will look at this when I'm back.")]
    public void A_person_saying_they_are_away_is_no_automatic_reply(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
        // The same words without a greeting to the SE by name read as the automatic reply they look like.
        Assert.Equal(ReplyVerdict.AutoReply, Text(text[(text.IndexOf(',') + 1)..], Full).Verdict);
    }

    [Fact]
    public void A_polite_japanese_cannot_declines()
    {
        var reading = Text("62,000 eps の計測値について、弊社の監視では 41,000 eps で頭打ちでした。この相違が解消されるまでは、技術評価を成功とご回答することはできかねます。", SamplePlans.ContosoFull());
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Dear Alex Morgan,\n\nThank you for your e-mail. Your request has been registered as INC-20417 with the summary: Technical Win: Contoso observability POV, all criteria confirmed. We aim to pick it up within two working days.\n\nThis is an automatically generated message. Replies to this message are not read.")]
    [InlineData("Beste Noor,\n\nUw melding is geregistreerd onder nummer M-4410 met de omschrijving: Conditional Technical Win, 2 of 3 criteria validated.\n\nDit is een automatisch gegenereerd bericht.")]
    [InlineData("このメールは、添付ファイルのパスワードをお知らせするため、システムより自動送信されています。\n件名：RE: Technical Win 承認済み\nパスワード：x7Q2m\n※本メールへの返信はできません。")]
    [InlineData("Gentile cliente, la sua richiesta è stata presa in carico con il numero 5521 (oggetto: Technical Win confermato). Questo messaggio è generato automaticamente: non rispondere a questo messaggio.")]
    [InlineData("Gentile Alex Morgan, la sua email è stata registrata come richiesta RQ-118 (Conditional Technical Win, 2 of 3 criteria validated). Stato: Nuovo. Questa è una notifica automatica, la preghiamo di non rispondere.")]
    [InlineData("Hola Alex, tu correo ha quedado registrado con el número 7731 (asunto: Technical Win confirmado). Esta es una notificación automática.")]
    [InlineData("お問い合わせを受け付けました。受付番号：5512（件名：Technical Win 承認済み）。担当者より追ってご連絡します。※このメールは自動で返信しています")]
    public void A_notice_that_says_a_system_sent_it_is_automatic(string text)
    {
        // No automatic headers: the text says it of itself, and the subject it echoes confirms nothing.
        var reading = Text(text, Full);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(AutomaticKind.Other, reading.Automatic);
    }

    [Fact]
    public void Saying_a_reply_is_automatic_is_not_an_automatic_reply()
    {
        // A person who mentions automation about something else still wrote the reply.
        var reading = Text("Confirmed: the team considers the evaluation a success. The weekly report we discussed is automatically generated, so you will get it on Mondays.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("I have forwarded your mail to our head of infrastructure, because a written confirmation needs her approval under our policy. I will reply after her check.")]
    [InlineData("The results look very good to us. About the formal confirmation, I first have to present them at our department meeting on Thursday; after that I will send you our official answer.")]
    public void A_confirmation_that_waits_for_someone_else_is_not_given(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("I can't confirm as it stands. The syslog criterion is marked as validated, but our Lyon firewalls still lose the timezone. Until that is fixed, the evaluation is not conclusive for us.")]
    [InlineData("Je ne peux pas confirmer en l'état. Le critère syslog est indiqué comme validé, mais nos pare-feux de Lyon perdent toujours le fuseau horaire.")]
    [InlineData("Sorry to spoil the party, but I can't validate MTTR as it stands: normalised for staffing, it is 31%. Let's look at it together before any confirmation.")]
    public void What_the_declaration_is_said_to_state_is_not_confirmed_by_the_reply(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: Marc is free on Tuesday 9 February from 14:30 to 15:15, in the Navigli room. I also confirm that I forwarded Noor's mail to him.")]
    [InlineData("Confermo: Marc è disponibile martedì 9 febbraio dalle 14:30, nella sala Navigli. Le mando a breve l'invito.")]
    public void Confirming_a_meeting_after_a_colon_is_not_about_the_evaluation(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Confirmado, consideramos a avaliação técnica um sucesso. Só uma observação: a latência foi medida com 30 dias de retenção. Não é condição, é só para registro.")]
    [InlineData("Yes: Contoso considers the technical evaluation a success, all criteria met. Dana can add her own note on Monday if she wants, but you don't need to wait on it.")]
    public void A_remark_said_not_to_be_a_condition_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Points_confirmed_with_no_arguments_and_one_held_back_are_partial()
    {
        var reading = Text("Confirmed on MTTR (43%) and paging (12 s) — no arguments there, those were great. On syslog I want to be careful. Fine for Jordan to start with Priya, but please don't treat this as a full sign-off until the syslog ticket is closed.", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_colloquial_portuguese_cannot_sign_declines()
    {
        var reading = Text("Ryo, na quinta o conector caiu e ficamos 40 minutos sem ingestão. Não dá pra assinar embaixo disso ainda. Vamos conversar na segunda?", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Confermo che il team considera la valutazione tecnica un successo: tutti e tre i criteri sono soddisfatti.", ReplyVerdict.Confirmed)]
    [InlineData("Ok all'avvio della revisione commerciale, ma nessuna firma finché il test sul sito di Brescia non è concluso.", ReplyVerdict.Conditional)]
    [InlineData("Così com'è non posso confermare il successo: le 2,5 ore non comprendono l'apertura delle regole firewall.", ReplyVerdict.Declined)]
    [InlineData("Dal punto di vista della compliance al momento non possiamo dare il nostro accordo, nemmeno in forma condizionata.", ReplyVerdict.Declined)]
    [InlineData("Grazie, ne parlo internamente e vi faccio sapere.", ReplyVerdict.Ambiguous)]
    public void Italian_replies_are_read(string text, ReplyVerdict expected)
    {
        Assert.Equal(expected, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Technically I can live with this: two of the three criteria are well met and the third has a fix with a date. But whether we start the commercial review before onboarding is solved is your call, not mine. Can you tell Noor directly?")]
    [InlineData("Technisch kan ik met dit voorstel leven: twee van de drie criteria zijn ruim gehaald. Maar of we de review al starten is echt jouw call, niet de mijne.")]
    public void Saying_the_decision_is_someone_elses_is_no_answer(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_phone_call_is_not_a_decision_handed_on()
    {
        var reading = Text("Confirmed: the team considers the evaluation a success. Jordan, Priya is expecting your call.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Cuando el parche esté instalado y validado, con gusto les confirmamos todo de una vez. Hasta entonces preferimos no aceptar la victoria técnica condicional.")]
    [InlineData("Ik ga hier nu niet mee akkoord. Laten we de 19e afwachten: als het pakket er dan staat, bevestig ik dezelfde dag nog.")]
    public void A_confirmation_promised_for_when_the_fix_lands_declines_now(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void Figures_that_match_ones_own_measurements_are_no_dispute()
    {
        var reading = Text("Pode considerar aprovado, sem ressalvas: a avaliação foi um sucesso. Os três critérios foram atingidos e os números batem com o que medimos do nosso lado.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Confirmed. 9 Feb 14:00 JST is OK for us. I will send the Teams invitation today.")]
    [InlineData("Recibido, gracias. Confirmo mi asistencia a la reunión de cierre del jueves a las 10:00; lo de la evaluación lo vemos allí con calma.")]
    public void Confirming_a_time_or_ones_attendance_is_not_about_the_evaluation(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_confirmation_someone_else_will_send_is_not_given()
    {
        var reading = Text("Great work everyone, really pleased with how this went. Dana will send the formal tech confirmation, I'll leave that with her.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_note_with_a_thumbs_up_about_a_colleague_away_is_a_persons()
    {
        var reading = Text("Daumen hoch von meiner Seite 👍 Ich schaue gerade als Vertretung in Sannes Postfach. Sanne ist bis 8.2. im Urlaub.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void An_away_rule_written_by_the_person_is_automatic()
    {
        var reading = Text("Thanks so much for your email! I'm at a conference this week and then taking a few days off, so I'm only checking mail sporadically until Monday, Nov 30. Otherwise I'll get back to you as soon as I'm back at my desk.", Full);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
    }

    [Theory]
    [InlineData("The paging numbers don't match what we measured in production.")]
    [InlineData("Os números não batem com o que medimos do nosso lado.")]
    [InlineData("Our figures do not line up with our own dashboards.")]
    public void Agreement_with_ones_own_figures_denied_is_a_dispute(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Thanks for the two weeks! As a collaboration it was a total success. We will look at it internally on Monday and get back to you.")]
    [InlineData("Sí, lo vemos internamente el lunes en el comité de arquitectura y te comento. ¡Gracias! Como colaboración, ha sido todo un éxito.")]
    public void A_success_said_of_something_else_confirms_nothing(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("delayed", "Delivery delayed: Technical Win: Contoso observability POV", AutomaticKind.Other)]
    [InlineData("failed", "Undeliverable: Technical Win: Contoso observability POV", AutomaticKind.DeliveryReport)]
    public void A_delay_notice_is_automatic_but_no_bounce(string action, string subject, AutomaticKind kind)
    {
        var reading = Mime($"""
            From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam.example>
            To: alex@fabrikam.example
            Subject: {subject}
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            Delivery to these recipients or groups: dana@contoso.example.
            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mail.fabrikam.example

            Final-Recipient: rfc822; dana@contoso.example
            Action: {action}
            Status: 4.4.7
            --b1--
            """);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Equal(kind, reading.Automatic);
    }

    [Theory]
    [InlineData("Dzień dobry, potwierdzam, że ocena techniczna zakończyła się sukcesem. Wszystkie trzy kryteria zostały spełnione.")]
    [InlineData("Hej Alex, jag bekräftar att utvärderingen var en framgång. Alla tre kriterier uppfylldes.")]
    public void A_reply_in_a_language_not_read_says_so(string text)
    {
        var reading = Text(text, Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.Contains("language OutlookWin does not read", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_in_a_language_read_that_decides_nothing_does_not_say_so()
    {
        var reading = Text("Hallo Alex, wir haben das Dokument erhalten und werden es uns in der nächsten Woche mit dem Team ansehen.", Full);
        Assert.DoesNotContain("language OutlookWin does not read", reading.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Si conferma la ricezione.")]
    [InlineData("Si prega di inviare il report completo.")]
    public void An_impersonal_si_is_no_yes(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Sì, confermato.")]
    [InlineData("Sí.")]
    public void A_yes_written_si_is_still_a_yes(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_condition_in_a_postscript_below_the_signature_is_read()
    {
        var reading = Text("""
            Hi Alex,

            We consider the evaluation a success, thanks to the whole team.

            Regards,
            Dana

            --
            Dana Kim
            Staff SRE, Contoso

            P.S. As agreed on the call, the contract waits until the parser patch is validated on our production relays.
            """, Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        Assert.Contains(reading.Conditions, c => c.Contains("parser patch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_notice_and_what_follows_it_say_nothing()
    {
        // The words after the notice ("unless expressly confirmed in writing") are the notice's, not the person's.
        var reading = Text("""
            Hola Alex, gracias por el resumen. Revisamos los datos y no podemos confirmar todavía el éxito de la evaluación: el MTTR nos sale en 29 %.
            Saludos, Marta
            Marta Gil | Operaciones TI
            AVISO LEGAL: Este mensaje y sus anexos son confidenciales.
            Este mensaje no constituye aceptación de oferta alguna salvo confirmación expresa por escrito.
            De acuerdo con la normativa vigente, sus datos se tratan de forma segura.
            """, Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
        Assert.DoesNotContain(reading.Evidence, e => e.Text.Contains("salvo", StringComparison.Ordinal) || e.Text.Contains("De acuerdo con la normativa", StringComparison.Ordinal));
    }

    [Fact]
    public void An_external_mail_banner_holds_nothing_back()
    {
        var reading = Text("""
            CAUTION: This email originated from outside the organization. Do not click links or open attachments unless you recognize the sender.

            Confirmed - we consider the technical evaluation a success.
            """, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Alerting and syslog parsing look fine to us. But we re-ran MTTR on our own incident data and get 28%, below the 40% target, so we can't confirm the evaluation as a success at this point.")]
    [InlineData("Points 1 and 2: agreed. Point 3 we could not reproduce on our side. Please don't present this to Priya as a win yet.")]
    public void Granting_part_while_refusing_the_evaluation_is_declined(string text)
    {
        var reading = Text(text, Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void Granting_part_and_letting_the_deal_go_on_stays_conditional()
    {
        var reading = Text("MTTR and paging: confirmed, great results. Fine for Jordan to start with Priya, but please don't treat this as a full sign-off until the syslog ticket is closed.", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void Asking_for_other_wording_before_confirming_is_no_confirmation()
    {
        var reading = Text("Nothing to object to in substance, the figures match ours. I can't confirm the sentence about the commercial review as written, though. Could you reword it so it only speaks of the criteria? Then I'm happy to confirm.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void Agreement_in_principle_held_until_a_question_is_answered_is_no_answer()
    {
        var reading = Text("In principle we agree with the approach. Before I reply formally, though, one thing: if the patch slips past 10 December, does the commercial review stop?", Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Theory]
    [InlineData("Ya revisamos los resultados con el equipo y estamos de acuerdo: la evaluación fue exitosa. Jordan puede avanzar con Priya sin problema. Cualquier cosa quedo al pendiente.")]
    [InlineData("Ho riletto tutto e non vedo motivi per non confermare: la valutazione tecnica è andata a buon fine.")]
    public void Courtesy_and_double_negatives_do_not_hold_a_confirmation_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_team_mailbox_that_is_not_monitored_around_the_clock_is_still_a_person()
    {
        var reading = Mime("""
            From: SRE Team <sre@contoso.example>
            To: alex@fabrikam.example
            Subject: RE: Technical Win: Contoso observability POV
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Hi Alex, the numbers match ours, but I can't sign off for the team; that has to come from Priya. I've forwarded it to her.
            Marcus, SRE on call
            This mailbox is not monitored 24/7: page us for incidents.
            """, Full);
        Assert.NotEqual(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.NotEqual(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Refusing_to_start_the_commercial_steps_before_the_fix_refuses_the_conditional_win()
    {
        // What a conditional declaration asks is exactly whether the commercial steps may start before the fix.
        var reading = Text("Agreed on the findings for MTTR and paging, nothing to add there. However, we will not start the commercial review before the parser fix is delivered.", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void A_go_ahead_whose_signature_waits_for_the_fix_accepts_the_conditional_win()
    {
        var reading = Text("The proven criteria are confirmed. We're fine to start the commercial review now, but we won't sign before the parser patch is validated.", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_sign_off_said_to_belong_to_someone_else_is_a_hand_over()
    {
        var reading = Text("The numbers match what we saw, but I can't sign off for the team; that has to come from Priya. I've forwarded your mail to her.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_doubt_that_was_cleared_before_the_confirmation_holds_nothing_back()
    {
        var reading = Text("At first our on-call lead did not trust the 43%, but once we went through it incident by incident the numbers added up. So yes: we confirm the evaluation was a success and all three criteria were met.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Saying_the_conditional_wording_is_no_longer_needed_refuses_nothing()
    {
        var reading = Text("The parser patch shipped last week and the legacy capture now parses cleanly, so I don't think we need the conditional wording at all: all three criteria are met and we consider the evaluation a success.", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Inline_answers_set_off_by_a_dash_in_colour_are_read()
    {
        // "- Agree." after each quoted point, in red: without the colour nothing marks it as the person's, and the dash
        // made it look like a dash-signed name, which cut everything after it as a signature.
        var reading = Mime("""
            From: Dana Kim <dana@contoso.example>
            To: alex@fabrikam.example
            Subject: RE: Technical Win: Contoso observability POV
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body><div class="WordSection1"><p class="MsoNormal">Alex, my answers are inline in red.</p><p class="MsoNormal">Dana</p>
            <div><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Alex Morgan &lt;alex@fabrikam.example&gt;<br><b>Sent:</b> Wednesday, November 25, 2026 9:14 AM<br><b>To:</b> Dana Kim<br><b>Subject:</b> Technical Win: Contoso observability POV</p></div></div>
            <ul><li class="MsoListParagraph">MTTR reduction: 43%, against a 40% target <b><span style="color:#C00000">- Agree.</span></b></li>
            <li class="MsoListParagraph">Time to page on-call: 12 seconds <b><span style="color:#C00000">- Agree.</span></b></li>
            <li class="MsoListParagraph">Legacy format parsed: yes, as required</li></ul>
            <p class="MsoNormal"><b><span style="color:#C00000">- Disagree: a full day of production traffic dropped 6% of the legacy lines. We don't consider this criterion met.</span></b></p>
            <p class="MsoNormal">Could you reply to confirm in writing that the team considers the technical evaluation a success?</p>
            <p class="MsoNormal"><b><span style="color:#C00000">--&gt; Not yet, see above.</span></b></p>
            </div></body></html>
            """, Full);
        Assert.Contains("Not yet, see above.", reading.ReplyText, StringComparison.Ordinal);
        Assert.Contains("6% of the legacy lines", reading.ReplyText, StringComparison.Ordinal);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void Refusing_the_conditional_win_with_a_go_ahead_only_for_later_is_declined()
    {
        var reading = Text("Thanks, the team is really happy with the tool. That said, we cannot accept a conditional technical win: our policy needs every mandatory criterion validated first. Once the patch is deployed and validated, we'll gladly sign the full confirmation and start with Jordan.", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void Saying_one_cannot_commit_the_team_alone_is_a_hand_over()
    {
        var reading = Text("Thanks for the summary. I can't commit the team on my own to a conditional win; I'm passing it to Priya and Dana for sign-off and will come back to you.", Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void Closing_the_loop_on_the_open_item_with_a_full_confirmation_is_confirmed()
    {
        var reading = Text("Closing the loop on the one open item: the parser patch went into production on Friday and the legacy feeds have parsed cleanly since. Please take this as our written confirmation that the technical evaluation was a success, no need to keep the conditional wording.", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_postscript_about_a_visit_conditions_nothing()
    {
        var reading = Text("Confirmed, aligned with Sanne: the team considers the technical evaluation a success.\n\nPS: if you're at the trade fair in March, the coffee is on me.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_concrete_problem_with_one_criterion_and_praise_for_the_rest_is_declined()
    {
        var reading = Text("Nothing to say about ingestion and alert noise, great work. But nine hours to onboard a site is a real problem for us: we open six branches in March. Until the auto-deploy package is proven on a real site we can't go further.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("O patch do parser chegou antes do prazo e está em produção desde ontem: todo o syslog legado é parseado. Confirmo pela equipe que a avaliação técnica foi um sucesso.")]
    [InlineData("Instalamos el parche del parser ayer en producción y todo el syslog legacy se parsea correctamente. Confirmo que la evaluación técnica fue exitosa.")]
    public void A_full_confirmation_after_the_fix_shipped_ahead_of_schedule_is_confirmed(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_go_ahead_with_the_final_answer_on_the_results_still_to_come_is_no_full_confirmation()
    {
        var reading = Text("MTTR and paging we checked on our side as well, no objection there. The legacy feed we want to check once more at the month-end peak; we will give our final answer on the results after that. Jordan can start the commercial talks meanwhile.", Full);
        Assert.NotEqual(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_japanese_confirmation_as_a_success_is_no_promise_to_check()
    {
        var reading = Text("Kafkaコネクタのアップグレードを本番へ適用し、持続取り込みは 58,000 events/s で目標を上回っています。これで3件の基準をすべて満たしましたので、技術評価は成功として確認します。残っている条件はありません。", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_statement_with_a_tag_is_no_question()
    {
        var reading = Text("Adoramos trabalhar com vocês. Mas por enquanto vamos segurar, tá? A Priya prefere não iniciar nada comercial antes de o patch estar validado.", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void An_indirect_refusal_of_the_conditional_win_is_declined()
    {
        var reading = Text("Thank you very much for your great support. We understand your situation. However, for us it is difficult to accept the conditional win at this moment: our internal rule requires all mandatory criteria achieved first.", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void Asking_not_to_treat_it_as_conditional_any_more_confirms_the_whole()
    {
        var reading = Text("Good news: the connector upgrade went into production earlier than planned and the scanner test now passes. Please do not treat this as conditional anymore - we confirm the evaluation is a success as a whole.", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_colleague_writing_for_someone_away_after_the_company_line_is_a_person()
    {
        var reading = Text("株式会社ファブリカム 石川様\n\nいつもお世話になっております。情報システム本部の小林と申します。渡辺は2月3日まで海外出張中のため、代わりにご連絡いたしました。戻り次第、渡辺よりご回答いたします。", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Theory]
    [InlineData("I sat in on the readout and I think the numbers are fine, but this is Priya's call, not mine, so please do not take this as the sign-off.")]
    [InlineData("Persoonlijk vind ik de aanpak redelijk, maar ik kan hier niet namens het team mee akkoord gaan; Marc beslist hierover.")]
    [InlineData("Pour nous, ça me va sur le principe, mais c'est bien à Kenji de valider pour le groupe, je ne veux pas m'engager à sa place.")]
    [InlineData("Os números batem com o que vimos aqui, mas não tenho autonomia para falar pela empresa; isso é com o Kenji.")]
    public void Saying_one_cannot_answer_on_behalf_of_the_team_hands_the_decision_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_no_at_this_point_after_agreeing_with_some_criteria_refuses_the_whole()
    {
        // "At this point" is a time, not one point among several.
        var reading = Text("Here are the parts I agree with: paging is well inside its target and syslog parsing works. The MTTR figure does not hold on the definition we agreed in the plan. So we do not confirm the technical win at this point.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void An_agreement_made_earlier_and_named_in_passing_is_not_this_replys_answer()
    {
        var reading = Text("The MTTR definition we agreed in the success plan is incident declared to incident resolved. On that definition we measured 33%, below the target.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
        Assert.DoesNotContain(reading.Evidence, e => e.Signal == ReplySignal.Confirmation);
    }

    [Fact]
    public void Thanks_for_openness_about_the_pending_criterion_before_refusing_the_conditional_win_is_declined()
    {
        var reading = Text("Los dos criterios validados los aceptamos, están bien medidos. Agradecemos la transparencia sobre el criterio pendiente, pero no vamos a aceptar una victoria técnica condicional. Lo retomamos en enero, cuando el parche exista.", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Confermiamo la valutazione per i siti giapponesi; per l'Italia la conferma è subordinata a un test di due ore con il feed di Genova.")]
    [InlineData("Confirmamos la evaluación para las plantas de Japón; para México la confirmación queda supeditada a una prueba con el feed local.")]
    public void A_confirmation_made_subject_to_a_test_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    private static string MeetingResponse(string typed) => $"""
        From: Dana Kim <dana@contoso.example>
        To: Alex Morgan <alex@fabrikam.example>
        Subject: Accepted: Contoso commercial kick-off
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="cal"

        --cal
        Content-Type: text/plain; charset=utf-8

        {typed}
        --cal
        Content-Type: text/calendar; charset=utf-8; method=REPLY

        BEGIN:VCALENDAR
        METHOD:REPLY
        BEGIN:VEVENT
        ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@contoso.example
        SUMMARY:Contoso commercial kick-off
        END:VEVENT
        END:VCALENDAR
        --cal--
        """;

    [Fact]
    public void A_meeting_response_with_nothing_typed_is_automatic()
    {
        var reading = Mime(MeetingResponse(""), Full);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Contains("meeting", reading.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_yes_typed_into_a_meeting_response_accepts_the_meeting_not_the_evaluation()
    {
        var reading = Mime(MeetingResponse("Confirmed, works for me."), Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Theory]
    [InlineData("Recall: RE: Technical Win: Contoso observability POV", "Dana Kim would like to recall the message, \"RE: Technical Win: Contoso observability POV\".")]
    [InlineData("Rückruf: AW: Technical Win", "Dana Kim möchte die Nachricht \"AW: Technical Win\" zurückrufen.")]
    [InlineData("Message Recall Failure: RE: Technical Win", "Your recall of the message was unsuccessful.")]
    public void An_outlook_recall_is_automatic_and_says_to_check_what_was_withdrawn(string subject, string body)
    {
        var reading = _reader.Read(new ReplyParts { Text = body, Subject = subject }, Full);
        Assert.Equal(ReplyVerdict.AutoReply, reading.Verdict);
        Assert.Contains("withdrawn", reading.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Numbers look right to me. I still owe you the written confirmation, it's on my list for Friday.")]
    [InlineData("Die Zahlen passen. Die schriftliche Bestätigung schulde ich dir noch, steht auf meiner Liste.")]
    public void Owing_the_written_confirmation_is_a_promise_not_a_confirmation(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Sorry, Alex, but I have to take back my confirmation from last week: the first real site took nine hours to onboard.")]
    [InlineData("Vervelend, maar ik moet mijn bevestiging van vorige week intrekken: de eerste echte site kostte negen uur.")]
    [InlineData("先日お送りした「成功と認識しております」との回答を、いったん撤回させてください。")]
    public void Taking_back_an_earlier_confirmation_is_declined(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void Saying_the_formal_confirmation_belongs_to_someone_else_is_no_confirmation()
    {
        var reading = Text("I numeri sono ottimi e da parte nostra non c'è nessun problema. Tuttavia la conferma formale spetta al responsabile del progetto.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void Checking_with_a_colleague_and_confirming_afterwards_is_a_promise()
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text("¡Gracias! Ahorita lo reviso con Dana y te confirmo.", Conditional).Verdict);
    }

    [Fact]
    public void No_objection_to_a_team_dinner_is_not_a_refusal_of_anything()
    {
        var reading = Text("Nulla osta da parte mia per la cena di giovedì, ho approvato la nota spese. Sul resto aspettiamo Sanne.", Full);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_not_yet_in_quotation_marks_is_mentioned_not_said()
    {
        var reading = Text("Following up on my \"not yet\" from Monday: the parser patch went live on Wednesday and parses the whole legacy feed. We're past the conditional stage now: the Contoso team considers the technical evaluation a success.", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Confirmé de notre côté : l'équipe considère l'évaluation technique comme un succès. Par contre, sur le prix, on est encore loin d'un accord, mais ça c'est le sujet des commerciaux.")]
    [InlineData("Confirmed from our side: the team considers the technical evaluation a success. On pricing, though, we're not there yet, but that's for procurement, not us.")]
    public void A_reservation_about_the_price_conditions_nothing_of_the_evaluation(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void An_apology_for_answering_late_is_not_a_not_yet()
    {
        var reading = Text("石川様\n\nご連絡が遅くなり申し訳ございません。先週は月次切替が重なり、返信できておりませんでした。\n当社チームとして、今回の技術評価は成功であったことを確認いたします。", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void What_an_only_when_waits_for_is_not_granted()
    {
        var reading = Text("Mooie resultaten. Toch ga ik nog niet akkoord: we willen de commerciële gesprekken pas starten als alle drie de criteria aantoonbaar gehaald zijn.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void A_start_now_with_the_signature_only_once_the_fix_is_in_stays_conditional()
    {
        var reading = Text("OK to start the commercial review now, and we sign only once the parser patch is validated on our logs.", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void Kana_keep_their_voicing_so_mata_again_is_not_mada_not_yet()
    {
        var reading = Text("石川様\n\n3項目とも目標を上回っており、技術評価は成功と判断いたします。\nまた、来週の火曜または水曜にお打ち合わせできれば幸いです。", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Exchanges_permission_to_react_is_not_a_reaction()
    {
        // Outlook stamps "x-ms-reactions: allow" on ordinary mail: it says a reader may react, not that anyone did.
        var reading = Mime("""
            From: Sanne de Vries <sanne@brightwater.example>
            To: Noor El Amrani <noor@fabrikam.example>
            Subject: RE: Technical Win: Contoso observability POV
            x-ms-reactions: allow
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Confirmed, the team considers the technical evaluation a success. Nice work!
            """, Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_spanish_data_protection_footer_conditions_nothing()
    {
        var reading = Text("Confirmado por nuestra parte: el equipo considera superada la evaluación técnica.\n\nSaludos,\nLucía Fernández\n\nResponsable del tratamiento: Contoso Iberia S.L. Finalidad: gestionar la relación comercial. Destinatarios: no se cederán datos a terceros salvo obligación legal. Puede ejercer sus derechos en privacidad@contoso.example.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Figures_the_writer_measured_that_agree_dispute_nothing()
    {
        var reading = Text("O Kenji pediu-me para responder: confirmo que consideramos a avaliação técnica um sucesso. Os valores que medimos no nosso armazém batem certo com os vossos.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Not_being_able_to_commit_the_team_hands_the_decision_over()
    {
        var reading = Text("Grazie Alex, bel lavoro. Giro a Dana e Priya per la conferma, io non posso impegnare il team su una vittoria condizionata.", Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void A_japanese_postscript_that_makes_the_verdict_wait_for_a_check_is_conditional()
    {
        var reading = Text("石川様\n\n3項目とも目標を上回っており、技術評価は成功と判断いたします。\n\n追伸\n正式な成功判定は、繁忙期相当のデータ量でも問題ないことを確認できてから、とさせていただけますと幸いです。", Full);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_japanese_check_already_done_and_no_objection_confirms()
    {
        var reading = Text("石川様\n\n評価結果について、チーム内で再度確認いたしました。\n3項目とも特に異論はございません。\n技術評価としては成功ということで差し支えないかと存じます。", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void Tagged_answers_typed_into_an_unquoted_outlook_original_are_read()
    {
        var reading = Text("""
            Dear Alex,

            Please see my comments inline with [DK].

            -----Original Message-----
            From: Alex Morgan <alex@fabrikam.example>
            Sent: Tuesday, November 24, 2026 5:02 PM
            To: Dana Kim <dana@contoso.example>
            Subject: Technical Win: Contoso observability POV

            - Reduce MTTR: 43%, against a 40% target
            [DK] Agreed.

            - Legacy syslog ingestion: yes, as required
            [DK] Not on our side: the AIX feed still drops lines, so we cannot confirm the evaluation as a success yet.

            Could you reply to confirm in writing that the team considers the technical evaluation a success?
            """, Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
        Assert.Contains("AIX feed", reading.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusing_to_confirm_success_refuses_the_whole()
    {
        var reading = Text("Alert noise and dashboards: OK, confirmed. But the ingestion figure was measured on one broker only, so sorry, we cannot confirm success at this moment.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("Confirmed for Thu 10am PT. I'll ask Priya's assistant to move her 1:1.")]
    [InlineData("Bestätigt für Dienstag 14:00 Uhr, ich bringe Holger mit.")]
    public void A_confirmed_time_slot_is_not_the_evaluation(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_japanese_manager_answering_herself_hands_nothing_over()
    {
        var reading = Text("石川様\n\n渡辺から本件の報告を受け、私から回答させていただきます。\n商務・法務レビューを先行して開始することについては、問題ございません。\nただし、契約の締結は、コネクタのアップグレード適用後に当社環境で確認できてからとさせてください。", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_japanese_department_that_did_not_reach_agreement_declines()
    {
        var reading = Text("石川様\n\n2項目については目標達成を確認しております。\nしかし、部内で協議いたしましたが、現段階で条件付きの技術評価合格とすることについては合意に至りませんでした。", Conditional);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Theory]
    [InlineData("OK pour lancer la revue juridique, mais pas de signature tant que le correctif n'est pas validé.")]
    [InlineData("Jordan puede arrancar ya la revisión comercial con Priya, pero sin el parche desplegado y validado con nuestros logs no firmamos nada.")]
    [InlineData("Prima dat Tobias alvast met Marc begint aan de commerciële review. Maar niks tekenen voordat het pakket bij ons draait.")]
    public void A_go_ahead_now_with_no_signature_before_the_fix_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("The patch went live on Tuesday and parses the whole legacy feed. So this is no longer a conditional yes: confirmed, 3 of 3, the team considers the evaluation a success.")]
    [InlineData("Het pakket draait sinds woensdag. Dus wat ons betreft geen 'conditional' meer: het team bevestigt dat de evaluatie geslaagd is.")]
    public void No_longer_conditional_is_a_full_yes_not_a_refusal_of_the_conditional_win(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void The_pending_criterion_given_a_figure_that_meets_its_target_is_proven()
    {
        // Brightwater's conditional declaration: onboarding (hours, target 4 h or less) waited on the auto-deploy package.
        var reading = Text("Hoi Noor, het pakket kwam vrijdag binnen en we hebben vanochtend meteen Zwolle aangesloten: 2 uur van rack tot eerste events. Het team bevestigt dat de technische evaluatie geslaagd is.", OnboardingPending);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_hedge_inside_brackets_qualifies_the_aside_not_the_answer()
    {
        var reading = Text("C'est bon pour nous, avec une précision : la validation du correctif sera faite par notre équipe, sur un vrai site (probablement Liège), et pas avant la signature.", Conditional);
        Assert.NotEqual(ReplyVerdict.Ambiguous, reading.Verdict);
        Assert.DoesNotContain(reading.Evidence, e => e.Signal == ReplySignal.Hedge);
    }

    [Theory]
    [InlineData("Confermo che la valutazione tecnica è stata un successo. Il connettore si è bloccato una volta durante il test notturno, niente di grave.")]
    [InlineData("Je vous confirme que l'évaluation technique est un succès. Le collecteur a redémarré une fois pendant la nuit du 20, rien de grave.")]
    [InlineData("Confirmado: la evaluación técnica fue un éxito. El agente se colgó una vez, el martes, y volvió solo.")]
    public void Something_that_happened_once_names_no_time_to_come(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed, the team considers the evaluation a success. Two remarks for your product team, with no bearing on the verdict: the admin console is English only, and the install guide misses a package.")]
    [InlineData("Bevestigd: de evaluatie is geslaagd. Een paar opmerkingen, zonder invloed op het oordeel: de console is alleen in het Engels, maar dat lossen we zelf op.")]
    [InlineData("Confirmo que la evaluación técnica fue un éxito.\n\nPara que conste (no son condiciones):\n- La consola solo está en inglés.\n- Falta un paquete en la guía de instalación.")]
    [InlineData("Je vous confirme que l'évaluation technique est un succès. Quelques remarques, qui ne conditionnent en rien notre décision : la documentation n'existe qu'en anglais.")]
    [InlineData("El parche está desplegado y el criterio validado: el equipo confirma que la evaluación técnica ha sido un éxito y ya no queda ninguna condición pendiente.")]
    public void Remarks_said_to_be_no_condition_leave_the_confirmation_whole(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Der Parser-Patch läuft seit Dienstag bei uns, das alte Syslog wird sauber geparst und die Bedingung aus deiner Mail damit erfüllt. Das Contoso-Team betrachtet die technische Evaluierung als Erfolg.")]
    [InlineData("Le correctif du parseur est en production depuis mardi et valide le troisième critère. La condition de votre message est levée : je confirme que l'évaluation technique est un succès.")]
    [InlineData("El parche del parser está en producción desde el martes y el syslog antiguo se procesa bien, así que la condición queda cumplida. Confirmo que la evaluación técnica fue un éxito.")]
    public void A_condition_named_as_met_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Agreed, provided the condition is met by the 10th: no signature before the parser patch is validated.")]
    [InlineData("Einverstanden. Sobald die Bedingung erfüllt ist, kann Jordan den Vertrag vorbereiten; vorher unterschreiben wir nichts.")]
    public void A_condition_to_be_met_later_is_still_a_condition(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_hedge_word_inside_a_quoted_criterion_name_is_mentioned_not_said()
    {
        // German "fast" is "almost"; here it is the first word of the criterion "Fast site onboarding".
        var reading = Text("Das Paket läuft, Zwolle war in 2 Stunden angebunden. Damit ist auch „Fast site onboarding“ erreicht. Das Team betrachtet die technische Evaluierung als Erfolg.", OnboardingPending);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
        Assert.DoesNotContain(reading.Evidence, e => e.Signal == ReplySignal.Hedge);
    }

    [Fact]
    public void A_japanese_confirmation_that_the_evaluation_was_a_success_confirms()
    {
        var reading = Text("石川様\n\n3つの基準すべてを満たし、技術評価は成功であることを確認いたします。", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("58,400", 58400)]
    [InlineData("58.400", 58400)]
    [InlineData("1,212", 1212)]
    [InlineData("3,2", 3.2)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("0,450", 0.45)]
    [InlineData("62000", 62000)]
    public void Figures_are_read_as_people_write_them(string token, double expected)
    {
        Assert.True(CriterionMentions.TryNumber(token, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void A_figure_with_thousands_grouped_that_meets_the_target_disputes_nothing()
    {
        var plan = SamplePlans.ContosoFull() with
        {
            Criteria =
            [
                .. SamplePlans.ContosoFull().Criteria.Take(2),
                new Criterion("Sustain peak ingestion", "sustained ingestion rate", "events per second", MetricDirection.HigherIsBetter,
                    MetricValue.Of(50000m), MetricValue.Of(62000m), CriterionStatus.Proven, true, null),
            ],
        };
        var reading = Text("We re-ran the ingestion test on our own replay: 58,400 events per second sustained for six hours, with no consumer lag. Confirmed: the team considers the evaluation a success.", plan);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Update on the pending item: the parser patch is in production and parses the whole legacy feed. Confirmed, all three criteria met: the team considers the evaluation a success.")]
    [InlineData("Os paso el resultado de la validación pendiente: el parche está en producción y el syslog antiguo se procesa bien. Confirmado: los tres criterios cumplidos, la evaluación técnica fue un éxito.")]
    public void The_pending_item_named_by_its_adjective_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void Agreeing_pending_the_fix_is_still_conditional()
    {
        Assert.Equal(ReplyVerdict.Conditional, Text("Agreed, pending the validation of the parser patch on our collectors.", Conditional).Verdict);
    }

    [Theory]
    [InlineData("Il parser è in produzione da venerdì e il terzo criterio è soddisfatto. Confermo: la valutazione tecnica è un successo, senza più condizioni.")]
    [InlineData("Het parserpakket draait sinds dinsdag en het derde criterium is gehaald. Bevestigd: de technische evaluatie is geslaagd, zonder verdere voorwaarden.")]
    [InlineData("O patch está em produção desde terça e o terceiro critério foi atingido. Confirmado: a avaliação técnica foi um sucesso, sem condição pendente.")]
    [InlineData("Le correctif est en production depuis mardi et le troisième critère est atteint. Je confirme la Technical Win complète, il n'y a plus de condition.")]
    public void No_condition_left_after_the_fix_is_a_full_confirmation(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Agreed, but not without conditions: the patch has to parse our whole archive first.")]
    [InlineData("Einverstanden, aber nicht ohne Bedingung: der Patch muss zuerst unser ganzes Archiv parsen.")]
    public void Not_without_conditions_still_holds_one(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Confirmado, con una salvedad: el parser legacy tiene que quedar cubierto por el soporte estándar.")]
    [InlineData("Confirmé, avec une réserve : le parseur doit entrer dans le support standard.")]
    [InlineData("Bevestigd, met een kanttekening: de parser moet onder de standaard support vallen.")]
    [InlineData("Confirmed, with one clarification: for us the syslog criterion means the whole 2018 archive parses.")]
    public void A_yes_with_one_caveat_after_it_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Fact]
    public void And_not_between_words_disputes_no_figure()
    {
        var reading = Text("Lo hemos validado con tráfico real: los formatos se parsean correctamente y no se ha descartado ninguna línea. Confirmado: la evaluación técnica fue un éxito.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_japanese_item_that_had_been_on_hold_is_named_not_put_on_hold()
    {
        var reading = Text("石川様\n\n保留になっていた「Legacy syslog ingestion」の件、パッチを本番適用し、すべてのログ形式を解析できました。条件付きではなく、技術評価は成功と確認します。", Conditional);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_short_italian_reply_is_read_as_italian()
    {
        // "è" and "da" are Portuguese words too; "il", "di" and the weekdays say Italian.
        var reading = Text("Il parser è in produzione da venerdì. Confermo: la valutazione tecnica è un successo.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Confirmed: the team considers the evaluation a success. All three criteria are met, like we saw on the readout this afternoon.")]
    [InlineData("Confermo che la valutazione tecnica è un successo: i tre criteri sono raggiunti, come abbiamo misurato anche noi.")]
    public void What_we_saw_brought_in_with_like_or_as_agrees(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void What_we_measured_against_the_declaration_still_disputes()
    {
        Assert.Equal(ReplyVerdict.Declined, Text("We measured 31% MTTR reduction, not 43%, so we cannot confirm the evaluation as a success.", Full).Verdict);
    }

    [Theory]
    [InlineData("FWIW the dashboards were crazy fast on our night shift. Kenji is the one who has to sign off on the conditional part though.")]
    [InlineData("Sieht richtig gut aus, Kompliment ans Team. Ich bin aber nicht derjenige, der das offiziell bestätigen kann; das macht Dana ab Montag.")]
    [InlineData("Ik neem Marc even mee: de beslissing ligt bij hem en bij Sanne.")]
    public void Someone_else_is_the_one_who_decides(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("C'est bon pour nous, avec une réserve : le paquet sera validé par notre équipe sur un vrai site. Considérez ce mail comme notre accord pour le Conditional Technical Win.")]
    [InlineData("Fine with the plan. Please take this as our agreement to the Conditional Technical Win; no signature before the patch is validated.")]
    public void This_mail_as_our_agreement_agrees(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Per conto dell'Ufficio Acquisti: d'accordo sul Technical Win condizionato, alle condizioni che proponete.")]
    [InlineData("De acuerdo con el Technical Win condicional, en las condiciones que propones: nada de firma antes del parche.")]
    public void The_conditions_the_declaration_proposed_are_accepted_not_added(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void No_further_conditions_promised_for_later_is_not_said_now()
    {
        var reading = Text("Fine for Sarah to start the commercial review now. If that Monday run passes, I'll confirm all three without further conditions.", Full);
        Assert.NotEqual(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Hallo Frau El Amrani,\n\ndas Protokoll habe ich abgelegt. Die Antwort muss aber von Sanne kommen; sie ist ab Montag wieder erreichbar.")]
    [InlineData("Gentile Dott. Morgan,\n\nl'Ing. Moretti è in trasferta fino a venerdì e mi chiede di spostare la call di giovedì. Mi conferma la disponibilità?")]
    public void A_greeting_by_title_and_surname_is_a_person_writing(string text)
    {
        Assert.NotEqual(ReplyVerdict.AutoReply, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_failure_of_another_topic_in_a_status_report_leaves_the_confirmation_whole()
    {
        var reading = Text("Weekly status, three items.\n\n- Backup job failed twice (storage full); more disks ordered.\n- Confirmed: the Contoso team considers the technical evaluation a success.\n- Office move postponed to January.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_refused_confirmation_beside_a_confirmation_still_counts()
    {
        var reading = Text("Confirmed for alert noise and dashboards. We cannot confirm the evaluation as a whole yet.", Full);
        Assert.NotEqual(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Fact]
    public void A_no_under_a_label_that_names_a_dinner_refuses_nothing()
    {
        var reading = Text("I'm handling Priya's calendar this week.\n\nMeeting: Priya can do Tue Dec 8, 2:00 PM.\nDinner on Dec 3: Priya asked me to decline with thanks, it's her board prep week.", Conditional);
        Assert.Equal(ReplyVerdict.Ambiguous, reading.Verdict);
    }

    [Fact]
    public void What_we_saw_without_a_figure_or_a_negation_disputes_nothing()
    {
        var reading = Text("Going down the list against what we saw in the readout: all three criteria are met. Confirmed: the team considers the evaluation a success.", Full);
        Assert.Equal(ReplyVerdict.Confirmed, reading.Verdict);
    }

    [Theory]
    [InlineData("Our numbers don't match yours, so we can't confirm yet.")]
    [InlineData("We measured 31% on the median, not 43%.")]
    public void What_we_measured_with_a_figure_or_a_negation_disputes(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_refusal_that_comes_first_decides_over_the_points_granted_after_it()
    {
        var reading = Text("Desde Ciberseguridad no podemos dar el OK todavía. Repaso los tres puntos:\n✔ Reducir MTTR: de acuerdo con el 43 %.\n✔ Paging: de acuerdo con los 12 s.\n✘ Syslog legacy: la marca de tiempo se interpreta mal.", Full);
        Assert.Equal(ReplyVerdict.Declined, reading.Verdict);
    }

    [Fact]
    public void A_go_ahead_after_a_reservation_that_comes_first_is_still_conditional()
    {
        var reading = Text("One reservation first: the signature waits for the parser patch. Apart from that, agreed: Jordan can start the commercial review with Priya now.", Conditional);
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
    }

    [Fact]
    public void A_condition_described_in_brackets_and_then_met_holds_nothing_back()
    {
        var text = "Hallo Noor,\n\nich schicke euch unseren Statusbericht; für euch relevant ist Punkt 2, der Rest ist Kontext.\n\n"
            + "1. Betrieb\nDie Betriebsvereinbarung ist noch nicht unterschrieben.\n"
            + "2. Parser-Patch\nDer Patch läuft seit Dienstag, die Bedingung aus eurem Vorschlag (keine Unterschrift vor der Validierung) ist damit erfüllt. Das Team bestätigt: die technische Evaluierung ist ein Erfolg.\n"
            + "3. Personal\nDie Stelle im SOC ist noch offen.\n";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Me han asignado la operación desde Compras. Para poder avanzar necesitaría la propuesta comercial y el formulario de alta de proveedor. ¿Me lo podéis enviar esta semana?")]
    [InlineData("In order to move forward we need your supplier registration form and the order form.")]
    public void What_a_go_ahead_would_need_is_not_a_go_ahead(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("When the parser patch is validated on our relays, we start the commercial review the same week.")]
    [InlineData("When the fix works on our boxes, Jordan can go ahead with Priya.")]
    public void A_go_ahead_for_when_the_fix_is_proven_is_not_a_go_ahead_now(string text)
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Not_starting_legal_on_part_of_the_criteria_refuses_the_conditional_win()
    {
        var text = "Thanks both, the team clearly liked it. I'm not going to start legal on two criteria out of three, though. "
            + "When Dana tells me legacy syslog parses on our relays, we start commercial that week. Not before.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Una novedad antes de seguir con lo condicional: el parche del parser llegó el lunes y ayer lo validamos con nuestro syslog. Con eso se cumplen los tres criterios. Confirmo que damos la evaluación técnica por superada; ya no hace falta la victoria condicional. Jordan puede seguir con Priya sin esa salvedad.")]
    [InlineData("Even nieuws voordat we het voorwaardelijke traject ingaan: de parser-patch is vorige week uitgerold en gisteren gevalideerd op onze syslog-relays. Daarmee zijn alle drie de criteria gehaald. Ik bevestig dat wij de technische evaluatie als geslaagd beschouwen; de voorwaardelijke win is dus niet meer nodig.")]
    [InlineData("The parser patch was deployed on Monday and legacy syslog has parsed cleanly since. All three criteria are met and the evaluation is a success. Confirmed. Jordan can go ahead with Priya without the stipulation.")]
    public void A_confirmation_that_sets_the_conditional_aside_is_the_whole_confirmation(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_failure_named_as_past_in_a_sentence_that_says_it_now_works_disputes_nothing()
    {
        var text = "The patch is deployed and we re-ran the syslog samples yesterday: all of them parse now, including the two that failed at the readout. "
            + "So all three criteria are met; confirmed, the evaluation is a success.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Asking_the_lead_not_to_confirm_the_evaluation_before_a_retest_declines_even_beside_points_granted()
    {
        var text = "Sorry, but I have to object here. Our on-call numbers come from the test roster, not the live one. "
            + "I would ask Dana not to confirm the evaluation as a success before we re-test on the live roster. The other two points are fine by me, no objection.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Ciao Alex, Dana è in ferie e la sua posta arriva a me. Io però non sono autorizzata a dare conferme formali sulla valutazione: ne ho parlato con Marco.")]
    [InlineData("Olá Noor, estou a substituir a Sanne enquanto ela está fora, mas não tenho autorização para aceitar isto em nome da equipa; isso fica com o Marc.")]
    [InlineData("Hoi Noor, Sanne is met verlof. Ik weet eerlijk gezegd niet of ik hier namens het team akkoord op mag geven. Ik heb Marc gevraagd wie dit nu formeel mag bevestigen.")]
    [InlineData("Hola Alex, Dana vuelve el lunes y se lo dejo marcado. Yo no puedo aprobar nada de esto, pero no se ha perdido.")]
    [InlineData("Gentile Alex, grazie per il lavoro svolto. Per quanto riguarda la conferma formale, lascio la parola a Dana, che Le risponderà a breve.")]
    public void A_stand_in_without_the_authority_to_answer_hands_the_answer_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_japanese_success_that_cannot_be_confirmed_as_things_stand_declines()
    {
        var text = "石川さん\n申し訳ないのですが、このままでは「成功」とは確認できません。\nダッシュボードのp95はキャッシュが空の状態で1,240msでした。目標の800msを超えています。";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: the team considers the technical evaluation a success. We owe you a round of drinks once the paperwork is done.")]
    [InlineData("Dana's out until Monday, but I was in the readout and don't want this to sit over the holiday. Confirmed: the team considers the technical evaluation a success.")]
    public void A_social_or_practical_aside_beside_a_plain_yes_conditions_nothing(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Sorry for the slow answer: I wanted to reply with the final result rather than agree to the conditional version. The parser patch was deployed on the 9th and legacy syslog has parsed cleanly since. All three criteria are met; I confirm the evaluation is a success.")]
    [InlineData("Following up on the conditional win from last month. The parser patch is deployed and legacy syslog parses cleanly on all relays. All three criteria met, and I can confirm the evaluation is a success. Full, not conditional any more.")]
    [InlineData("Goed nieuws: de parser-patch is vorige week uitgerold en legacy syslog wordt sindsdien foutloos verwerkt. Daarmee zijn alle drie de criteria gehaald. Wij bevestigen dat de technische evaluatie geslaagd is, niet meer conditioneel.")]
    [InlineData("保留となっておりましたレガシーsyslogの件、パーサーの修正版を本番環境へ適用し、すべて正常に取り込めることを確認いたしました。これにより3つの基準すべてを満たしましたので、今回の技術評価は成功であったと正式にご回答いたします。条件付きではなく、この内容でお進めください。")]
    public void The_whole_confirmation_after_the_fix_is_not_the_conditional_win(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void To_a_full_declaration_a_confirmation_refused_until_something_is_fixed_is_a_not_yet()
    {
        var text = "1) MTTR: confirmed.\n2) Paging: confirmed.\n3) Legacy syslog: no, the old Cisco firewalls still fail to parse.\nAs long as that is not fixed we cannot sign the confirmation.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Bestätigt: wir sehen die technische Evaluierung als erfolgreich an, alle drei Kriterien sind erfüllt.\n\nEin paar Anregungen für den Rollout:\n- Es wäre schön, wenn die Analysten vor dem Go-live eine kurze Schulung bekämen.\n- Das Onboarding hätten wir gern als Runbook.")]
    [InlineData("Je confirme que l'évaluation technique est réussie ; les trois critères sont atteints. Quelques souhaits pour la suite : nous aimerions une formation pour les analystes avant la bascule, et une présentation de la feuille de route serait la bienvenue.")]
    [InlineData("Confirmed: the evaluation is a success, all three criteria met. It would be nice if the runbook were in Spanish too.")]
    public void Wishes_beside_a_whole_yes_are_not_conditions(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Das Paket ist ausgerollt und der neue Standort war in 2 Stunden 50 angebunden. Damit sind alle drei Kriterien erfüllt. Ich bestätige, dass wir die technische Evaluierung als erfolgreich betrachten, ohne weitere Bedingungen.")]
    [InlineData("Het pakket is uitgerold en gevalideerd; daarmee zijn alle drie de criteria gehaald en bevestig ik dat de evaluatie geslaagd is. De voorwaarde uit de conditionele variant is wat ons betreft vervallen.")]
    [InlineData("La patch è in produzione e validata: tutti e tre i criteri sono soddisfatti e la valutazione è un successo, senza più condizioni. Un paio di osservazioni per il futuro, non condizioni: il changelog era scarno.")]
    public void After_the_fix_a_yes_that_says_no_condition_is_left_is_whole(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Yes from me, the numbers line up with our own dashboards. To be clear though, I'm not the one who signs this off: Dana owns the evaluation, so please wait for her reply.")]
    [InlineData("Von meiner Seite passt das so. Zustimmen kann ich dem aber nicht, das muss Dana machen; sie ist bis Mittwoch im Urlaub.")]
    [InlineData("渡辺の代わりに、途中経過だけ共有させてください。パッチは昨日本番へ適用しました。正式な回答は、週明けに渡辺から別途お送りします。")]
    public void A_colleague_who_says_the_answer_is_someone_elses_has_not_answered(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void Not_putting_ones_name_to_the_statement_refuses_it()
    {
        var text = "This needs a correction before I can confirm anything. The 12 s was measured on the test roster; on the live one it was 41 s. Not as written, sorry: I can't put my name to a success statement with that figure.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Akkoord! Fijn dat we zo ver zijn. Wacht even, ik zie nu pas dat we tot 8 maart een change freeze hebben, dus het pakket kan pas half maart uitgerold worden. Dus toch nog geen akkoord, sorry voor het heen-en-weer.")]
    [InlineData("Agreed, great work. Scratch that: our SOC lead just told me the paging figure was measured on the test roster, so I can't confirm it yet.")]
    [InlineData("こちらとしても成功と考えています、……と返信を書いていたところで、運用チームから指摘が入りました。申し訳ありませんが、現時点では成功の確認は控えさせてください。")]
    public void A_yes_taken_back_in_the_same_reply_is_not_a_yes(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_conditional_agreement_named_as_superseded_holds_nothing_back()
    {
        var text = "La patch del parser è in produzione da giovedì: nessun messaggio scartato sul syslog legacy. Quindi anche il terzo criterio è soddisfatto. "
            + "Confermo che la valutazione tecnica è un successo su tutti e tre i criteri; l'accordo condizionale di novembre si può considerare superato.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: Contoso considers the technical evaluation a success, and Jordan can start the commercial review. Is there anything else you need from us before then?")]
    [InlineData("Bestätigt: Das Team betrachtet die technische Evaluierung als Erfolg. Braucht ihr sonst noch etwas von uns?")]
    [InlineData("Confermo: la valutazione tecnica è un successo. Vi serve altro da parte nostra prima della revisione commerciale?")]
    public void An_offer_of_more_after_a_yes_asks_nothing_first(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Do we still need a conditional wording? I don't think so. The team confirms the evaluation is a success.")]
    [InlineData("Precisamos ainda de mais testes? Acho que não. Confirmo que a avaliação técnica foi um sucesso.")]
    public void A_question_the_writer_answers_at_once_asks_nothing(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_japanese_yes_only_if_a_recheck_finds_nothing_is_not_given()
    {
        var text = "2項目については結果を確認いたしました。3項目目はピーク時のデータで再確認させていただき、問題がなければ3項目とも確認済みとさせてください。";
        Assert.NotEqual(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Mail erhalten, danke. Bestätigen kann ich aber noch nicht, siehe unten. Nach unserer Auswertung wurden nur 92 % der Legacy-Zeilen korrekt gelesen.")]
    [InlineData("Danke für die Zusammenfassung. Zusagen können wir aber leider nicht: unsere Messung liegt bei 31 %, nicht bei 43 %.")]
    public void A_german_aber_after_the_subject_does_not_split_the_refusal(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("パーサーのパッチを本番環境に適用し、旧形式のsyslogもすべて取り込めることを確認しました。つきましては、条件付きとする必要はもうございません。技術評価は成功と判断いたします。")]
    [InlineData("パーサーのパッチを適用し、旧形式のsyslogの取り込みを確認しました。条件付き合意の条件は充足されたものと認識しております。技術評価は成功と判断いたします。")]
    public void A_japanese_yes_that_sets_the_conditional_aside_after_the_fix_is_whole(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void The_nara_of_narabini_is_no_if()
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text("リードアウト、ならびに結果のご報告ありがとうございました。3項目とも目標を達成しており、弊社としても今回の技術評価は成功であったと判断いたします。", Full).Verdict);
    }

    [Theory]
    [InlineData("Some comments on the numbers. MTTR: agreed, we saw the same. Paging: fine. Legacy syslog: that's a stretch. We measured 31% of the AIX lines unparsed, not zero.")]
    [InlineData("Zum ersten Kriterium muss ich widersprechen: wir messen im Schnitt 47.800 EPS, nicht 62.000. Die Fehlalarmquote ist erfüllt, das Onboarding auch.")]
    public void Criteria_granted_beside_a_dispute_with_no_way_forward_decline(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmo o critério 1 (MTTR) e o 2 (tempo de acionamento). O 3 ainda não: só testamos o parser com uma amostra de logs.")]
    [InlineData("MTTR: agreed. Paging: agreed. Legacy syslog we measured at 31% unparsed, not zero, so we'll take the conditional route: go ahead with the commercial review, but no signature until the parser patch is validated.")]
    public void Criteria_granted_beside_one_not_yet_tested_or_a_way_forward_stay_a_partial_yes(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Ni de broma.")]
    [InlineData("Geen sprake van.")]
    [InlineData("Neanche per sogno.")]
    [InlineData("Kommt nicht in Frage.")]
    public void An_idiom_that_says_no_on_its_own_refuses(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void Not_knowing_what_the_conditional_means_refuses_nothing()
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text("Sanne, peux-tu répondre à Noor ? Je ne suis pas sûr de ce qu'implique « conditional » côté juridique. On en parle lundi ?", Conditional).Verdict);
    }

    [Fact]
    public void A_dutch_yes_to_two_criteria_with_the_third_held_is_conditional()
    {
        var text = "Ingestie en false positives: prima, daar teken ik voor. Het onboarden wil ik eerst door een eigen beheerder binnen 4 uur zien, en pas dan wordt er getekend. Tobias mag wat mij betreft alvast met Marc aan de slag.";
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_spanish_tag_question_after_a_yes_sets_a_condition()
    {
        var text = "De acuerdo. Eso sí: el parche del parser estará desplegado y validado antes del 10 de diciembre, ¿verdad? Sin eso no se firma nada.";
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void Bon_pour_accord_agrees()
    {
        Assert.Equal(ReplyVerdict.Conditional, Text("Bon pour accord sur la victoire technique conditionnelle telle que décrite.", Conditional).Verdict);
    }

    [Fact]
    public void Confirming_one_has_read_the_mail_is_receipt()
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text("Received with thanks. I can confirm I have read it and shared it with the team. I will come back to you after our team meeting.", Full).Verdict);
    }

    [Fact]
    public void A_successor_is_no_word_about_the_evaluation()
    {
        var text = "Apologies for the delay: Kenji moved to another project and the hand-over to his successor is still not complete. "
            + "I have gone through the results with the team, and on behalf of Tsubame I confirm that the technical evaluation is a success.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void If_so_here_it_is_gives_the_yes_it_offers()
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text("You said a one-line reply is enough. If so, here it is: Confirmed. The team considers the technical evaluation a success.", Full).Verdict);
    }

    [Theory]
    [InlineData("En tant que responsable de la sécurité, je vous confirme que l'évaluation technique est un succès.")]
    [InlineData("En tant qu'architecte principal, et avec l'accord de Dana, je confirme : les trois critères sont atteints.")]
    public void En_tant_que_is_a_capacity_not_a_condition(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Tant_que_still_conditions()
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text("Je confirme le succès de l'évaluation, mais tant que le correctif n'est pas validé, pas de signature.", Full).Verdict);
    }

    [Theory]
    [InlineData("Der Parser-Patch wurde am Montag eingespielt, seitdem werden alle alten Syslog-Formate sauber gelesen. Die Bedingung aus Ihrer Mail ist aus unserer Sicht damit erledigt. Ich bestätige den Erfolg der technischen Evaluierung.")]
    [InlineData("Le correctif du parser a été installé lundi et tous les anciens formats syslog passent. La condition de votre message est donc réglée ; je confirme le succès de l'évaluation technique.")]
    [InlineData("The parser patch went in on Monday and every legacy syslog format parses. The condition from your mail is resolved as far as we are concerned; the evaluation is a success.")]
    public void A_condition_said_to_be_settled_after_the_fix_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Patch arrived Friday, we ran the old AIX feed through it over the weekend and it parses clean. Please strike the word conditional from your subject line: the evaluation is a success.")]
    [InlineData("Le correctif du parser tourne chez nous depuis lundi, sans une ligne rejetée. Vous pouvez retirer le mot « conditionnel » : pour nous, l'évaluation est un succès.")]
    [InlineData("El parche del parser lleva una semana en producción sin errores. Puedes quitar lo de condicional: la evaluación es un éxito.")]
    public void Striking_out_the_conditional_after_the_fix_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("The parser patch turned up two days early and handled every legacy source we threw at it. That makes all three criteria met, and we consider the evaluation a success.")]
    [InlineData("Der Parser-Patch kam am Dienstag, seitdem läuft das alte Syslog sauber durch. Damit sind alle drei Kriterien erfüllt; ich bestätige den Erfolg der Evaluierung.")]
    [InlineData("パーサーのパッチを受領し、旧形式のsyslogも問題なく取り込めました。これで3つの基準がすべて満たされましたので、技術評価は成功と確認いたします。")]
    [InlineData("The parser patch turned up on Monday and the old AIX feed parses clean: 3 of 3 criteria met, so we consider the evaluation a success.")]
    public void A_yes_that_counts_every_criterion_after_the_fix_covers_the_pending_one(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("We accept the conditional win: all the criteria validated at the readout are met, and the commercial review can start.")]
    [InlineData("The parser patch should land next week, I think. All three criteria are met in our view, so go ahead.")]
    public void Every_criterion_counted_without_the_fix_settled_is_still_the_conditional_win(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Sorry, maar dit kan ik nog niet bevestigen. Met de proxylogs erbij komen we op 6,1% false positives, boven de 5%. Laten we de meting overdoen. Daarna bevestig ik graag.")]
    [InlineData("Das kann ich so noch nicht bestätigen: mit den Proxy-Logs liegen wir bei 6,1 %. Lasst uns die Messung wiederholen. Danach bestätige ich gern.")]
    public void A_yes_promised_for_afterwards_is_not_given(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: the evaluation is a success, all three criteria met, and Jordan can go ahead with Priya. If you need the runbook in Spanish, Marta can help.")]
    [InlineData("Bestätigt: die Evaluierung ist ein Erfolg, alle drei Kriterien sind erfüllt, Tobias kann mit Marc starten. Falls ihr Logs aus Düsseldorf braucht, sagt Bescheid.")]
    public void An_offer_to_the_reader_beside_a_whole_yes_conditions_nothing(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Alex, you can quote me on this:\n\n\"Contoso considers the observability POV a technical success. All three mandatory criteria were met.\"\n\nDana")]
    [InlineData("Ciao Alex, ho solo sistemato la frase: «Il team Contoso ritiene che la valutazione tecnica si sia conclusa con successo.» Puoi citarla così com'è.")]
    public void Words_in_quotation_marks_given_to_be_quoted_are_said(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_quoted_yes_without_leave_to_quote_it_is_only_mentioned()
    {
        Assert.NotEqual(ReplyVerdict.Confirmed, Text("You asked for an \"Agreed\" on the conditional win. I'll talk to Priya first.", Conditional).Verdict);
    }

    [Theory]
    [InlineData("The parser patch is deployed and every legacy format parses. With all three criteria validated, the team considers the evaluation a success. Jordan can go ahead with Priya without the carve-out.")]
    [InlineData("The parser patch is deployed and legacy syslog parses cleanly. All three criteria are met: confirmed, the evaluation is a success. The budget freeze everyone feared didn't touch our line, so nothing is blocking Jordan.")]
    public void After_the_fix_a_yes_with_nothing_held_back_is_whole(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("I talked it through with Priya and we're going to pass on the conditional route. Let's re-run the syslog test after the patch and decide then.")]
    [InlineData("条件付きの件、中村とも話しましたが、未達の項目を残したまま法務レビューに入るのは社内的に通しにくい、というのが中村の判断です。")]
    public void Passing_on_the_conditional_route_declines_it(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Jumping in since we ran the POV hands-on. The numbers match our run logs. The agreement itself has to come from Sanne though: we're not in a position to accept anything on Brightwater's behalf.")]
    [InlineData("Bien reçu, merci. Notre nouveau DSI passe en revue tous les dossiers en cours. Je regarde votre proposition à mon retour et je reviens vers vous.")]
    public void A_partner_or_a_busy_week_gives_no_answer(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_japanese_go_ahead_that_its_sentence_freezes_is_not_given()
    {
        var text = "大変申し訳ないのですが、現時点では評価成功の確認をお送りすることができません。\n経営判断として、収束までは外部ベンダーとの契約手続きがすべて凍結となりました。\n収束の目処が立ちましたら、改めてご連絡いたします。";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_fix_reported_in_passing_words_still_covers_the_blocked_criterion()
    {
        var text = "Quick update before you chase me on this one: the parser patch went into our staging collectors on the 9th and we re-ran the syslog test. "
            + "Every line parsed, including the old formats that were failing before. With all three criteria validated, the team considers the technical evaluation a success.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void Saying_a_criterion_cannot_be_called_passed_disputes_it()
    {
        var text = "The 12 s was measured on the test roster. On the live roster it was 41 s, well above the 30 s target, so I cannot say the paging criterion passed as written.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_japanese_note_on_how_the_deal_proceeds_conditions_nothing()
    {
        var text = "3つの必須成功基準はすべて達成されており、今回の技術評価は成功であったと確認いたします。\nなお、導入は段階的にご提案させていただく予定です。こちらはあくまで商談側のお話です。\nSarahさんにはその前提でお話を進めていただければ幸いです。";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Sur la proposition de Conditional Technical Win, ma réponse est non, du moins pas maintenant. Dès que le package est livré et validé, on en reparle.")]
    [InlineData("Sul Conditional Technical Win la risposta per ora è no. Preferisco aspettare la patch, validarla e poi confermare tutto in una volta.")]
    public void A_plain_no_to_the_conditional_win_declines_it(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_thumbs_up_explained_as_received_and_a_decision_left_to_the_lead_is_no_answer()
    {
        var text = "Just to be explicit, my thumbs-up earlier only meant \"received\", not approval. Watanabe-san owns the decision on the conditional win; he'll reply to you directly.";
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Wir stimmen dem Conditional Technical Win wie vorgeschlagen zu. Tobias kann mit Marc in den Review gehen; unterschrieben wird erst nach der Validierung des Pakets.")]
    [InlineData("Even aanvullend op Pieter, want dat duimpje telt natuurlijk niet als officieel antwoord. Bevestigd, op één voorwaarde: de WAF-logs moeten vóór ondertekening nog worden meegenomen.")]
    public void An_agreement_with_its_condition_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Te confirmo que Brightwater considera la evaluación técnica un éxito: se han cumplido los tres criterios. No tiene sentido que esto espere a su vuelta.")]
    [InlineData("Je vous confirme que nous considérons l'évaluation technique comme un succès. Quelques remarques, qui ne remettent pas en cause ce qui précède :\n- les 3,2 % ont été mesurés sur deux semaines ;\n- la formation des analystes reste à planifier.")]
    [InlineData("Confirmado! O time considera a avaliação técnica um sucesso.\n\nAlgumas observações (nada disso muda a confirmação):\n- o jurídico aqui é bem chato com material de marketing.")]
    public void Remarks_the_writer_sets_apart_from_a_whole_yes_hold_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmado! O time da Contoso considera a avaliação técnica um sucesso. Pro rollout, a ideia é começar pelos clusters de pagamento em janeiro, depois do congelamento de fim de ano.")]
    [InlineData("Confirmed: the team considers the technical evaluation a success. We'll start the rollout with the payment clusters in January, after the year-end freeze.")]
    public void A_year_end_change_freeze_is_a_calendar_not_a_spending_stop(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Not_wanting_legal_to_start_before_the_fix_is_seen_refuses_the_conditional_win()
    {
        var text = "I'm going to hold off on the \"Agreed\" for now. The two criteria you validated are solid; it's the third one. "
            + "Until I've seen this patch running in staging against our feeds, I don't want legal spinning up on our side.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Confirmed, on the understanding that the legacy syslog result also covers the RFC 3164 messages from the old Cisco pairs in DC2. The other two numbers are great.")]
    [InlineData("Confirmado, en el entendido de que el resultado del syslog legacy cubre también los Cisco antiguos del segundo centro de datos.")]
    [InlineData("Bestätigt, in der Annahme dass das Ergebnis auch für die alten Cisco-Firewalls im zweiten Rechenzentrum gilt.")]
    public void A_yes_on_an_understanding_is_conditional(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: the team considers the technical evaluation a success. One point that does not change the above: the MTTR figure covers only the October incidents. If marketing quotes it, please say \"up to 43%\" and have Priya read it first.")]
    [InlineData("Confirmado: consideramos la evaluación técnica un éxito. Un apunte que no cambia lo anterior: el MTTR se midió solo con los incidentes de octubre. Si lo usáis en la propuesta, que diga \"hasta un 43 %\" y que Priya lo revise antes.")]
    [InlineData("Bestätigt: wir betrachten die technische Evaluierung als Erfolg. Der zweite Standort kommt erst in einer späteren Phase dazu, das ändert aber nichts an dieser Bestätigung.")]
    public void A_remark_said_to_change_nothing_of_the_yes_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Before I answer, let me check I have it right. If I understood correctly: two of the three criteria passed, syslog waits for the parser patch, and the contract review would start now with no signature until the patch is validated. We can't agree to that: the parser is exactly where our risk is, and legal will not start while that criterion is unproven.", ReplyVerdict.Declined)]
    [InlineData("Pour rappel : le MTTR et le paging étaient validés, et le syslog attendait le correctif prévu pour le 10. Le correctif est en production depuis mardi et toutes les sources legacy sont parsées. Je confirme que l'évaluation technique est un succès, sur les trois critères.", ReplyVerdict.Confirmed)]
    public void The_writers_retelling_of_the_declaration_is_not_their_answer(string text, ReplyVerdict expected)
    {
        Assert.Equal(expected, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("MTTR: confirmed. Paging: confirmed. Legacy syslog: we will count it as met once you have run the parser against all our collectors. On that basis Jordan can start the commercial review.")]
    [InlineData("MTTR y paging: confirmados. El syslog legacy lo daremos por cumplido cuando lo hayáis probado con todos los colectores; con eso, Jordan puede iniciar la revisión comercial.")]
    public void A_criterion_met_only_once_a_step_is_taken_is_a_condition(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Buongiorno Alex, per la parte commerciale in Italia il riferimento sarà l'Ufficio Acquisti di Milano. Vi giro i contatti di Stefano Colombo.")]
    [InlineData("Bonjour Alex, pour la revue commerciale, c'est notre service achats qui sera votre interlocuteur : je vous transmets les coordonnées de Mme Girard.")]
    public void Naming_the_commercial_review_is_not_a_go_ahead(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed: the team considers the technical evaluation a success. Jordan, for the paperwork: our AP team needs Fabrikam set up as a supplier before a PO can be raised.")]
    [InlineData("Bestätigt: wir betrachten die technische Evaluierung als Erfolg. Für die Bestellung muss Fabrikam vorher als Lieferant angelegt werden.")]
    public void A_purchasing_formality_beside_a_whole_yes_conditions_nothing(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("石川様\n部門として、今回の技術評価は成功と判断しております。\n次のステップとして、以下をお願いできますでしょうか。\n・3年契約を前提としたお見積書\n・国内の導入事例（可能であればご紹介の場も）")]
    [InlineData("Confirmed: the team considers the technical evaluation a success.\n\nCould you send us the following:\n- a quote on the basis of a three-year term\n- two reference customers, if possible ones we can call")]
    public void What_a_request_list_asks_for_beside_a_whole_yes_is_no_condition(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Talking_about_the_commercial_steps_next_week_does_not_hold_back_the_answer()
    {
        var text = "石川様\nIT基盤部として、今回の技術評価は成功と判断し、正式に確認いたします。\n商談の進め方については、来週改めてSarah様とご相談させてください。";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_confirmation_promised_once_the_fix_is_in_is_not_given_now()
    {
        var text = "I took it to Priya and the answer is no: commercial review only starts once every criterion is validated. So for now: not agreed. "
            + "Once the parser patch is deployed and validated, I'm happy to confirm the whole thing in one go.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Hallo Frau Kim, nein – solange das Syslog-Kriterium offen ist, starten wir keine kaufmännischen Gespräche.")]
    [InlineData("Hi Alex, no – as long as the syslog criterion is open we are not starting any commercial talks.")]
    public void A_no_right_after_the_greeting_refuses(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void What_was_pending_named_in_the_past_is_pending_no_more()
    {
        var text = "Le correctif a été livré et testé : le syslog legacy est parsé sans erreur. C'était le seul critère en suspens. "
            + "Les trois critères étant validés, je confirme la réussite de l'évaluation technique, sans réserve.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void A_reply_dictated_in_one_breath_is_read_clause_by_clause()
    {
        var refusal = "thumbs up on the numbers and thanks to your team for the hard work over the weeks, we spoke about it in the standup this morning, "
            + "but we can't confirm the evaluation yet because the parser patch is not in, "
            + "I'm around till tonight and then on a plane so more details on monday when I'm back at my desk";
        Assert.Equal(ReplyVerdict.Declined, Text(refusal, Full).Verdict);
        var yes = "confirmed the team considers the technical evaluation a success all three criteria met, thanks to everyone on your side for the hard work these weeks, "
            + "I'm driving to the airport now and will probably be offline until monday, "
            + "Jordan can start the commercial review with Priya whenever suits";
        Assert.Equal(ReplyVerdict.Confirmed, Text(yes, Full).Verdict);
    }

    [Fact]
    public void Handing_the_purchase_to_the_economic_buyer_hands_over_nothing_of_a_whole_yes()
    {
        var text = "Bevestigd: we beschouwen de technische evaluatie als geslaagd, alle drie de criteria zijn gehaald. De commerciële afweging ligt bij Marc, dus Tobias kan het met hem oppakken.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("We were asked for a second opinion on the readout and see no showstoppers: the throughput figures match what we see ourselves. The formal confirmation has to come from Contoso itself, of course.")]
    [InlineData("Confirmo as datas do treinamento: 3 e 4 de março. Sobre o resultado da avaliação, quem responde pela Contoso é a Dana.")]
    public void Saying_who_must_answer_hands_the_answer_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("De mon côté c'était nickel pendant le POV : le parsing des vieux syslog marche. Par contre ce n'est pas moi qui valide officiellement, c'est Dana.")]
    [InlineData("Do nosso lado a ingestão ficou muito boa durante o POV. Mas quem confirma oficialmente é a Dana, não eu.")]
    public void Saying_someone_else_validates_officially_hands_the_answer_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void An_answer_to_another_question_under_its_own_label_conditions_nothing()
    {
        var text = "All three criteria are met and I confirm the team considers the technical evaluation a success. Jordan can start the commercial review.\n\n"
            + "On your other question about the rollout plan: payments first in January, then the edge clusters in February once the on-call rotation has settled.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Accord de notre côté pour la victoire technique conditionnelle, avec une réserve : le correctif devra être validé non seulement sur un relais pilote mais aussi sur les relais de Lyon. Sans cela, le critère ne sera pas considéré comme atteint.")]
    [InlineData("Agreed to the conditional win, with one reservation: the patch must be validated not only on the pilot relay but also on the Lyon relays. Otherwise we won't consider the criterion met.")]
    public void A_no_that_follows_only_if_the_ask_is_not_done_is_a_condition(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Hallo Frau Kim, zur Vollständigkeit unser Formular. Gegenstand: Übergang in die kommerzielle Prüfung. Ergebnis: siehe Anlage, die Entscheidung trifft Herr Lee.", ReplyVerdict.Ambiguous)]
    [InlineData("Bonjour Alex, nous ne lançons pas de revue commerciale tant que le critère syslog n'est pas validé.", ReplyVerdict.Declined)]
    public void The_commercial_step_named_is_not_started_but_refused_it_refuses(string text, ReplyVerdict expected)
    {
        Assert.Equal(expected, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void An_item_of_a_request_list_that_asks_for_something_first_still_conditions()
    {
        var text = "Confirmed: the team considers the technical evaluation a success.\n\nCould you send us the following:\n- a replay of the legacy feed on our relays, which we need first\n- two reference customers";
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_german_day_of_the_month_does_not_end_the_sentence()
    {
        var text = "Hallo Alex, so können wir leider nicht zustimmen. Erst wenn der Parser-Patch (laut deiner Mail am 10. Januar fällig) eingespielt und das Syslog-Kriterium validiert ist, reden wir über den Technical Win.";
        Assert.Equal(ReplyVerdict.Declined, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("I took your mail for the meeting request and sent an invitation for Thursday. I now see that your mail was actually asking Dana for a confirmation. I will leave that part to her.")]
    [InlineData("Dana's team walked me through the numbers from their own replay last night and they're impressive. I'll let Dana send the formal confirmation; it's her call on the technical side.")]
    [InlineData("Ti giro i risultati del nostro test di ieri notte. Mi sembra tutto molto buono. Non tocca a me confermare formalmente, quella conferma la manda Dana.")]
    public void Leaving_the_confirmation_to_the_lead_engineer_hands_it_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Fact]
    public void Two_criteria_taken_as_confirmed_and_the_third_awaiting_a_retest_is_partial()
    {
        var text = "MTTRとオンコール通知の2項目は、当社でも再現できたので確認とさせてください。レガシーsyslogの取り込みは現在再検証中です。こちらは結果を見てから最終確認とさせてください。";
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmé : pour l'équipe Contoso, l'évaluation technique est un succès. Les trois critères ont été atteints.\n\nPetit bémol quand même : l'interface en français est encore à moitié traduite, et les dates s'affichent au format américain. Ce n'est pas bloquant, mais j'aimerais que ce soit dans la feuille de route.")]
    [InlineData("Confirmed: the team considers the technical evaluation a success, and all three criteria were met.\n\nOne gripe: the French UI is still half translated and dates show in the US format. Not a blocker, but I'd like to see it on the roadmap.")]
    public void A_remark_the_next_sentence_calls_no_blocker_holds_nothing_back(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Nothing_to_add_and_a_favour_asked_leave_a_yes_whole()
    {
        var text = "Confirmed — the team considers the technical evaluation a success. All three criteria were met at the readout and I have nothing to add to your numbers. I'd appreciate it if Jordan could contact Priya this week rather than next.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void A_budget_freeze_named_as_a_date_refuses_nothing()
    {
        Assert.Equal(ReplyVerdict.Conditional, Text("Agreed. Go ahead and start with Priya, she wants legal kicked off before the Dec 15 budget freeze.", Conditional).Verdict);
    }

    [Fact]
    public void Not_agreeing_on_someone_elses_behalf_hands_the_answer_over()
    {
        var text = "Nice work on the readout. Dana is on the overnight migration this weekend, so she probably won't surface before Tuesday. I'll nudge her as soon as she's back. I can't agree to anything on her behalf, though.";
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Alex, back on the 19th I put this in writing to you: \"if the parser copes with the old Cisco boxes, I have nothing left to object to.\" It coped. So, as requested: Confirmed. The team considers the technical evaluation a success, on all three criteria.")]
    [InlineData("Hoi, in mijn mail van 14 januari schreef ik: „Als de onboarding van een nieuwe site onder de vier uur blijft, teken ik af.” Het werd tweeënhalf uur. Dus bij deze: bevestigd. Het team beschouwt de technische evaluatie als geslaagd.")]
    [InlineData("Avevo scritto «confermo, con riserva sull'ingestione dei syslog legacy»: la riserva era un errore mio. Quindi, senza riserve: confermato. Il team considera la valutazione tecnica un successo su tutti e tre i criteri.")]
    public void A_condition_or_promise_quoted_from_an_earlier_mail_is_mentioned_not_set(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void No_condition_left_with_a_word_between_is_still_none_left()
    {
        var text = "Le correctif nous a été livré le 15 et nous l'avons validé hier. Il n'y a donc plus de condition. Je confirme que les trois critères obligatoires sont atteints et que l'équipe considère l'évaluation technique comme réussie.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Theory]
    [InlineData("Bestätigt: Das Team betrachtet die technische Evaluierung als erfolgreich. Für Jordan schon mal als Hinweis für die kaufmännischen Gespräche: Unser Einkauf wird eine automatische Verlängerung um 36 Monate nicht akzeptieren.")]
    [InlineData("Confermo, per noi la valutazione tecnica è un successo. Segnalo a Jordan, per la parte economica: il nostro budget è in euro e bloccato per il 2027, un listino in dollari non passerebbe l'approvazione.")]
    public void A_no_under_a_label_for_the_commercial_talks_refuses_nothing_of_a_whole_yes(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Fact]
    public void Saying_whose_sign_off_matters_hands_the_answer_over()
    {
        var text = "I read your request and I'll leave that answer to Dana. She ran the evaluation and it's her sign-off that matters here. From where I sit the numbers look good.";
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Je confirme : l'équipe considère l'évaluation technique comme un succès.\n\nPar souci de transparence : Camille maintient une réserve sur la durée de mesure du taux de faux positifs. Elle reconnaît que le critère est atteint tel qu'il a été défini. Ce n'est pas une condition.")]
    [InlineData("I confirm the team considers the technical evaluation a success.\n\nFor transparency: Camille keeps a reservation about how long the false-positive rate was measured. She agrees the criterion is met as defined. That is not a condition.")]
    public void A_remark_called_no_condition_after_a_yes_in_between_is_still_set_aside(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Confirmed. Contoso considers the technical evaluation a success. Feel free to share the comparison sheet with Jordan, but please don't forward it outside Fabrikam, the Adatum figures came to us under NDA.", ReplyVerdict.Confirmed)]
    [InlineData("Noor, great write-up, thanks. Sanne, whenever you've had a chance to review, a one-line reply to Noor is all we need. No rush over the weekend. Marc, I'll send you an invite for the commercial kick-off.", ReplyVerdict.Ambiguous)]
    public void Instructions_and_courtesies_to_others_in_the_thread_hold_nothing_back(string text, ReplyVerdict expected)
    {
        Assert.Equal(expected, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Por mi parte, encantada con el resultado. Dana, la confirmación formal te toca a ti, ¿verdad? Yo solo quería dejar constancia de cómo nos fue aquí.")]
    [InlineData("Do nosso lado os números batem com o que vocês apresentaram. Mas quem dá o aceite formal é a Dana, não eu.")]
    public void Saying_the_formal_answer_is_someone_elses_hands_it_over(string text)
    {
        Assert.Equal(ReplyVerdict.Ambiguous, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Sorry for the slow answer. Paging and MTTR: both match our own figures. I can confirm the first two. The syslog relays were rebuilt on Monday and some old formats show up unparsed again, so that one needs another look before anybody signs.")]
    [InlineData("Danke für die Geduld. Die ersten beiden kann ich bestätigen, die Zahlen decken sich mit unseren. Beim Syslog-Parser schauen wir nach dem Relay-Update noch einmal hin.")]
    [InlineData("Grazie Alex. I primi due li confermo senza problemi. Sul terzo aspettiamo il nuovo test.")]
    public void Confirming_the_first_few_of_three_criteria_is_partial(string text)
    {
        Assert.Equal(ReplyVerdict.Conditional, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Purtroppo per ora non posso confermare. Il regolamento interno richiede che la relazione finale, con i dati grezzi di ogni test, sia allegata alla conferma. Appena arriva ne parlo col team.")]
    [InlineData("I can't sign this off yet. Our audit policy requires that the final report, including raw logs for every run, is attached to any confirmation we send.")]
    public void A_confirmation_named_as_what_a_rule_requires_is_not_given(string text)
    {
        Assert.Equal(ReplyVerdict.Declined, Text(text, Full).Verdict);
    }

    [Fact]
    public void Must_criteria_met_is_a_yes_not_a_demand()
    {
        var text = "Hallo Alex, alle drei Muss-Kriterien sind aus unserer Sicht erfüllt. Die technische Evaluierung ist erfolgreich. Jordan kann die kommerzielle Prüfung mit Priya starten.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }

    [Theory]
    [InlineData("Hallo Alex, kurz bevor das untergeht: der Patch läuft seit Dienstag in Produktion, der Nachtest ist durch. Alle drei Kriterien sind erfüllt. Ich bestätige, dass wir die Evaluierung als erfolgreich betrachten, nicht mehr nur unter Vorbehalt.")]
    [InlineData("石川さん 保留の項目は修正版の適用後に再試験し、目標を上回りました。必須項目すべてが達成となりましたので、条件付きではなく、技術評価は成功として正式に確認いたします。契約は中村と進めていただければと思います。")]
    public void A_conditional_win_made_whole_after_the_fix_is_confirmed(string text)
    {
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Conditional).Verdict);
    }

    [Fact]
    public void An_agenda_item_number_in_pasted_minutes_counts_no_criteria()
    {
        var text = "Hallo Frau El Amrani, Auszug aus dem Protokoll des Lenkungskreises: TOP 2 – PoV SIEM. Beschluss: Alle drei Pflichtkriterien gelten als erfüllt, die technische Evaluierung ist erfolgreich. Hiermit bestätige ich das schriftlich.";
        Assert.Equal(ReplyVerdict.Confirmed, Text(text, Full).Verdict);
    }
}
