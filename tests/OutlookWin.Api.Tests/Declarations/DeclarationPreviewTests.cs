using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Declarations;

public sealed class DeclarationPreviewTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly OutlookWinApplication _app = new(database);
    private readonly string _se = $"se-{Guid.NewGuid():N}@fabrikam.example";

    [Fact]
    public async Task All_mandatory_criteria_proven_previews_the_full_declaration()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(ContosoAllProven());

        var response = await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.ReadObjectAsync();
        Assert.Equal("full", (string?)preview["variant"]);
        Assert.StartsWith("Technical Win: Contoso observability POV", (string?)preview["subject"], StringComparison.Ordinal);
        Assert.Equal("dana@contoso.example", (string?)preview["to"]![0]!["email"]);
        Assert.Equal("Dana Kim", (string?)preview["to"]![0]!["name"]);
        Assert.Equal("jordan@fabrikam.example", (string?)preview["cc"]![0]!["email"]);
        var text = (string)preview["text"]!;
        Assert.Contains("exceeded by\n  3 percentage points", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah, VP of", text, StringComparison.Ordinal);
        Assert.Contains("43%", (string?)preview["html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_criterion_with_a_known_fix_previews_the_conditional_declaration()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(Contoso());

        var preview = await (await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null)).ReadObjectAsync();

        Assert.Equal("conditional", (string?)preview["variant"]);
        Assert.Contains("10 December 2026", (string?)preview["text"], StringComparison.Ordinal);
        Assert.Contains("not signed until", (string?)preview["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mandatory_criterion_not_proven_is_refused_with_a_reason()
    {
        var client = _app.ClientFor(_se);
        var body = Contoso();
        body["criteria"]![1]!["status"] = "not_proven";
        var plan = await client.CreatePlanAsync(body);

        var response = await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Contains("Page on-call fast", (string?)problem["reasons"]![0], StringComparison.Ordinal);
        Assert.Equal((string?)problem["reasons"]![0], (string?)problem["detail"]);
    }

    [Fact]
    public async Task Hostile_names_are_escaped_in_the_html_and_kept_in_the_text()
    {
        var client = _app.ClientFor(_se);
        var body = ContosoAllProven();
        body["prospect"] = "<script>alert(1)</script>";
        body["accountExecutive"]!["name"] = "\"><img src=x onerror=alert(1)>";
        var plan = await client.CreatePlanAsync(body);

        var preview = await (await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null)).ReadObjectAsync();

        var html = (string)preview["html"]!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", (string?)preview["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_has_no_side_effects_and_is_deterministic()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(Contoso());
        var url = $"/api/plans/{plan["id"]}/declaration/preview";

        var first = await (await client.PostAsync(url, null)).Content.ReadAsStringAsync();
        var second = await (await client.PostAsync(url, null)).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        var stored = await (await client.GetAsync($"/api/plans/{plan["id"]}")).ReadObjectAsync();
        Assert.Equal(1, (int)stored["version"]!);
        Assert.Equal((string?)plan["updatedAt"], (string?)stored["updatedAt"]);
    }

    [Fact]
    public async Task Another_users_plan_cannot_be_previewed()
    {
        var plan = await _app.ClientFor(_se).CreatePlanAsync(Contoso());

        var response = await _app.ClientFor("someone-else@fabrikam.example").PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_plan_signer_signs_the_email_before_the_signed_in_user()
    {
        var client = _app.ClientFor(_se, name: "Sam Ortiz");
        var body = ContosoAllProven();
        body["salesEngineer"] = new JsonObject { ["name"] = "Alex Morgan", ["email"] = "alex@fabrikam.example" };
        var plan = await client.CreatePlanAsync(body);

        var preview = await (await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null)).ReadObjectAsync();

        Assert.EndsWith("Kind regards,\nAlex Morgan", ((string)preview["text"]!).TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_users_display_name_signs_when_the_plan_names_no_sales_engineer()
    {
        var client = _app.ClientFor(_se, name: "Lucía Gómez");
        var plan = await client.CreatePlanAsync(ContosoAllProven());

        var preview = await (await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null)).ReadObjectAsync();

        Assert.EndsWith("Kind regards,\nLucía Gómez", ((string)preview["text"]!).TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_no_one_would_sign_is_refused_naming_the_sales_engineer_field_and_nothing_is_created()
    {
        var client = _app.ClientFor(_se, name: null);
        var plan = await client.CreatePlanAsync(ContosoAllProven());

        var preview = await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null);
        var create = await client.PostAsJsonAsync($"/api/plans/{plan["id"]}/declarations", new { delivery = "outlook" });

        foreach (var response in new[] { preview, create })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await response.ReadObjectAsync();
            Assert.Contains("Sales Engineer", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.NotNull(problem["errors"]!["salesEngineer"]);
        }

        var declarations = await (await client.GetAsync($"/api/declarations?planId={plan["id"]}")).Content.ReadAsStringAsync();
        Assert.Equal("[]", declarations);
    }

    [Fact]
    public async Task A_fix_due_before_today_stops_the_conditional_declaration_and_is_said_once()
    {
        var client = _app.ClientFor(_se);
        var body = Contoso();
        body["criteria"]![2]!["blocker"]!["fixDue"] = "2020-01-01";
        var plan = await client.CreatePlanAsync(body);

        var response = await client.PostAsync($"/api/plans/{plan["id"]}/declaration/preview", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var reason = (string?)(await response.ReadObjectAsync())["reasons"]![0];
        Assert.Contains("was due on 1 January 2020, before today", reason, StringComparison.Ordinal);
        var stored = await (await client.GetAsync($"/api/plans/{plan["id"]}")).ReadObjectAsync();
        Assert.Null((string?)stored["assessment"]!["variant"]);
        Assert.Equal(reason, (string?)stored["assessment"]!["reasons"]![0]);
        Assert.DoesNotContain(stored["warnings"]!.AsArray(), w => ((string?)w!["message"])!.Contains("was due", StringComparison.Ordinal));
    }

    public void Dispose() => _app.Dispose();
}
