using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>Sentences written apart from the golden corpus, to check the rules on wording they were not tuned on.</summary>
public sealed class ClassifierTests
{
    private readonly ReplyClassifier _classifier = new();

    [Theory]
    [InlineData("Confirmed. The team considers the technical evaluation a success.", ReplyVerdict.Confirmed)]
    [InlineData("No objection to moving forward.", ReplyVerdict.Confirmed)]
    [InlineData("We consider the technical evaluation a success.", ReplyVerdict.Confirmed)]
    [InlineData("技術評価は成功しました。基準をすべて満たしています。", ReplyVerdict.Confirmed)]
    [InlineData("技術評価が成功したかはまだ確認できません。", ReplyVerdict.Declined)]
    [InlineData("Our team considers the technical evaluation successful.", ReplyVerdict.Confirmed)]
    [InlineData("We will consider the success criteria next week.", ReplyVerdict.Ambiguous)]
    [InlineData("Do you consider the evaluation a success?", ReplyVerdict.Ambiguous)]
    [InlineData("We have no objections, please proceed with the commercial review.", ReplyVerdict.Confirmed)]
    [InlineData("I can't confirm yet.", ReplyVerdict.Declined)]
    [InlineData("We are not in a position to recommend this product.", ReplyVerdict.Declined)]
    [InlineData("It was not a success for us.", ReplyVerdict.Declined)]
    [InlineData("Mostly good.", ReplyVerdict.Ambiguous)]
    [InlineData("Looks pretty good", ReplyVerdict.Ambiguous)]
    [InlineData("👍👍", ReplyVerdict.Ambiguous)]
    [InlineData("thanks!", ReplyVerdict.Ambiguous)]
    [InlineData("LGTM", ReplyVerdict.Ambiguous)]
    [InlineData("I think we can confirm.", ReplyVerdict.Ambiguous)]
    [InlineData("Can you confirm the paging numbers?", ReplyVerdict.Ambiguous)]
    [InlineData("Priya will confirm by Friday.", ReplyVerdict.Ambiguous)]
    [InlineData("We'll confirm once legal has looked at it.", ReplyVerdict.Ambiguous)]
    [InlineData("Yes, but only after the parser patch is validated.", ReplyVerdict.Conditional)]
    [InlineData("Confirmed, except for the syslog criterion which is still open.", ReplyVerdict.Conditional)]
    [InlineData("Wir bestätigen den Erfolg der Evaluierung.", ReplyVerdict.Confirmed)]
    [InlineData("Ich kann das leider nicht bestätigen.", ReplyVerdict.Declined)]
    [InlineData("Nous confirmons que l'évaluation est un succès.", ReplyVerdict.Confirmed)]
    [InlineData("Nous ne pouvons pas confirmer pour l'instant.", ReplyVerdict.Declined)]
    [InlineData("No podemos confirmar todavía.", ReplyVerdict.Declined)]
    [InlineData("Não podemos confirmar ainda.", ReplyVerdict.Declined)]
    [InlineData("We kunnen dit nog niet bevestigen.", ReplyVerdict.Declined)]
    [InlineData("評価は成功と判断します。", ReplyVerdict.Confirmed)]
    [InlineData("成功とは判断できません。", ReplyVerdict.Declined)]
    [InlineData("I was going to tell you to hold off until the patch had run for a week, but it went in on the 10th and everything parsed. Confirmed: the team considers the evaluation a success.", ReplyVerdict.Confirmed)]
    [InlineData("I was going to confirm today, but security found an issue in the collector, so we can't confirm yet.", ReplyVerdict.Declined)]
    [InlineData("Eigentlich wollte ich mit der Antwort warten, bis das Paket an einem zweiten Standort gelaufen ist. Es lief. Deshalb keine bedingte Zustimmung mehr, sondern: Bestätigt.", ReplyVerdict.Confirmed)]
    [InlineData("Le troisième critère est validé et il n'y a plus rien en suspens : je confirme que l'évaluation technique est un succès.", ReplyVerdict.Confirmed)]
    [InlineData("Deshalb gibt es von uns noch keine Bestätigung.", ReplyVerdict.Declined)]
    [InlineData("Sanne, bitte noch nicht bestätigen, bis das nachgemessen ist.", ReplyVerdict.Declined)]
    [InlineData("Sanne, bitte noch kurz bestätigen.", ReplyVerdict.Ambiguous)]
    [InlineData("当社の規程上、要件を満たしていない製品について法務レビューを開始することができません。", ReplyVerdict.Declined)]
    [InlineData("Confirmed for Thursday 12/3 at 10 Pacific / 1 Eastern. The room on the invite is wrong, I'll send the new one.", ReplyVerdict.Ambiguous)]
    [InlineData("Confirmed: the team considers the technical evaluation a success. The VPN accounts of your two engineers will be revoked on 4 Dec, unless you ask otherwise.", ReplyVerdict.Confirmed)]
    [InlineData("Confirmed: the team considers the technical evaluation a success, as long as the syslog fix is validated.", ReplyVerdict.Conditional)]
    [InlineData("Deshalb stimmen wir dem bedingten Technical Win in dieser Form nicht zu.", ReplyVerdict.Declined)]
    [InlineData("We confirm that the technical evaluation was a success. To be clear, this is not a commitment to purchase; the commercial terms stay subject to contract.", ReplyVerdict.Confirmed)]
    [InlineData("We confirm that the technical evaluation was a success. We can only sign once the contract has an exit clause for the parser.", ReplyVerdict.Conditional)]
    [InlineData("今回の技術評価は成功と判断いたします。契約条件につきましては購買部より別途ご連絡いたします。", ReplyVerdict.Confirmed)]
    [InlineData("Het auto-deploy pakket is geleverd en de onboarding is gevalideerd. Dit is dus geen conditionele maar een volledige technical win: we bevestigen dat de evaluatie geslaagd is.", ReplyVerdict.Confirmed)]
    [InlineData("コネクタの適用と検証が完了しました。条件付きでの合意ではなく、評価全体として成功と判断いたします。", ReplyVerdict.Confirmed)]
    [InlineData("Als Leiter IT-Sicherheit bin ich in die Freigabe des Ergebnisses eingebunden. Eine Bestätigung können wir derzeit nicht erteilen.", ReplyVerdict.Declined)]
    [InlineData("¡Qué buena noticia! La confirmación oficial te la manda Carmen, que es quien lo firma.", ReplyVerdict.Ambiguous)]
    [InlineData("I wanted to be precise about what we can and can't sign off: paging and MTTR are confirmed; syslog we will only call met once the AIX feed parses, so go ahead with the commercial review on that condition.", ReplyVerdict.Conditional)]
    [InlineData("Recompute MTTR against the agreed baseline so we agree on what counts. Until then we are not able to confirm the evaluation as a success.", ReplyVerdict.Declined)]
    [InlineData("結論から申し上げますと、第1フェーズの範囲で成功と確認します。全拠点での展開については、現時点で成功とは言い切れません。", ReplyVerdict.Conditional)]
    [InlineData("Confirmed: the evaluation is a success. The platform held 62k events per second where we needed 50k.", ReplyVerdict.Confirmed)]
    [InlineData("Intern zijn we het nog niet eens; ik laat het je volgende week weten.", ReplyVerdict.Ambiguous)]
    [InlineData("社内でまだ意見が分かれています。来週改めてご連絡いたします。", ReplyVerdict.Ambiguous)]
    [InlineData("Before I answer formally: does the upgrade need a rolling restart? Our change freeze starts on 8 February.", ReplyVerdict.Ambiguous)]
    [InlineData("Thank you for your kind proposal. However, it may be a little difficult for us to agree at this timing, and we are sorry that we cannot meet your expectation this time.", ReplyVerdict.Declined)]
    [InlineData("Je suis l'assistante de M. Lefèvre. Concernant la confirmation demandée à Sanne, il la laisse y répondre directement.", ReplyVerdict.Ambiguous)]
    [InlineData("Confirmed: Nakamura-san and Watanabe-san will both attend the commercial review kick-off on Thursday at 10:00 in meeting room 12A.", ReplyVerdict.Ambiguous)]
    [InlineData("Confirmed. Jordan can start the commercial review with Priya on Monday.", ReplyVerdict.Confirmed)]
    [InlineData("Sanne, peux-tu confirmer de ton côté ? Je préfère que la confirmation vienne de l'équipe technique.", ReplyVerdict.Ambiguous)]
    [InlineData("今回の技術評価は成功であることを、チームとして確認いたします。", ReplyVerdict.Confirmed)]
    [InlineData("Agreed. Jordan, go ahead and kick off legal with our counsel.", ReplyVerdict.Confirmed)]
    [InlineData("Sorry for the wait, I wanted to see the package work first before I put anything in writing. It ran on Monday: we consider the technical evaluation a success.", ReplyVerdict.Confirmed)]
    [InlineData("Aquí no estamos del todo de acuerdo entre nosotros. Syslog y guardia: confirmados. Que Jordan empiece la revisión comercial, con la condición de revisar el MTTR a los 90 días.", ReplyVerdict.Conditional)]
    public void Reads_common_wordings(string text, ReplyVerdict expected)
    {
        var reading = _classifier.Classify(text);
        Assert.True(expected == reading.Verdict, $"\"{text}\": expected {expected}, got {reading.Verdict} ({reading.Explanation})");
    }

    [Theory]
    [InlineData("Please confirm that the team considers the evaluation a success.")]
    [InlineData("Is the evaluation a success?")]
    [InlineData("You asked us to confirm the criteria were met; I need to check with Priya.")]
    [InlineData("Not confirmed.")]
    [InlineData("I wouldn't say it was a success.")]
    [InlineData("Probably a success, I believe.")]
    [InlineData("Confirmed receipt, will review next week.")]
    [InlineData("Before we confirm anything, send the raw data.")]
    [InlineData("Hard to say. Ok?")]
    [InlineData("I'm not able to approve this.")]
    [InlineData("No one here agreed to that.")]
    [InlineData("Looks good in principle, but let me loop in security.")]
    public void Never_calls_these_confirmed(string text)
    {
        var reading = _classifier.Classify(text);
        Assert.True(reading.Verdict != ReplyVerdict.Confirmed, $"\"{text}\" was called confirmed ({reading.Explanation})");
    }

    [Fact]
    public void Every_verdict_carries_its_sentences()
    {
        var reading = _classifier.Classify("OK to start the commercial review, but no signature until the legacy parser patch is validated.");
        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        Assert.Contains(reading.Evidence, e => e.Signal == ReplySignal.Condition);
        Assert.Single(reading.Conditions);
        Assert.False(string.IsNullOrWhiteSpace(reading.Explanation));
    }

    [Fact]
    public void A_conditional_reply_quotes_its_condition_once_not_also_as_an_objection()
    {
        var reading = _classifier.Classify("OK to start the commercial and legal review now, but we can't sign until the legacy parser patch is deployed and validated.");

        Assert.Equal(ReplyVerdict.Conditional, reading.Verdict);
        var condition = Assert.Single(reading.Conditions);
        Assert.DoesNotContain(condition, reading.Objections);
    }

    [Fact]
    public void A_list_the_writer_sets_aside_conditions_nothing_until_a_paragraph_of_its_own()
    {
        const string aside = "Confirmed: the team considers the technical evaluation a success.\n\n"
            + "Two small things, neither of them holding anything up:\n\n"
            + "1. Will Jordan go to Priya directly? If it's procurement, please give her a heads-up.\n"
            + "2. Could you send the readout deck as a PDF?\n\nDana";
        var reading = _classifier.Classify(aside);
        Assert.True(reading.Verdict == ReplyVerdict.Confirmed, reading.Explanation);

        const string thenACondition = "Confirmed: the team considers the technical evaluation a success.\n\n"
            + "Two small things, neither of them holding anything up:\n\n"
            + "1. Could you send the readout deck as a PDF?\n\n"
            + "Separately, we can only sign once the parser patch is validated in production.\n\nDana";
        Assert.Equal(ReplyVerdict.Conditional, _classifier.Classify(thenACondition).Verdict);
    }
}
