using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Declarations;

/// <summary>One live declaration per plan: a second one is refused, or supersedes the first with a reason on record.</summary>
public sealed class SupersedeTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly OutlookWinApplication _app = new(database);
    private readonly string _se = $"se-{Guid.NewGuid():N}@fabrikam.example";

    [Fact]
    public async Task A_second_declaration_of_a_plan_is_refused_naming_the_live_one()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(Contoso());
        var first = await CreateAsync(client, plan, new JsonObject { ["delivery"] = "outlook" });

        var second = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadObjectAsync();
        Assert.Equal((string?)first["id"], (string?)problem["declarationId"]);
        Assert.Equal((string?)first["id"], (string?)problem["liveDeclarationId"]);
        Assert.Contains("Supersede it", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Single(await ListAsync(client, plan));
    }

    [Fact]
    public async Task Superseding_needs_a_reason_and_without_one_nothing_changes()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(Contoso());
        var first = await CreateAsync(client, plan, new JsonObject { ["delivery"] = "outlook" });

        var response = await client.PostAsync($"/api/plans/{plan["id"]}/declarations",
            Body(new JsonObject { ["delivery"] = "outlook", ["supersede"] = true, ["reason"] = "  " }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]!["reason"]);
        var listed = Assert.Single(await ListAsync(client, plan));
        Assert.Equal((string?)first["id"], (string?)listed!["id"]);
        Assert.Null(listed["superseded"]);
    }

    [Fact]
    public async Task Superseding_replaces_the_live_declaration_and_records_why_in_its_evidence()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(Contoso());
        var first = await CreateAsync(client, plan, new JsonObject { ["delivery"] = "outlook" });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/declarations/{first["id"]}/sent-from-outlook", null)).StatusCode);

        var second = await CreateAsync(client, plan, new JsonObject { ["delivery"] = "outlook", ["supersede"] = true, ["reason"] = "Corrected the paging figure" });

        var old = await (await client.GetAsync($"/api/declarations/{first["id"]}")).ReadObjectAsync();
        Assert.Equal("superseded", (string?)old["state"]);
        Assert.Equal((string?)second["id"], (string?)old["superseded"]!["by"]);
        Assert.Equal("Corrected the paging figure", (string?)old["superseded"]!["reason"]);
        Assert.Null(old["awaitingHours"]);
        Assert.Null(old["followUp"]);
        Assert.Null(second["superseded"]);

        var chain = await (await client.GetAsync($"/api/declarations/{first["id"]}/evidence")).Content.ReadAsStringAsync();
        Assert.Contains("declaration_superseded", chain, StringComparison.Ordinal);
        Assert.Contains("Corrected the paging figure", chain, StringComparison.Ordinal);
        var verified = await (await client.GetAsync($"/api/declarations/{first["id"]}/evidence/verify")).ReadObjectAsync();
        Assert.True((bool)verified["valid"]!);

        // The new one is now the live one: a third needs superseding again.
        var third = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal((string?)second["id"], (string?)(await third.ReadObjectAsync())["liveDeclarationId"]);
    }

    [Fact]
    public async Task Another_users_declaration_of_their_own_plan_does_not_count_as_live_for_mine()
    {
        var mine = _app.ClientFor(_se);
        var theirs = _app.ClientFor($"other-{Guid.NewGuid():N}@fabrikam.example");
        var myPlan = await mine.CreatePlanAsync(Contoso());
        await CreateAsync(theirs, await theirs.CreatePlanAsync(Contoso()), new JsonObject { ["delivery"] = "outlook" });

        var created = await mine.PostAsync($"/api/plans/{myPlan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<JsonObject> CreateAsync(HttpClient client, JsonObject plan, JsonObject request)
    {
        var response = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(request));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, JsonObject plan) =>
        JsonNode.Parse(await (await client.GetAsync($"/api/declarations?planId={plan["id"]}")).Content.ReadAsStringAsync())!.AsArray();

    public void Dispose() => _app.Dispose();
}
