using System.Text;
using System.Text.RegularExpressions;

namespace OutlookWin.Domain.Replies;

/// <summary>
/// Keeps what the person wrote now and drops what they did not: quoted history and reply headers
/// (Outlook "From:/Sent:" blocks and "-----Original Message-----", "On … wrote:" in several languages,
/// <c>&gt;</c> quoting), signatures ("-- ", "Sent from my iPhone", sign-off plus name block) and legal
/// disclaimers. Inline replies between quoted lines are kept. Stateless and thread-safe.
/// </summary>
public sealed class ReplyExtractor
{
    private const int MaxLineLength = 2000;

    // "On Tue, 24 Nov 2026 at 17:02, Sam <sam@x> wrote:" and its translations. Bounded lines, no nested quantifiers, and a timeout.
    private static readonly Regex WroteHeader = new(
        @"^\s*[>\s]*(on|am|le|el|em|op|il|den|på|w dniu|dne|в|o|el día)\b.{0,300}\b(wrote|writes|schrieb|schreibt|a écrit|a ecrit|escribió|escribio|escreveu|schreef|ha scritto|skrev|kirjoitti|napisał|napsal|написал\(а\)|написал|написала|geschreven)(\s*:?\s*$|\s.{0,200}:\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Sam Rivera <sam@x> wrote:", "… wrote the following:", "суббота, 26 июля 2014 г. пользователь Sam написал:",
    // "Wiadomość napisana przez Sam w dniu 25 lis 2014, o godz. 21:44:", "2026年11月24日(火) 17:02 Sam <sam@x>:",
    // "Zhuk Pavel <a@b> @ 2015-01-15 17:54 SAST:"
    private static readonly Regex LooseWroteHeader = new(
        @"^\s*.{0,200}(\bwrote(\s+the\s+following)?|schrieb|a écrit|escribió|escreveu|schreef|ha scritto|написал|написала|napisał|napisała|のメッセージ|さんは書きました|書きました)\s*[:：]\s*$|^\s*wiadomość napisana przez .{0,200}:\s*$|^\s*\d{4}[年/.-]\s*\d{1,2}[月/.-]\s*\d{1,2}.{0,200}<[^<>@\s]+@[^<>\s]+>\s*[:：]?\s*$|^.{0,100}<[^<>@\s]+@[^<>\s]+>\s*@\s*\d{4}-\d{2}-\d{2}.{0,40}:\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex OriginalMessage = new(
        @"^\s*[-_=]{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine|message original|mensaje original|mensagem original|oorspronkelijk bericht|origineel bericht|messaggio originale|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht|元のメッセージ|転送メッセージ|opprinnelig melding|alkuperäinen viesti|исходное сообщение|original-nachricht)\s*[-_=]{2,}\s*$|^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex HeaderFrom = new(
        @"^\s*[*>\s]*(from|von|de|van|da|från|fra|lähettäjä|od|от|差出人|送信者|expéditeur|remitente|absender)\s*\*?\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex HeaderField = new(
        @"^\s*[*>\s]*(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|envoye|date|à|a|objet|enviado|enviada|enviada em|enviado em|enviado el|fecha|para|asunto|assunto|verzonden|aan|onderwerp|skickat|ämne|sendt|emne|lähetetty|aihe|kopie|inviato|oggetto|отправлено|тема|кому|送信日時|日付|宛先|件名|cc)\s*\*?\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex MobileSignature = new(
        @"^\s*(envoyé à partir de [\w\s]{0,30}|sent from (my )?[\w\s\-.]{0,40}|sent from [\w\-.]{1,30},[\w\s\-.,]{0,80}|sent from outlook for \w+(\s*<[^<>]*>)?|get outlook for \w+(\s*<[^<>]*>)?|sent via [\w\s.]{0,30}|sent with [\w\s.]{0,30}|envoyé de mon [\w\s]{0,30}|envoyé depuis [\w\s]{0,30}|von meinem [\w\s]{0,30} gesendet|gesendet von [\w\s]{0,30}|enviado desde mi [\w\s]{0,30}|enviado do meu [\w\s]{0,30}|enviado de meu [\w\s]{0,30}|verzonden (vanaf|met) (mijn )?[\w\s]{0,30}|iphoneから送信|android から送信|outlook for (ios|android) を入手|skickat från min [\w\s]{0,30}|inviato da(l mio)? [\w\s]{0,30}|scarica outlook per \w+(\s*<[^<>]*>)?|sendt fra min [\w\s]{0,30})(\s*<[^<>]*>)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex SignOff = new(
        @"^\s*[-–—]*\s*(thanks|thank you|many thanks|thanks again|thanks and regards|thx|cheers|best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|rgds|br|sincerely|yours|all the best|talk soon|take care|cordially|respectfully|viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|grüße|gruß|lg|vg|mfg|danke|vielen dank|cordialement|bien cordialement|bien à vous|salutations|amitiés|merci|merci beaucoup|bonne journée|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|un abrazo|atenciosamente|abraços|abs|obrigado|obrigada|cumprimentos|met vriendelijke groet(en)?|vriendelijke groet(en)?|groet(en|jes)?|mvg|bedankt|dank je|dank u|cordiali saluti|distinti saluti|saluti cordiali|un caro saluto|un saluto|saluti|buona giornata|grazie mille|grazie|a presto|よろしくお願いします|よろしくお願いいたします|よろしくお願い致します|以上、?よろしくお願いいたします|宜しくお願いします|敬具)\s*[,.!。！]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Disclaimer = new(
        @"^\s*(this (e-?mail|message|communication)( and any (files|attachments))?.{0,40}(confidential|privileged|intended)|confidentiality notice|disclaimer\s*:|the information (contained )?in this (e-?mail|message)|diese (e-?mail|nachricht) (enthält|kann)|ce (message|courriel|mail).{0,40}(confidenti|destiné)|este (mensaje|correo|e-?mail).{0,40}(confidencial|destinad)|esta mensagem.{0,40}(confidencia|destinad)|(questo|il presente) (messaggio|e-?mail).{0,40}(riservat|destinat|confidenzial)|le informazioni contenute (in|nel)la? (presente|questa|questo)|dit (e-?mail)?bericht.{0,40}(vertrouwelijk|uitsluitend)|このメール(には|は).{0,20}(機密|秘密))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Any client's header: a date or time and an address, ending in a colon ("30.09.2017, 18.30, "John" <j@x>:").
    private static readonly Regex DatedAddressHeader = new(
        @"^.{0,150}(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:.]\d{2}|\b(19|20)\d{2}\b).{0,150}([^\s<>@]+@[^\s<>]+).{0,60}[:：]\s*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "-------- Oprindelig besked --------", "---- On … wrote ----"
    private static readonly Regex DashedBanner = new(
        @"^\s*[-=_]{3,}\s*[^-=_\s][^-=_]{2,80}[-=_]{3,}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "-Abhishek Kona", "- Dana": a dash-signed name on its own line.
    private static readonly Regex DashName = new(
        @"^\s*[-–—]\s?\p{Lu}[\p{L}.'-]*(\s\p{Lu}[\p{L}.'-]*){0,2}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "P.S.", "PS:", "P.P.S.", "PD:" (Spanish), "N.B.": a postscript, which people write below their signature.
    internal static readonly Regex Postscript = new(
        @"^\s*(p\.\s?(p\.\s?)?s\.?|pps\b|ps\s*[:\-–]|p\.\s?d\.|pd\s*:|n\.\s?b\.)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Extracts the new text from a plain-text body.</summary>
    public string ExtractFromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l)
            .Select(l => l.TrimEnd())
            .ToList();

        var kept = StripQuotes(lines);
        kept = StripSignature(kept);
        return Tidy(kept);
    }

    /// <summary>Extracts the new text from an HTML body (quote containers of Outlook, Gmail, Apple Mail and Thunderbird removed).</summary>
    public string ExtractFromHtml(string html, ReplyReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var o = options ?? ReplyReaderOptions.Default;
        var text = HtmlReplyText.ToText(html, o, Deadline.None);
        return ExtractFromText(text);
    }

    internal string ExtractFromHtml(string html, ReplyReaderOptions options, Deadline deadline) =>
        ExtractFromText(HtmlReplyText.ToText(html, options, deadline));

    /// <summary>
    /// The new text of the first message quoted under the reply (what a colleague forwarded inline): the lines after
    /// the first reply or forward header, unquoted, up to the next header.
    /// </summary>
    internal string ExtractQuoted(string fullText)
    {
        var lines = fullText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l.TrimEnd())
            .ToList();
        var header = FindHeader(lines, out var length, out _);
        if (header < 0)
        {
            return string.Empty;
        }

        var quoted = lines.Skip(header + length)
            .SkipWhile(IsHeaderBlockLine)
            .Select(l => l.TrimStart().StartsWith('>') ? l.TrimStart()[1..].TrimStart(' ') : l)
            .ToList();
        return ExtractFromText(string.Join('\n', quoted));
    }

    private static List<string> StripQuotes(List<string> lines)
    {
        var header = FindHeader(lines, out var headerLength, out var isWrote);
        List<string> kept;
        if (header < 0)
        {
            kept = lines;
        }
        else
        {
            kept = lines.Take(header).ToList();

            // Inline or bottom-posted answer: after an "On … wrote:" header, or an Outlook header block over a '>'
            // quoted original ("De: … Enviado: … Asunto: …" then "> Hi Kenji,"), lines that are not '>' quoted
            // and come after quoted lines are the person's own words, up to the next header.
            var afterBlock = lines.Skip(header + headerLength).SkipWhile(l => l.Trim().Length == 0 || IsHeaderBlockLine(l)).ToList();
            if (isWrote || afterBlock.Count > 0 && IsQuoted(afterBlock[0]))
            {
                var rest = isWrote ? lines.Skip(header + headerLength).ToList() : afterBlock;
                var next = FindHeader(rest, out _, out _);
                if (next >= 0)
                {
                    rest = rest.Take(next).ToList();
                }

                var quotedSeen = false;
                var continuingQuote = false;
                var inline = new List<string>();
                foreach (var line in rest)
                {
                    if (IsQuoted(line))
                    {
                        quotedSeen = true;
                        continuingQuote = true;
                        inline.Add("");
                        continue;
                    }

                    if (line.Trim().Length == 0)
                    {
                        continuingQuote = false;
                        inline.Add(line);
                        continue;
                    }

                    // A line that follows a quoted one with no blank line between is the quote wrapped by a mail
                    // client that lost its '>' marks, not an answer written inline.
                    inline.Add(continuingQuote ? "" : line);
                }

                if (quotedSeen && inline.Any(l => l.Trim().Length > 0))
                {
                    kept.Add("");
                    kept.AddRange(inline);
                }
            }
            else if (TaggedAnswers(lines.Skip(header + headerLength).ToList()) is { Count: > 0 } tagged)
            {
                // "Please see my comments inline with [Watanabe]": answers typed into an unquoted Outlook original,
                // each opened by the writer's tag.
                kept.Add("");
                kept.AddRange(tagged);
            }
        }

        // Quoted lines left anywhere ('>' quoting without a header) are not the person's words.
        return kept.Where(l => !IsQuoted(l)).ToList();
    }

    private static readonly Regex AnswerTag = new(
        @"^\s*\[(?<tag>[A-Za-z][A-Za-z .'-]{0,23})\]\s*:?\s*\S",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> BannerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "external", "ext", "external email", "external sender", "caution", "warning", "spam", "suspicious", "phishing", "secure", "encrypt",
        "confidential", "internal", "public", "image", "attachment", "link", "cid",
    };

    /// <summary>
    /// Lines of the quoted original (up to the next header) opened by the same writer's tag, at least twice
    /// ("[Watanabe] OK, confirmed."): the answers typed inline. Banner tags ("[EXTERNAL]") are not a writer.
    /// </summary>
    private static List<string> TaggedAnswers(List<string> rest)
    {
        // The original's own From:/Sent:/To: block first, then its body up to the next header.
        rest = [.. rest.SkipWhile(IsHeaderBlockLine)];
        var next = FindHeader(rest, out _, out _);
        var scope = next >= 0 ? rest.Take(next) : rest;
        var byTag = scope.Where(l => !IsQuoted(l))
            .Select(l => (Line: l.Trim(), Match: AnswerTag.Match(l)))
            .Where(x => x.Match.Success && !BannerTags.Contains(x.Match.Groups["tag"].Value.Trim()))
            .GroupBy(x => x.Match.Groups["tag"].Value.Trim(), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() >= 2);
        return byTag is null ? [] : [.. byTag.Select(x => x.Line)];
    }

    /// <summary>A line of a quoted message's From:/Sent:/To: block, or a blank one before its body.</summary>
    private static bool IsHeaderBlockLine(string line) =>
        line.Trim().Length == 0 || HeaderField.IsMatch(line.TrimStart('>', ' ')) || HeaderFrom.IsMatch(line.TrimStart('>', ' '));

    private static bool IsQuoted(string line) => line.TrimStart().StartsWith('>');

    /// <summary>Index of the first reply or forward header, or -1.</summary>
    private static int FindHeader(List<string> lines, out int length, out bool isWrote)
    {
        length = 1;
        isWrote = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('>'))
            {
                continue;
            }

            if (OriginalMessage.IsMatch(line) || (DashedBanner.IsMatch(line) && !line.Contains('@') && i > 0))
            {
                return i;
            }

            // Outlook separators: a line of underscores (or dashes) followed by a From: block.
            if (line.Length >= 10 && line.All(c => c is '_' or '-') && NextNonBlank(lines, i + 1) is { } n && HeaderFrom.IsMatch(lines[n]))
            {
                return i;
            }

            if ((HeaderFrom.IsMatch(line) || line.StartsWith("Message du", StringComparison.OrdinalIgnoreCase)) && HasHeaderFieldsAfter(lines, i))
            {
                return i;
            }

            // "On … wrote:" may be wrapped over up to three lines.
            var joined = line;
            var joinable = line[^1] is not ('.' or '!' or '?' or '\u3002');
            for (var k = 0; k < (joinable ? 3 : 1) && i + k < lines.Count; k++)
            {
                if (k > 0)
                {
                    joined += " " + lines[i + k].Trim();
                }

                if (joined.Length > 400)
                {
                    break;
                }

                if (IsWroteHeader(joined, loose: k == 0, dated: k == 0 || line.Any(char.IsDigit)))
                {
                    length = k + 1;
                    isWrote = true;
                    return i;
                }
            }
        }

        return -1;
    }

    private static bool IsWroteHeader(string line, bool loose, bool dated)
    {
        try
        {
            // A header wrapped over lines must start like one ("On", "Am", "Le" …); the loose forms only match a single line.
            line = line.Trim().Trim('-').Trim();
            return line.Length <= 400 && (WroteHeader.IsMatch(line) || (loose && LooseWroteHeader.IsMatch(line)) || (dated && DatedAddressHeader.IsMatch(line)));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static int? NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + 3; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return null;
    }

    private static bool HasHeaderFieldsAfter(List<string> lines, int from)
    {
        var fields = 0;
        for (var i = from + 1; i < lines.Count && i <= from + 6; i++)
        {
            if (HeaderField.IsMatch(lines[i]))
            {
                fields++;
            }
        }

        return fields >= 1;
    }

    private static List<string> StripSignature(List<string> lines)
    {
        var firstContent = lines.FindIndex(l => l.Trim().Length > 0);
        if (firstContent < 0)
        {
            return lines;
        }

        // A mailing-list footer: a rule of underscores near the end. What follows a dash-signed name up to it
        // does not make the name part of the message.
        var footer = lines.FindIndex(firstContent + 1, l => l.Trim().Length >= 2 && l.Trim().All(c => c == '_'));
        var end = footer >= 0 && lines.Count - footer <= 10 ? footer : lines.Count;
        var cut = lines.Count;
        for (var i = firstContent + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line is "--" or "-- " or "---" or "\u2014" || lines[i] == "-- " || MobileSignature.IsMatch(line) || Disclaimer.IsMatch(line)
                || (line.Length >= 2 && line.All(c => c == '_') && lines.Count - i <= 10)
                || (DashName.IsMatch(line) && i < end && (lines.Skip(i + 1).Take(end - i - 1).All(l => l.Trim().Length == 0) || end - i <= 8)))
            {
                cut = i;
                break;
            }
        }

        // Sign-off ("Best regards," "Viele Grüße") followed only by a short name/title block.
        for (var i = Math.Min(cut, lines.Count) - 1; i > firstContent; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > 60)
            {
                continue;
            }

            if (SignOff.IsMatch(line))
            {
                var after = lines.Skip(i + 1).Take(cut - i - 1).Where(l => l.Trim().Length > 0).ToList();
                if (after.Count <= 6 && after.All(l => l.Trim().Length <= 70))
                {
                    cut = i;
                }

                break;
            }

            if (i < cut - 8)
            {
                break;
            }
        }

        var kept = lines.Take(cut).ToList();

        // "Dit is een automatisch gegenereerd bericht." in a ticket desk's grey footer under "Met vriendelijke groet": a
        // system saying it sent the message is what the message is, not part of a signature.
        if (lines.Skip(cut).FirstOrDefault(AutoReplyDetector.SaysASystemSentIt) is { } notice)
        {
            kept.Add(string.Empty);
            kept.Add(notice.Trim());
        }

        // A postscript below the signature is still the person's own words (often the condition they kept for last).
        var postscript = lines.FindIndex(cut, l => Postscript.IsMatch(l));
        if (postscript > cut)
        {
            kept.Add(string.Empty);
            kept.AddRange(StripSignature(lines.Skip(postscript).ToList()));
        }

        return kept;
    }

    private static string Tidy(List<string> lines)
    {
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n', blank > 0 ? 2 : 1);
            }

            blank = 0;
            sb.Append(line);
        }

        return sb.ToString();
    }
}
