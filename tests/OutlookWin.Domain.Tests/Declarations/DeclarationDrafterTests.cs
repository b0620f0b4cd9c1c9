using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;
using static OutlookWin.Domain.Tests.Declarations.DeclarationPlans;

namespace OutlookWin.Domain.Tests.Declarations;

public class DeclarationDrafterTests
{
    [Fact]
    public void Full_declaration_states_the_validated_criteria_and_asks_for_written_confirmation()
    {
        var draft = DraftOf(Full());
        var text = Flat(draft.Text);

        Assert.Equal(DeclarationVariant.Full, draft.Variant);
        Assert.Equal("Technical Win: Contoso observability POV — success criteria validated", draft.Subject);
        Assert.StartsWith("Hi Dana,\n", draft.Text, StringComparison.Ordinal);
        Assert.Contains("for your partnership over the last 15 days.", text, StringComparison.Ordinal);
        Assert.Contains("At the Technical Readout on 24 November, all three mandatory success criteria of our Mutual Success Plan were validated:", text, StringComparison.Ordinal);
        Assert.Contains("- Reduce MTTR (MTTR reduction): 43%, against a 40% target — exceeded by 3 percentage points", text, StringComparison.Ordinal);
        Assert.Contains("- Page on-call fast (time to page on-call): 12 seconds, against a target of 30 seconds or less — 18 seconds under the target", text, StringComparison.Ordinal);
        Assert.Contains("- Legacy syslog ingestion (legacy format parsed): yes, as required", text, StringComparison.Ordinal);
        Assert.Contains("Dana, could you reply to confirm in writing that the Contoso team considers the technical evaluation a success?", text, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee will begin the commercial review with Priya Shah, VP of Engineering.", text, StringComparison.Ordinal);
        Assert.Contains("A one-line reply such as \u201cConfirmed\u201d is all we need.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Conditional", text, StringComparison.Ordinal);
        Assert.DoesNotContain("!", draft.Text + draft.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditional_declaration_lists_proven_and_pending_and_asks_to_agree_to_the_stipulation()
    {
        var draft = DraftOf(Conditional());
        var text = Flat(draft.Text);

        Assert.Equal(DeclarationVariant.Conditional, draft.Variant);
        Assert.Equal("Conditional Technical Win: Contoso observability POV — 2 of 3 criteria validated", draft.Subject);
        Assert.Contains("two of the three mandatory success criteria of our Mutual Success Plan were validated:", text, StringComparison.Ordinal);
        Assert.Contains("- Reduce MTTR (MTTR reduction): 43%, against a 40% target — exceeded by 3 percentage points", text, StringComparison.Ordinal);
        Assert.Contains("- Legacy syslog ingestion (legacy format parsed): waiting on the legacy parser patch, due 10 December 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("blocked by", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Legacy format parsed: no", text, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee would begin the commercial and legal review right away with Priya Shah, VP of Engineering,", text, StringComparison.Ordinal);
        Assert.Contains("the contract is not signed until the legacy parser patch is deployed and validated against the \u201cLegacy syslog ingestion\u201d criterion.", text, StringComparison.Ordinal);
        Assert.Contains("Dana, could you reply to confirm in writing that the Contoso team agrees to this Conditional Technical Win?", text, StringComparison.Ordinal);
        Assert.Contains("<strong>Dana, could you reply to confirm in writing", draft.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_pending_criteria_each_wait_for_their_own_fix()
    {
        var plan = Conditional();
        var fourth = plan.Criteria[2] with
        {
            Title = "Retention",
            Blocker = new Blocker("a storage tier upgrade", new DateOnly(2027, 1, 15)),
        };
        plan = plan with { Criteria = [.. plan.Criteria, fourth] };

        var draft = DraftOf(plan);
        var text = Flat(draft.Text);

        Assert.Equal("Conditional Technical Win: Contoso observability POV — 2 of 4 criteria validated", draft.Subject);
        Assert.Contains("Two mandatory criteria are still pending, each with a known fix and a due date:", text, StringComparison.Ordinal);
        Assert.Contains("- Retention (legacy format parsed): waiting on a storage tier upgrade, due 15 January 2027", text, StringComparison.Ordinal);
        Assert.Contains("not signed until each fix above is deployed and validated against its criterion.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_that_supports_no_declaration_is_refused_with_the_assessment_reasons()
    {
        var plan = Conditional();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1] with { Status = CriterionStatus.Pending }, plan.Criteria[2]] };

        var outcome = new DeclarationDrafter().Draft(plan, ReadoutDay);

        var refusal = Assert.IsType<DeclarationRefusal>(outcome);
        Assert.Equal(PlanAssessment.Of(plan).Reasons, refusal.Reasons);
        Assert.Contains(refusal.Reasons, r => r.Contains("Page on-call fast", StringComparison.Ordinal) && r.Contains("pending", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocked_criterion_without_a_known_fix_is_refused()
    {
        var plan = Conditional();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1], plan.Criteria[2] with { Blocker = null }] };

        var refusal = Assert.IsType<DeclarationRefusal>(new DeclarationDrafter().Draft(plan, ReadoutDay));

        Assert.Single(refusal.Reasons);
    }

    [Fact]
    public void Lead_engineer_is_to_and_account_executive_is_cc()
    {
        var plan = Full();

        var draft = DraftOf(plan);

        Assert.Equal([plan.LeadEngineer], draft.To);
        Assert.Equal([plan.AccountExecutive], draft.Cc);
    }

    [Fact]
    public void Account_executive_who_is_also_the_lead_engineer_is_not_copied_twice()
    {
        var plan = Full();
        plan = plan with { AccountExecutive = new Person("Dana Kim", "DANA@contoso.example") };

        var draft = DraftOf(plan);

        Assert.Equal([plan.LeadEngineer], draft.To);
        Assert.Empty(draft.Cc);
    }

    [Fact]
    public void Sales_engineer_signs_with_name_and_title()
    {
        var plan = Full() with { SalesEngineer = new Person("Alex Morgan", "alex@fabrikam.example", "Solutions Engineer") };

        var draft = DraftOf(plan, options: new DeclarationOptions { SignerName = "Someone Else" });

        Assert.EndsWith("\n\nKind regards,\nAlex Morgan\nSolutions Engineer\n", draft.Text, StringComparison.Ordinal);
        Assert.EndsWith("<p>Kind regards,<br>Alex Morgan<br>Solutions Engineer</p>\n", draft.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_sales_engineer_the_signed_in_user_signs()
    {
        var signed = DraftOf(Full(), options: new DeclarationOptions { SignerName = "Alex Morgan", SignOff = "Best regards" });

        Assert.EndsWith("\n\nBest regards,\nAlex Morgan\n", signed.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("se@fabrikam.example")]
    public void A_declaration_no_one_would_sign_is_refused_naming_the_sales_engineer_field(string? signer)
    {
        var refusal = Assert.IsType<DeclarationRefusal>(new DeclarationDrafter(new DeclarationOptions { SignerName = signer }).Draft(Conditional(), ReadoutDay));

        Assert.Equal("salesEngineer", refusal.Field);
        Assert.Contains("Sales Engineer", Assert.Single(refusal.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_plan_and_date_draft_the_same_email()
    {
        var first = DraftOf(Conditional());
        var second = new DeclarationDrafter(SignedIn).Draft(Conditional(), ReadoutDay) as DeclarationDraft;

        Assert.NotNull(second);
        Assert.Equal(first.Subject, second.Subject);
        Assert.Equal(first.Html, second.Html);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.To, second.To);
        Assert.Equal(first.Cc, second.Cc);
        Assert.Equal(first.Warnings, second.Warnings);
    }

    [Fact]
    public void Machine_culture_does_not_change_the_email()
    {
        var plan = Full();
        plan = plan with { Criteria = [.. plan.Criteria, Numeric(10.25m, 12.5m, "seconds", metric: "backfill time") with { Mandatory = false }] };
        var invariant = DraftOf(plan);

        DeclarationDraft german;
        using (new CultureScope("de-DE"))
        {
            german = DraftOf(plan);
        }

        Assert.Equal(invariant.Text, german.Text);
        Assert.Equal(invariant.Html, german.Html);
        Assert.Contains("Criterion (backfill time): 12.5 seconds, against a target of 10.25 seconds — exceeded by 2.25 seconds", Flat(german.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Proven_optional_criteria_are_mentioned_after_the_mandatory_ones()
    {
        var plan = Full();
        plan = plan with { Criteria = [.. plan.Criteria, Numeric(10m, 3m, "count", MetricDirection.LowerIsBetter, "false alerts per day") with { Mandatory = false }] };

        var text = Flat(DraftOf(plan).Text);

        Assert.Contains("Beyond the mandatory criteria, the readout also showed:\n\n- Criterion (false alerts per day): 3, against a target of 10 or fewer — 7 under the target", text, StringComparison.Ordinal);
        Assert.Contains("all three mandatory success criteria", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessment_warnings_are_passed_through()
    {
        var plan = Full();
        plan = plan with { Criteria = [plan.Criteria[0], plan.Criteria[1] with { Measured = MetricValue.Of(45m) }, plan.Criteria[2]] };

        var draft = DraftOf(plan);

        Assert.Equal(PlanAssessment.Of(plan).Warnings, draft.Warnings);
        Assert.Contains("15 seconds over the target", Flat(draft.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Readout_in_the_future_is_warned_about()
    {
        var draft = DraftOf(Full(), today: new DateOnly(2026, 11, 20));

        Assert.Contains(draft.Warnings, w => w.Field == "readoutDate" && w.Message.Contains("is in the future", StringComparison.Ordinal));
        Assert.Contains(draft.Warnings, w => w.Field == "povEnd");
    }

    [Fact]
    public void Refusal_carries_warnings_too()
    {
        var plan = Conditional() with { ReadoutDate = null };
        plan = plan with { Criteria = [plan.Criteria[2]] };

        var refusal = Assert.IsType<DeclarationRefusal>(new DeclarationDrafter().Draft(plan, ReadoutDay));

        Assert.Contains(refusal.Warnings, w => w.Field == "readoutDate");
    }

    [Fact]
    public void A_fix_due_before_today_stops_the_conditional_declaration_until_the_date_is_corrected()
    {
        var refusal = Assert.IsType<DeclarationRefusal>(new DeclarationDrafter(SignedIn).Draft(Conditional(), new DateOnly(2026, 12, 11)));

        var reason = Assert.Single(refusal.Reasons);
        Assert.Contains("“Legacy syslog ingestion” was due on 10 December 2026, before today", reason, StringComparison.Ordinal);
        Assert.Contains("correct its due date", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(refusal.Warnings, w => w.Message.Contains("was due", StringComparison.Ordinal));

        var corrected = Conditional();
        corrected = corrected with { Criteria = [corrected.Criteria[0], corrected.Criteria[1], corrected.Criteria[2] with { Blocker = new Blocker("legacy parser patch", new DateOnly(2027, 1, 15)) }] };
        Assert.Contains("due 15 January 2027", Flat(DraftOf(corrected, today: new DateOnly(2026, 12, 11)).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_and_the_preview_show_the_same_warnings_once()
    {
        var plan = Full() with { ReadoutDate = null };

        var draft = DraftOf(plan);

        Assert.Equal(DeclarationDrafter.Warnings(plan, ReadoutDay), draft.Warnings);
        Assert.Equal(draft.Warnings.Count, draft.Warnings.Select(w => w.Message).Distinct().Count());
    }

    [Fact]
    public void Clean_plan_on_readout_day_has_no_warnings()
    {
        Assert.Empty(DraftOf(Full()).Warnings);
        Assert.Empty(DraftOf(Conditional()).Warnings);
    }

    [Fact]
    public void Readout_date_carries_the_year_only_when_it_is_not_this_year()
    {
        var plan = Full() with { ReadoutDate = new DateOnly(2026, 12, 30), PovEnd = new DateOnly(2026, 12, 30) };

        var text = Flat(DraftOf(plan, today: new DateOnly(2027, 1, 2)).Text);

        Assert.Contains("At the Technical Readout on 30 December 2026, all three", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Declaration_drafted_well_after_the_pov_does_not_say_the_last_days()
    {
        var text = Flat(DraftOf(Full(), today: new DateOnly(2026, 12, 15)).Text);

        Assert.Contains("for your partnership over the 15 days of this Proof of Value.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_mandatory_criterion_is_singular()
    {
        var plan = Full();
        plan = plan with { Criteria = [plan.Criteria[0]] };

        var draft = DraftOf(plan);

        Assert.Equal("Technical Win: Contoso observability POV — success criterion validated", draft.Subject);
        Assert.Contains("the mandatory success criterion of our Mutual Success Plan was validated:", Flat(draft.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_engineer_with_an_honorific_is_greeted_by_title_and_surname()
    {
        var plan = Full() with { LeadEngineer = new Person("Dr. Dana Kim", "dana@contoso.example") };

        var draft = DraftOf(plan);

        Assert.StartsWith("Hi Dr. Kim,\n", draft.Text, StringComparison.Ordinal);
        Assert.Contains("Dr. Kim, could you reply", Flat(draft.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lines_stay_short_and_html_free()
    {
        foreach (var draft in new[] { DraftOf(Full()), DraftOf(Conditional()) })
        {
            Assert.All(draft.Text.Split('\n'), line => Assert.True(line.Length <= 72, line));
            Assert.DoesNotContain("<", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch("&[#a-zA-Z0-9]+;", draft.Text);
            Assert.EndsWith("\n", draft.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", draft.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Null_plan_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => new DeclarationDrafter().Draft(null!, ReadoutDay));
    }

    /// <summary>
    /// Undoes the 72-column wrap so sentences can be asserted whole: joins a line to the one before
    /// unless it starts a paragraph or a bullet.
    /// </summary>
    internal static string Flat(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\S)\n(?:  (?=\S)|(?!- )(?=\S))", " ");
}
