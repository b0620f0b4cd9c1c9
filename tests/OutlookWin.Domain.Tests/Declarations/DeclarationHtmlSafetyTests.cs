using System.Text.RegularExpressions;
using OutlookWin.Domain.Plans;
using static OutlookWin.Domain.Tests.Declarations.DeclarationPlans;

namespace OutlookWin.Domain.Tests.Declarations;

/// <summary>Every value in a plan is typed by someone; none of it may become markup.</summary>
public class DeclarationHtmlSafetyTests
{
    private const string ScriptProspect = "<script>alert(1)</script>";
    private const string ImgAccountExecutive = "\"><img src=x onerror=alert(1)>";

    [Theory]
    [InlineData(DeclarationVariant.Full)]
    [InlineData(DeclarationVariant.Conditional)]
    public void Hostile_values_are_escaped_in_html_and_raw_in_text(DeclarationVariant variant)
    {
        var draft = DraftOf(Hostile(variant));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", draft.Html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", draft.Html, StringComparison.Ordinal);
        Assert.Contains("VP of R&amp;D &lt;b&gt;", draft.Html, StringComparison.Ordinal);
        Assert.Contains("O&#39;Brien", draft.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", draft.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", draft.Html, StringComparison.OrdinalIgnoreCase);

        var text = DeclarationDrafterTests.Flat(draft.Text);
        Assert.Contains(ScriptProspect, text, StringComparison.Ordinal);
        Assert.Contains(ImgAccountExecutive, text, StringComparison.Ordinal);
        Assert.Contains("VP of R&D <b>", text, StringComparison.Ordinal);
        Assert.Equal(variant == DeclarationVariant.Full, draft.Subject.StartsWith("Technical Win: Smith & Sons POV", StringComparison.Ordinal));
        Assert.Contains("O'Brien", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeclarationVariant.Full)]
    [InlineData(DeclarationVariant.Conditional)]
    public void Plan_values_never_reach_a_tag_or_an_attribute(DeclarationVariant variant)
    {
        var benign = DraftOf(variant == DeclarationVariant.Full ? Full() : Conditional());
        var hostile = DraftOf(Hostile(variant));

        // The only tags are the renderer's own, without attributes, whatever the plan says.
        string[] allowed = ["<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>", "<strong>", "</strong>", "<br>"];
        Assert.All(Tags(hostile.Html), tag => Assert.Contains(tag, allowed));
        Assert.Equal(Tags(benign.Html).Distinct().Order(), Tags(hostile.Html).Distinct().Order());
        Assert.DoesNotContain("=\"", hostile.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Javascript_urls_in_plan_text_stay_inert_text()
    {
        var plan = Full();
        plan = plan with { Criteria = [plan.Criteria[0] with { Metric = "MTTR via javascript:alert(1) <a href=\"javascript:alert(1)\">x</a>" }, plan.Criteria[1], plan.Criteria[2]] };

        var draft = DraftOf(plan);

        Assert.Contains("javascript:alert(1) &lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;", draft.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", draft.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"", draft.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Line_breaks_in_plan_values_cannot_break_the_subject_or_the_text()
    {
        var plan = Full() with { DealName = "Contoso\r\nBcc: everyone@example.com", Prospect = "Contoso\n\n- fake bullet" };

        var draft = DraftOf(plan);

        Assert.Equal("Technical Win: Contoso Bcc: everyone@example.com — success criteria validated", draft.Subject);
        Assert.DoesNotContain("\n- fake bullet", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_a_plain_email_safe_fragment()
    {
        var html = DraftOf(Conditional()).Html;

        Assert.StartsWith("<p>Hi Dana,</p>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<li>Legacy syslog ingestion (legacy format parsed): waiting on the legacy parser patch, due 10 December 2026</li>", html, StringComparison.Ordinal);
    }

    private static SuccessPlan Hostile(DeclarationVariant variant)
    {
        var plan = variant == DeclarationVariant.Full ? Full() : Conditional();
        return plan with
        {
            Prospect = ScriptProspect,
            DealName = "Smith & Sons POV",
            AccountExecutive = new Person(ImgAccountExecutive, "ae@fabrikam.example"),
            EconomicBuyer = new Person("Priya O'Brien", "priya@contoso.example", "VP of R&D <b>"),
            LeadEngineer = new Person("Dana <i>Kim</i>", "dana@contoso.example"),
            Criteria =
            [
                plan.Criteria[0] with { Metric = "MTTR <u>reduction</u>" },
                plan.Criteria[1] with { Unit = "<em>jiffies</em>" },
                plan.Criteria[2] with
                {
                    Title = "Legacy & \"syslog\" ingestion",
                    Blocker = plan.Criteria[2].Blocker is { } b ? b with { Description = "patch <script>x</script>" } : null,
                },
            ],
        };
    }

    private static string[] Tags(string html) => [.. Regex.Matches(html, "<[^>]*>").Select(m => m.Value)];
}
