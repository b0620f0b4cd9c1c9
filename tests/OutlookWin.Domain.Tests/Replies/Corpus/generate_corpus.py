#!/usr/bin/env python3
"""Writes the labelled reply corpus (inputs + manifest.jsonl) used by GoldenCorpusTests.

Each reply body is wrapped the way a real mail client quotes the Formal Declaration Email below
it. Run from this folder: python3 generate_corpus.py. Output is deterministic."""
import json, os, shutil, html as H
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
SE = ("Sam Rivera", "sam@fabrikam.example")
SUBJECT = "Technical Win declaration - Contoso observability POV"
DATE = "Wed, 25 Nov 2026 09:14:00 +0100"
ORIG_DATE = {"en": "Tuesday, November 24, 2026 5:02 PM", "de": "Dienstag, 24. November 2026 17:02", "fr": "mardi 24 novembre 2026 17:02",
             "es": "martes, 24 de noviembre de 2026 17:02", "pt": "terça-feira, 24 de novembro de 2026 17:02", "nl": "dinsdag 24 november 2026 17:02",
             "it": "martedì 24 novembre 2026 17:02", "ja": "2026年11月24日 17:02"}
PEOPLE = {"en": ("Dana Kim", "dana@contoso.example"), "de": ("Jonas Weber", "jonas.weber@contoso.example"), "fr": ("Claire Dubois", "claire.dubois@contoso.example"),
          "es": ("Lucía Martín", "lucia.martin@contoso.example"), "pt": ("João Silva", "joao.silva@contoso.example"), "nl": ("Sanne de Vries", "sanne.devries@contoso.example"),
          "it": ("Giulia Rossi", "giulia.rossi@contoso.example"),
          "ja": ("佐藤 花子", "hanako.sato@contoso.example")}
LABELS = {  # From, Sent, To, Subject
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "pt": ("De", "Enviada em", "Para", "Assunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "it": ("Da", "Inviato", "A", "Oggetto"),
    "ja": ("差出人", "送信日時", "宛先", "件名")}
WROTE = {
    "en": "On Tue, Nov 24, 2026 at 5:02 PM Sam Rivera <sam@fabrikam.example> wrote:",
    "de": "Am Di., 24. Nov. 2026 um 17:02 Uhr schrieb Sam Rivera <sam@fabrikam.example>:",
    "fr": "Le mar. 24 nov. 2026 à 17:02, Sam Rivera <sam@fabrikam.example> a écrit :",
    "es": "El mar, 24 nov 2026 a las 17:02, Sam Rivera (<sam@fabrikam.example>) escribió:",
    "pt": "Em ter., 24 de nov. de 2026 às 17:02, Sam Rivera <sam@fabrikam.example> escreveu:",
    "nl": "Op di 24 nov 2026 om 17:02 schreef Sam Rivera <sam@fabrikam.example>:",
    "it": "Il giorno mar 24 nov 2026 alle ore 17:02 Sam Rivera <sam@fabrikam.example> ha scritto:",
    "ja": "2026年11月24日(火) 17:02 Sam Rivera <sam@fabrikam.example>:",
}
APPLE_WROTE = {"en": "On 24 Nov 2026, at 17:02, Sam Rivera <sam@fabrikam.example> wrote:", "de": "Am 24.11.2026 um 17:02 schrieb Sam Rivera <sam@fabrikam.example>:",
               "fr": "Le 24 nov. 2026 à 17:02, Sam Rivera <sam@fabrikam.example> a écrit :", "es": "El 24 nov 2026, a las 17:02, Sam Rivera <sam@fabrikam.example> escribió:",
               "pt": "Em 24 de nov. de 2026, à(s) 17:02, Sam Rivera <sam@fabrikam.example> escreveu:", "nl": "Op 24 nov. 2026 om 17:02 heeft Sam Rivera <sam@fabrikam.example> het volgende geschreven:",
               "it": "Il giorno 24 nov 2026, alle ore 17:02, Sam Rivera <sam@fabrikam.example> ha scritto:",
               "ja": "2026/11/24 17:02、Sam Rivera <sam@fabrikam.example>のメール:"}
ORIGINAL = """Hi Dana,

Thank you and the team for a great Proof of Value. At today's Technical Readout we validated the mandatory success criteria from our Mutual Success Plan:

1. Reduce MTTR: target 40%, measured 43%.
2. Page on-call fast: target 30 s, measured 12 s.
3. Legacy syslog ingestion: confirmed working on the sample set.

Could you please reply in writing to confirm that the team considers the technical evaluation a success and that all criteria were met? Jordan Lee will then start the commercial review with Priya Shah. Yes, we are ready to proceed as soon as you confirm.

Best regards,
Sam Rivera
Sales Engineer, Fabrikam"""
OLDER = """Hi Sam,

Agreed on the plan. We approve the three success criteria and confirm the POV dates (10-24 November). Success means all three criteria met.

Dana"""
QUOTE_MARKER = "reply in writing"

C, K, D, A, R = "confirmed", "conditional", "declined", "ambiguous", "auto_reply"

# (language, verdict, body, tags)
BODIES = [
    # ---- English: confirmed
    ("en", C, "Confirmed — the team considers the technical evaluation a success. Go ahead with the commercial review with Priya.", []),
    ("en", C, "Hi Sam,\n\nYes, I can confirm that all three mandatory criteria were met. We consider the POV a success.\n\nThanks to you and the team,\nDana", []),
    ("en", C, "Yes.", ["short"]),
    ("en", C, "Yes, confirmed.", ["short"]),
    ("en", C, "Hi Sam, we have no objection to moving forward with the commercial review.\n\nDana", ["double-negation"]),
    ("en", C, "I confirm that the team considers the technical evaluation a success. MTTR came in at 43% against a 40% target and paging at 12 seconds.", ["figures"]),
    ("en", C, "Happy to confirm in writing: the evaluation was a success and all criteria were met. Jordan can start the commercial review.", []),
    ("en", C, "Agreed. The POV was successful and we're good to go on the commercial side.", []),
    ("en", C, "Confirmed. I'm out of the office next week, so please work with Priya on the contract.", ["ooo-mention"]),
    ("en", C, "Thanks Sam. We are satisfied with the results and consider the evaluation a success. Please go ahead and start the commercial review.", []),
    ("en", C, "Confirming on behalf of the platform team: the technical evaluation is a success. No open issues from our side.", []),
    ("en", C, "Correct, all three criteria met. Let's proceed.", []),
    ("en", C, "Yes — we consider it a technical win. Looping in Priya so she can kick off the commercial review.", ["delegation"]),
    ("en", C, "The results speak for themselves: we confirm the evaluation succeeded, with a 43% MTTR reduction and 12 s to page. Nothing blocking on our side.", ["figures"]),
    ("en", C, "We have reviewed the readout and approve moving to the commercial review.", []),
    ("en", C, "Sam, confirmed: the team considers this evaluation a success.\n\n--\nDana Kim\nLead Platform Engineer | Contoso\n+1 425 555 0100", ["signature"]),
    # ---- English: conditional
    ("en", K, "OK to start the commercial review, but no signature until the legacy parser patch is validated.", []),
    ("en", K, "We confirm criteria 1 and 2. Criterion 3 (legacy syslog) is not proven yet, so we can move to commercial review on the condition that the fix is deployed and validated before signature.", ["partial"]),
    ("en", K, "Confirmed for MTTR and paging. Syslog ingestion stays open until the parser patch ships on 10 December.", ["partial"]),
    ("en", K, "Yes, provided the parser patch lands on 10 Dec as promised and we validate it in our lab.", []),
    ("en", K, "We're happy to move forward with commercial and legal review, with the stipulation that the contract is not signed until the syslog fix is deployed and validated.", []),
    ("en", K, "Go ahead with the commercial review as long as the legacy format fix is validated by our team first.", []),
    ("en", K, "The MTTR and paging results are confirmed. We still need the syslog parser patch validated before we can sign.", ["partial"]),
    ("en", K, "Agreed, subject to the patch for legacy syslog passing our validation.", []),
    # ---- English: declined
    ("en", D, "We measured 31%, not 43%, on the MTTR reduction. We can't confirm the result as stated.", ["disputed-figure"]),
    ("en", D, "Security review isn't done; we can't pass you yet.", []),
    ("en", D, "I can't confirm yet. Our architecture board meets next Thursday.", ["negation"]),
    ("en", D, "Sorry Sam, we are not in a position to recommend moving forward. The syslog ingestion gap is a blocker for us.", ["negation"]),
    ("en", D, "No. The paging numbers don't match what we saw in production.", ["disputed-figure"]),
    ("en", D, "Unfortunately we have decided to go with another vendor.", []),
    ("en", D, "We don't consider the evaluation a success. Two of the criteria were not met in our environment.", ["negation"]),
    ("en", D, "Not yet — we still have open items on the syslog parser and the MTTR figures need to be re-run.", []),
    ("en", D, "I don't agree with the 43% figure. Our own measurements show 35%.", ["disputed-figure"]),
    ("en", D, "We're putting the evaluation on hold until Q2.", []),
    # ---- English: ambiguous
    ("en", A, "👍", ["emoji"]),
    ("en", A, "Looks pretty good!", ["hedge"]),
    ("en", A, "LGTM", []),
    ("en", A, "Thanks!", []),
    ("en", A, "Thanks Sam, great work by the team.", []),
    ("en", A, "Looping in Priya.", ["delegation"]),
    ("en", A, "Can you send the raw numbers first?", ["question"]),
    ("en", A, "Looks mostly good. I think we're nearly there.", ["hedge"]),
    ("en", A, "I'll confirm tomorrow after I talk to the team.", ["deferred"]),
    ("en", A, "Let me check with Priya and get back to you.", ["delegation"]),
    ("en", A, "Received, thanks. I will review with the team.", []),
    ("en", A, "Great results overall, the team was impressed.", []),
    ("en", A, "Priya, can you confirm on our side?", ["delegation"]),
    ("en", A, "Interesting numbers. How did you measure the paging time?", ["question"]),
    ("en", A, "I think the evaluation went well, and in principle we are aligned.", ["hedge"]),
    ("en", A, "Nice 🎉", ["emoji"]),
    ("en", A, "Noted.", []),
    ("en", A, "OK", []),
    ("en", A, "Before we confirm, can you share the test logs?", ["question"]),
    ("en", A, "Seems fine to me, but it's Priya's call.", ["hedge"]),
    ("en", A, "Sure, let's talk on Monday.", []),
    ("en", A, "Is this the final report?", ["question"]),
    # ---- English: automatic replies (body only here; headers are added per variant)
    ("en", R, "I am out of the office until 3 December 2026 with limited access to email. For urgent matters please contact Priya Shah.", ["ooo"]),
    ("en", R, "Thank you for your email. I'm currently on annual leave and will return on Monday, December 7. I will respond to your message upon my return.", ["ooo"]),
    ("en", R, "Out of office: back on 12/07/2026.", ["ooo"]),
    # ---- German
    ("de", C, "Hallo Sam,\n\nich bestätige hiermit, dass das Team die technische Evaluierung als Erfolg betrachtet. Alle drei Kriterien wurden erfüllt.\n\nViele Grüße\nJonas", []),
    ("de", C, "Ja, bestätigt.", ["short"]),
    ("de", C, "Keine Einwände, Sie können mit der kommerziellen Prüfung beginnen.", ["double-negation"]),
    ("de", C, "Wir stimmen zu: der POV war erfolgreich.", []),
    ("de", K, "Einverstanden, aber keine Unterschrift, bevor der Parser-Patch validiert ist.", []),
    ("de", K, "Kriterien 1 und 2 bestätigt. Kriterium 3 ist noch offen, bis der Patch am 10.12. eingespielt ist.", ["partial"]),
    ("de", D, "Das kann ich noch nicht bestätigen, die Sicherheitsprüfung ist nicht abgeschlossen.", ["negation"]),
    ("de", D, "Wir haben nur 31 % gemessen, nicht 43 %.", ["disputed-figure"]),
    ("de", D, "Leider nein. Wir sind mit den Ergebnissen nicht zufrieden.", []),
    ("de", A, "Sieht gut aus!", []),
    ("de", A, "Danke, ich melde mich nächste Woche.", ["deferred"]),
    ("de", A, "Ich denke, das passt grundsätzlich.", ["hedge"]),
    ("de", A, "Ich nehme Priya in Kopie, sie wird das bestätigen.", ["delegation"]),
    ("de", R, "Ich bin bis zum 07.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Priya Shah.", ["ooo"]),
    ("de", R, "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub und ab dem 7. Dezember wieder erreichbar.", ["ooo"]),
    # ---- French
    ("fr", C, "Bonjour Sam,\n\nJe confirme que l'équipe considère l'évaluation technique comme un succès. Les trois critères ont été atteints.\n\nCordialement,\nClaire", []),
    ("fr", C, "Oui, c'est confirmé.", ["short"]),
    ("fr", C, "Aucune objection, vous pouvez lancer la revue commerciale.", ["double-negation"]),
    ("fr", C, "Nous sommes d'accord : le POV est un succès.", []),
    ("fr", K, "D'accord pour la revue commerciale, mais pas de signature avant la validation du correctif du parseur.", []),
    ("fr", K, "Je confirme les critères 1 et 2, sous réserve que le correctif pour le critère 3 soit validé.", ["partial"]),
    ("fr", D, "Je ne peux pas encore confirmer, la revue de sécurité n'est pas terminée.", ["negation"]),
    ("fr", D, "Nous avons mesuré 31 % et non 43 %.", ["disputed-figure"]),
    ("fr", D, "Non, nous ne sommes pas prêts à avancer.", ["negation"]),
    ("fr", A, "Ça a l'air bien !", []),
    ("fr", A, "Merci, je reviens vers vous la semaine prochaine.", ["deferred"]),
    ("fr", A, "Globalement c'est plutôt positif, je pense.", ["hedge"]),
    ("fr", A, "Pouvez-vous d'abord m'envoyer les chiffres bruts ?", ["question"]),
    ("fr", R, "Je suis absente du bureau jusqu'au 7 décembre avec un accès limité à mes e-mails. En cas d'urgence, contactez Priya Shah.", ["ooo"]),
    # ---- Spanish
    ("es", C, "Hola Sam:\n\nConfirmo que el equipo considera la evaluación técnica un éxito. Se cumplieron los tres criterios.\n\nSaludos,\nLucía", []),
    ("es", C, "Sí, confirmado.", ["short"]),
    ("es", C, "Sin objeciones, pueden avanzar con la revisión comercial.", ["double-negation"]),
    ("es", C, "Estamos de acuerdo: la prueba fue un éxito.", []),
    ("es", K, "De acuerdo con la revisión comercial, pero sin firma hasta que se valide el parche del parser.", []),
    ("es", K, "Confirmamos los criterios 1 y 2, siempre que el parche del criterio 3 se valide antes de la firma.", ["partial"]),
    ("es", D, "Todavía no puedo confirmar, la revisión de seguridad no ha terminado.", ["negation"]),
    ("es", D, "Medimos un 31 %, no un 43 %.", ["disputed-figure"]),
    ("es", D, "Lamentablemente no. No estamos listos para avanzar.", ["negation"]),
    ("es", A, "¡Se ve bien!", []),
    ("es", A, "Gracias, lo consulto con el equipo.", ["delegation"]),
    ("es", A, "Creo que en general está bien.", ["hedge"]),
    ("es", A, "¿Pueden enviarnos primero los datos en bruto?", ["question"]),
    ("es", R, "Estoy fuera de la oficina hasta el 7 de diciembre con acceso limitado al correo. Para asuntos urgentes, contacte con Priya Shah.", ["ooo"]),
    # ---- Portuguese
    ("pt", C, "Olá Sam,\n\nConfirmo que a equipe considera a avaliação técnica um sucesso. Os três critérios foram atendidos.\n\nAtenciosamente,\nJoão", []),
    ("pt", C, "Sim, confirmado.", ["short"]),
    ("pt", C, "Sem objeções, podem seguir com a revisão comercial.", ["double-negation"]),
    ("pt", C, "Estamos de acordo: a prova de valor foi um sucesso.", []),
    ("pt", K, "De acordo com a revisão comercial, mas sem assinatura até que o patch do parser seja validado.", []),
    ("pt", K, "Confirmamos os critérios 1 e 2, desde que o patch do critério 3 seja validado antes da assinatura.", ["partial"]),
    ("pt", D, "Ainda não posso confirmar, a revisão de segurança não terminou.", ["negation"]),
    ("pt", D, "Medimos 31%, e não 43%.", ["disputed-figure"]),
    ("pt", D, "Infelizmente não. Não estamos prontos para avançar.", ["negation"]),
    ("pt", A, "Parece ótimo!", []),
    ("pt", A, "Obrigado, vou verificar com a equipe.", ["delegation"]),
    ("pt", A, "Acho que em geral está bom.", ["hedge"]),
    ("pt", A, "Podem enviar primeiro os números brutos?", ["question"]),
    ("pt", R, "Estou fora do escritório até 7 de dezembro, com acesso limitado ao e-mail. Em caso de urgência, fale com Priya Shah.", ["ooo"]),
    # ---- Dutch
    ("nl", C, "Hoi Sam,\n\nIk bevestig dat het team de technische evaluatie als een succes beschouwt. Alle drie de criteria zijn behaald.\n\nMet vriendelijke groet,\nSanne", []),
    ("nl", C, "Ja, bevestigd.", ["short"]),
    ("nl", C, "Geen bezwaar, jullie kunnen starten met de commerciële review.", ["double-negation"]),
    ("nl", C, "Akkoord: de POV is geslaagd.", []),
    ("nl", K, "Akkoord met de commerciële review, maar geen handtekening totdat de parser-patch is gevalideerd.", []),
    ("nl", K, "We bevestigen criteria 1 en 2, mits de patch voor criterium 3 vóór ondertekening gevalideerd is.", ["partial"]),
    ("nl", D, "Ik kan het nog niet bevestigen, de security review is niet afgerond.", ["negation"]),
    ("nl", D, "Wij hebben 31% gemeten, niet 43%.", ["disputed-figure"]),
    ("nl", D, "Helaas niet. We zijn niet klaar om verder te gaan.", ["negation"]),
    ("nl", A, "Ziet er goed uit!", []),
    ("nl", A, "Bedankt, ik overleg intern en kom erop terug.", ["delegation"]),
    ("nl", A, "Ik denk dat het grotendeels goed is.", ["hedge"]),
    ("nl", A, "Kunnen jullie eerst de ruwe cijfers sturen?", ["question"]),
    ("nl", R, "Ik ben afwezig tot en met 7 december en heb beperkte toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met Priya Shah.", ["ooo"]),
    # ---- Japanese
    ("ja", C, "Sam様\n\n技術評価は成功と判断いたします。3つの基準をすべて満たしたことを確認しました。\n\nよろしくお願いいたします。\n佐藤", []),
    ("ja", C, "はい、承認します。", ["short"]),
    ("ja", C, "異議はありません。商談を進めてください。", ["double-negation"]),
    ("ja", C, "評価は成功でした。契約手続きに進めてください。", []),
    ("ja", K, "商用レビューは進めていただいて構いませんが、パーサーの修正が検証されるまでは署名できません。", []),
    ("ja", K, "基準1と2は満たしていることに同意します。基準3は修正が検証されることを条件とします。", ["partial"]),
    ("ja", D, "まだ確認できません。セキュリティレビューが完了していません。", ["negation"]),
    ("ja", D, "当社の測定では31%で、43%ではありません。", ["disputed-figure"]),
    ("ja", D, "今回は見送らせていただきます。", []),
    ("ja", A, "良さそうですね！", []),
    ("ja", A, "ありがとうございます。社内で確認します。", ["deferred"]),
    ("ja", A, "概ね問題ないと思います。", ["hedge"]),
    ("ja", A, "先に生データを送っていただけますか？", ["question"]),
    ("ja", R, "12月7日まで不在にしております。急ぎの場合はPriya Shahまでご連絡ください。", ["ooo"]),
    # ---- Italian
    ("it", C, "Ciao Sam,\n\nconfermo che il team considera la valutazione tecnica un successo. Tutti e tre i criteri sono stati raggiunti.\n\nCordiali saluti,\nGiulia", []),
    ("it", C, "Sì, confermato.", ["short"]),
    ("it", C, "Nessuna obiezione, potete avviare la revisione commerciale.", ["double-negation"]),
    ("it", K, "Ok per la revisione commerciale, ma nessuna firma finché la patch del parser non è validata.", []),
    ("it", K, "Confermiamo i criteri 1 e 2, a condizione che la patch per il criterio 3 sia validata prima della firma.", ["partial"]),
    ("it", D, "Non posso ancora confermare, la revisione di sicurezza non è conclusa.", ["negation"]),
    ("it", D, "Abbiamo misurato il 31%, non il 43%.", ["disputed-figure"]),
    ("it", A, "Sembra buono!", []),
    ("it", A, "Grazie, ne parlo internamente e vi faccio sapere.", ["delegation"]),
    ("it", A, "Potete prima mandarci i dati grezzi?", ["question"]),
    ("it", R, "Sono fuori ufficio fino al 7 dicembre con accesso limitato alla posta. Per urgenze potete contattare Priya Shah.", ["ooo"]),
]

AUTO_SUBJECT = {"en": "Automatic reply: ", "de": "Abwesenheitsnotiz: ", "fr": "Réponse automatique : ", "es": "Respuesta automática: ",
                "pt": "Resposta automática: ", "nl": "Automatisch antwoord: ", "it": "Risposta automatica: ", "ja": "自動応答: "}
RETURN = {  # expected return dates per auto-reply body start
    "I am out of the office until 3 December": "2026-12-03", "Thank you for your email. I'm currently": "2026-12-07", "Out of office: back on": "2026-12-07",
    "Ich bin bis zum 07.12.2026": "2026-12-07", "Vielen Dank für Ihre Nachricht. Ich bin im Urlaub": "2026-12-07", "Je suis absente": "2026-12-07",
    "Estoy fuera": "2026-12-07", "Estou fora": "2026-12-07", "Ik ben afwezig": "2026-12-07", "Sono fuori ufficio": "2026-12-07", "12月7日まで": "2026-12-07"}


def quoted_lines(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def paras_html(text, tag="div"):
    return "".join(f"<{tag}>{H.escape(l) if l else '<br>'}</{tag}>" for l in text.split("\n"))


def outlook_header_text(lang):
    f, s, t, sub = LABELS[lang]
    return f"{f}: {SE[0]} <{SE[1]}>\n{s}: {ORIG_DATE[lang]}\n{t}: {PEOPLE[lang][0]} <{PEOPLE[lang][1]}>\n{sub}: {SUBJECT}"


def outlook_header_html(lang, owa=False):
    f, s, t, sub = LABELS[lang]
    rows = [(f, f"{SE[0]} &lt;{SE[1]}&gt;"), (s, ORIG_DATE[lang]), (t, f"{PEOPLE[lang][0]} &lt;{PEOPLE[lang][1]}&gt;"), (sub, SUBJECT)]
    if owa:
        inner = "<br>".join(f"<b>{k}:</b> {v}" for k, v in rows)
        return f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{inner}</font>'
    inner = "<br>\n".join(f"<b>{k}:</b> {v}" for k, v in rows)
    return f'<p class="MsoNormal"><b><span lang="EN-US">{inner}</span></b></p>'


def long_history():
    return ORIGINAL + "\n\n" + outlook_header_text("en").replace(SE[0], "Dana Kim").replace(SE[1], "dana@contoso.example") + "\n\n" + (OLDER + "\n\n") * 6


def msg(lang, subject=None, extra_headers=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = f"{PEOPLE[lang][0]} <{PEOPLE[lang][1]}>"
    m["To"] = f"{SE[0]} <{SE[1]}>"
    m["Subject"] = subject or ("RE: " + SUBJECT)
    m["Date"] = DATE
    MSG_COUNTER[0] += 1
    m["Message-ID"] = f"<reply-{MSG_COUNTER[0]:04d}.{lang}@contoso.example>"
    m["In-Reply-To"] = "<declaration-1@fabrikam.example>"
    for k, v in (extra_headers or {}).items():
        m[k] = v
    return m


MSG_COUNTER = [0]


def eml_bytes(m):
    if m.is_multipart():
        m.set_boundary(f"=_part_{MSG_COUNTER[0]:04d}_boundary")
    return bytes(m)


def charset_for(lang, n):
    return "iso-2022-jp" if lang == "ja" and n % 2 == 0 else ("iso-8859-1" if lang in ("de", "fr", "es", "pt", "nl", "it") and n % 3 == 0 else "utf-8")


def build(client, lang, body, n, long=False):
    """Returns (relative path, bytes)."""
    original = long_history() if long else ORIGINAL
    if client == "outlook_desktop":
        text = body + "\n\n" + outlook_header_text(lang) + "\n\n" + original
        html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
                + paras_html(body, "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>")
                + '<p class="MsoNormal">&nbsp;</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                + outlook_header_html(lang) + '</div><p class="MsoNormal">&nbsp;</p>'
                + paras_html(original, "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>")
                + '<img width="1" height="1" src="https://tracker.example/open.gif?id=42"></div></body></html>')
        m = msg(lang)
        m.set_content(text, charset=charset_for(lang, n), cte="quoted-printable" if charset_for(lang, n) != "iso-2022-jp" else None)
        m.add_alternative(html, subtype="html", cte="quoted-printable")
        return "eml", eml_bytes(m)
    if client == "owa":
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                + paras_html(body) + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr">' + outlook_header_html(lang, owa=True) + '<div>&nbsp;</div></div><div>'
                + paras_html(original) + '</div></body></html>')
        if n % 2 == 0:
            return "html", html.encode("utf-8")
        m = msg(lang)
        m.set_content(html, subtype="html", charset="utf-8", cte="base64")
        return "eml", eml_bytes(m)
    if client == "gmail":
        text = body + "\n\n" + WROTE[lang] + "\n\n" + quoted_lines(original)
        html = ('<div dir="ltr">' + paras_html(body) + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + H.escape(WROTE[lang]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + paras_html(original) + '</blockquote></div>')
        m = msg(lang)
        m.set_content(text, charset="utf-8" if lang == "ja" else charset_for(lang, n))
        m.add_alternative(html, subtype="html", charset="utf-8")
        return "eml", eml_bytes(m)
    if client in ("apple", "ios"):
        sig = "\n\nSent from my iPhone" if client == "ios" else ""
        text = body + sig + "\n\n" + APPLE_WROTE[lang] + "\n\n" + quoted_lines(original)
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + paras_html(body)
                + ('<div><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Sent from my iPhone</div></div>' if client == "ios" else "")
                + '<div dir="ltr"><br><blockquote type="cite">' + H.escape(APPLE_WROTE[lang]) + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
                + paras_html(original) + '</div></blockquote></body></html>')
        m = msg(lang)
        m.set_content(text, charset="utf-8")
        m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        return "eml", eml_bytes(m)
    if client == "thunderbird":
        html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><p>'
                + H.escape(body).replace("\n", "<br>\n") + '</p><pre class="moz-signature" cols="72">-- \n' + H.escape(PEOPLE[lang][0]) + '</pre>'
                + '<div class="moz-cite-prefix">' + H.escape(APPLE_WROTE[lang].replace("At", "at")) + '<br></div><blockquote type="cite" cite="mid:declaration-1@fabrikam.example">'
                + paras_html(original) + '</blockquote></body></html>')
        m = msg(lang)
        m.set_content(html, subtype="html", charset="utf-8")
        return "eml", eml_bytes(m)
    if client == "plain":
        return "txt", (body + "\n\n" + WROTE[lang] + "\n" + quoted_lines(original) + "\n").encode("utf-8")
    if client == "plain_outlook":
        sep = "-----Original Message-----" if n % 2 == 0 else "________________________________"
        return "txt", (body + "\n\n" + sep + "\n" + outlook_header_text(lang) + "\n\n" + original + "\n").encode("utf-8")
    raise ValueError(client)


CLIENTS = ["outlook_desktop", "owa", "gmail", "apple", "thunderbird", "plain", "plain_outlook", "ios"]


def main():
    for sub in os.listdir(HERE):
        if os.path.isdir(os.path.join(HERE, sub)):
            shutil.rmtree(os.path.join(HERE, sub))
    manifest = []
    counter = {}

    def write(client, lang, verdict, ext, data, tags, body, must_not=QUOTE_MARKER, return_date=None, must=None):
        counter[client] = counter.get(client, 0) + 1
        rel = f"{client}/{lang}-{verdict}-{counter[client]:03d}.{ext}"
        os.makedirs(os.path.join(HERE, client), exist_ok=True)
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
        first = must if must is not None else next((l for l in body.split("\n") if l.strip()), "")
        entry = {"file": rel, "verdict": verdict, "language": lang, "client": client, "tags": tags,
                 "mustContain": [first] if first else [], "mustNotContain": [must_not] if must_not else []}
        if return_date:
            entry["returnDate"] = return_date
        manifest.append(entry)

    n = 0
    for lang, verdict, body, tags in BODIES:
        if verdict == R:
            rd = next((v for k, v in RETURN.items() if body.startswith(k)), None)
            # With RFC 3834 / Exchange headers and a localised subject.
            m = msg(lang, AUTO_SUBJECT[lang] + SUBJECT, {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
            m.set_content(body, charset="utf-8")
            write("autoreply", lang, verdict, "eml", eml_bytes(m), tags + ["headers"], body, return_date=rd)
            # Without headers: the text alone must say it, quoted original below.
            kind, data = build("plain_outlook" if lang != "en" else "outlook_desktop", lang, body, n)
            write("autoreply", lang, verdict, kind, data, tags + ["no-headers"], body, return_date=rd)
            n += 1
            continue
        picks = 3 if lang == "en" else 2
        for k in range(picks):
            client = CLIENTS[(n + k * 3) % len(CLIENTS)]
            long = (n + k) % 7 == 0
            kind, data = build(client, lang, body, n + k, long=long)
            write(client, lang, verdict, kind, data, tags + (["long-quote"] if long else []), body)
        n += 1

    # Reactions: Gmail's reaction part and Outlook's "reacted to your message" notice.
    for i, emoji in enumerate(["👍", "🎉", "❤️"]):
        m = msg("en", "Re: " + SUBJECT)
        m.set_content(emoji, charset="utf-8")
        m.add_alternative(json.dumps({"emoji": emoji, "version": 1}).encode("utf-8"), maintype="text", subtype="vnd.google.email-reaction+json")
        m.add_alternative(f'<p style="font-size:50px;margin-top:0;margin-bottom:0">{emoji}</p>', subtype="html")
        write("reaction", "en", A, "eml", eml_bytes(m), ["reaction", "gmail"], emoji, must="")
        m = msg("en", f"Dana Kim reacted to your message: {SUBJECT}")
        m.set_content(f"Dana Kim reacted to your message:\n\n{emoji}\n\n" + outlook_header_text("en") + "\n\n" + ORIGINAL, charset="utf-8")
        write("reaction", "en", A, "eml", eml_bytes(m), ["reaction", "outlook"], emoji, must="")

    # Inline replies under quoted lines (plain text), and a bottom-posted confirmation.
    inline = [
        (C, "> Could you please reply in writing to confirm that the team considers the technical evaluation a success?\n\nConfirmed, the team considers it a success.\n\n> Jordan Lee will then start the commercial review with Priya Shah.\n\nYes, go ahead.\n"),
        (K, "> 3. Legacy syslog ingestion: confirmed working on the sample set.\n\nNot on our production logs: this one stays open until the parser patch is validated.\n\n> Could you please reply in writing to confirm that the team considers the technical evaluation a success?\n\nCriteria 1 and 2 are confirmed.\n"),
        (D, "> 1. Reduce MTTR: target 40%, measured 43%.\n\nWe measured 31%, not 43%.\n\n> Could you please reply in writing to confirm that the team considers the technical evaluation a success?\n\nNot yet, see above.\n"),
        (A, "> Could you please reply in writing to confirm that the team considers the technical evaluation a success and that all criteria were met?\n\nWhat does \"sample set\" mean here?\n"),
    ]
    for verdict, text in inline:
        data = (WROTE["en"] + "\n" + text + "\n-- \nDana Kim\n").encode("utf-8")
        write("plain_inline", "en", verdict, "txt", data, ["inline"], text, must_not="Jordan Lee will then", must="")
    # Replies where the only "confirm" words are quoted: must never count.
    for i, body in enumerate(["Thanks Sam.", "Sending this to Priya.", "See below."]):
        kind, data = build("outlook_desktop", "en", body, 100 + i, long=True)
        write("outlook_desktop", "en", A, kind, data, ["quote-only-confirms", "long-quote"], body)

    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for e in manifest:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(manifest), "files")


if __name__ == "__main__":
    main()
