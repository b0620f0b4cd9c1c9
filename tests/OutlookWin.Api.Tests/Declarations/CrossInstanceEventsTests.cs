using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Declarations;

/// <summary>
/// Two API instances on one PostgreSQL database: a pane connected to one hears of a declaration the other saved, pushed
/// through the database (LISTEN/NOTIFY), not at its fallback poll; and still only its owner's.
/// </summary>
public sealed class CrossInstanceEventsTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [SkippableFact]
    public async Task A_change_saved_by_one_instance_is_pushed_to_the_owners_panes_on_the_other()
    {
        database.EnsureAvailable();
        await using var a = new OutlookWinApplication(database);
        await using var b = new OutlookWinApplication(database);
        await using var alexOnB = await EventStream.OpenAsync(b.ClientFor("alex@fabrikam.example"));
        await using var blakeOnB = await EventStream.OpenAsync(b.ClientFor("blake@fabrikam.example"));
        Assert.Equal("ready", (await alexOnB.NextAsync())?.Event);
        Assert.Equal("ready", (await blakeOnB.NextAsync())?.Event);
        // B listens on the database once started (its first request started it).
        await b.Services.GetRequiredService<DeclarationChangeRelay>().Listening.WaitAsync(TimeSpan.FromSeconds(30));

        var mine = await DeclareInOutlookAsync(a.ClientFor("alex@fabrikam.example"));

        var pushed = await alexOnB.NextDeclarationAsync();
        Assert.Equal((string?)mine["id"], (string?)pushed["id"]);
        Assert.Equal((int?)mine["version"], (int?)pushed["version"]);
        // Blake's pane on B hears only of Blake's own: had Alex's change reached it, it would come first.
        var blakes = await DeclareInOutlookAsync(a.ClientFor("blake@fabrikam.example"));
        Assert.Equal((string?)blakes["id"], (string?)(await blakeOnB.NextDeclarationAsync())["id"]);
    }

    private static async Task<JsonObject> DeclareInOutlookAsync(HttpClient client)
    {
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.ReadObjectAsync();
    }
}
