using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Plans;

/// <summary>The plans API over real HTTP and a real database; run once per storage provider.</summary>
public abstract class PlansApiTests<TDatabase>(TDatabase database) : IDisposable
    where TDatabase : ITestDatabase
{
    // The database is shared by the class; each test signs in as its own users.
    private readonly string Se = $"se-{Guid.NewGuid():N}@fabrikam.example";
    private readonly string OtherSe = $"rival-{Guid.NewGuid():N}@fabrikam.example";
    private OutlookWinApplication? _app;

    private OutlookWinApplication App
    {
        get
        {
            database.EnsureAvailable();
            return _app ??= new OutlookWinApplication(database);
        }
    }

    [SkippableFact]
    public async Task The_brief_payload_is_accepted_as_is_and_assessed_conditional()
    {
        var client = App.ClientFor(Se);

        var response = await client.PostAsync("/api/plans", Body(ContosoPlan));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var plan = await response.ReadObjectAsync();
        Assert.Equal($"/api/plans/{plan["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal("Contoso", (string?)plan["prospect"]);
        Assert.Equal(1, (int)plan["version"]!);
        Assert.Equal("conditional", (string?)plan["assessment"]!["variant"]);
        Assert.Equal("2026-12-10", (string?)plan["criteria"]![2]!["blocker"]!["fixDue"]);
        Assert.Equal("lower_is_better", (string?)plan["criteria"]![1]!["direction"]);
        Assert.False((bool)plan["criteria"]![2]!["measured"]!);
        Assert.Equal(App.Clock.GetUtcNow(), DateTimeOffset.Parse((string)plan["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableTheory]
    [InlineData("readoutDate", "9999-12-31", "readoutDate")]
    [InlineData("povEnd", "9999-12-31", "povEnd")]
    [InlineData("povStart", "0001-01-01", "povStart")]
    public async Task Dates_outside_the_plan_window_are_refused_by_name(string field, string value, string error)
    {
        var plan = ContosoAllProven();
        plan[field] = value;

        var response = await App.ClientFor(Se).PostAsync("/api/plans", Body(plan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]![error]);
        Assert.Equal(HttpStatusCode.OK, (await App.ClientFor(Se).GetAsync("/api/plans")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("target", "79228162514264337593543950335")]
    [InlineData("measured", "-79228162514264337593543950335")]
    public async Task Figures_beyond_what_can_be_worded_are_refused_by_name(string field, string value)
    {
        var plan = ContosoAllProven();
        plan["criteria"]![0]![field] = JsonNode.Parse(value);

        var response = await App.ClientFor(Se).PostAsync("/api/plans", Body(plan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]![$"criteria[0].{field}"]);
    }

    [SkippableTheory]
    [InlineData("dana@[127.0.0.1]")]
    [InlineData("dana@localhost")]
    public async Task Addresses_must_name_a_real_host(string email)
    {
        var plan = ContosoAllProven();
        plan["leadEngineer"]!["email"] = email;

        var response = await App.ClientFor(Se).PostAsync("/api/plans", Body(plan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]!["leadEngineer.email"]);
    }

    [SkippableFact]
    public async Task A_stored_plan_that_no_longer_reads_does_not_break_the_list()
    {
        var client = App.ClientFor(Se);
        var good = await client.CreatePlanAsync(ContosoAllProven());
        var bad = await client.CreatePlanAsync(ContosoAllProven());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // As an older version could have stored it: a readout at the end of time.
            var db = scope.ServiceProvider.GetRequiredService<OutlookWin.Api.Storage.OutlookWinDb>();
            var row = await db.Plans.SingleAsync(p => p.Id == Guid.Parse((string)bad["id"]!));
            row.Document = row.Document.Replace("\"readoutDate\":\"2026-11-24\"", "\"readoutDate\":\"9999-12-31\"", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await response.ReadArrayAsync()).Select(p => (string?)p!["id"]).ToList();
        Assert.Contains((string?)good["id"], ids);
        Assert.DoesNotContain((string?)bad["id"], ids);
    }

    [SkippableFact]
    public async Task A_plan_reads_back_and_survives_a_restart()
    {
        var created = await App.ClientFor(Se).CreatePlanAsync(ContosoAllProven());

        // A new host on the same database: nothing lived only in memory.
        await using var restarted = new OutlookWinApplication(database);
        var response = await restarted.ClientFor(Se).GetAsync($"/api/plans/{created["id"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.ReadObjectAsync();
        Assert.Equal("full", (string?)plan["assessment"]!["variant"]);
        Assert.Equal(43m, (decimal)plan["criteria"]![0]!["measured"]!);
        Assert.True(JsonNode.DeepEquals(created["criteria"], plan["criteria"]));
    }

    [SkippableFact]
    public async Task Listing_shows_only_my_plans_newest_change_first()
    {
        var client = App.ClientFor(Se);
        var first = await client.CreatePlanAsync(Contoso());
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await client.CreatePlanAsync(ContosoAllProven());
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.ClientFor(OtherSe).CreatePlanAsync(Contoso());

        var mine = await (await client.GetAsync("/api/plans")).ReadArrayAsync();

        Assert.Equal(new[] { (string)second["id"]!, (string)first["id"]! }, mine.Select(p => (string)p!["id"]!).ToArray());
    }

    [SkippableFact]
    public async Task Recording_readout_results_bumps_the_version_and_changes_the_variant()
    {
        var client = App.ClientFor(Se);
        var created = await client.CreatePlanAsync(Contoso());
        var update = ContosoAllProven();
        update["version"] = 1;
        App.Clock.Advance(TimeSpan.FromHours(1));

        var response = await client.PutAsync($"/api/plans/{created["id"]}", Body(update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.ReadObjectAsync();
        Assert.Equal(2, (int)plan["version"]!);
        Assert.Equal("full", (string?)plan["assessment"]!["variant"]);
        Assert.NotEqual((string?)created["updatedAt"], (string?)plan["updatedAt"]);
        Assert.Equal((string?)created["createdAt"], (string?)plan["createdAt"]);
    }

    [SkippableFact]
    public async Task A_stale_version_gets_409_and_overwrites_nothing()
    {
        var client = App.ClientFor(Se);
        var created = await client.CreatePlanAsync(Contoso());
        var first = ContosoAllProven();
        first["version"] = 1;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/plans/{created["id"]}", Body(first))).StatusCode);

        var stale = Contoso();
        stale["prospect"] = "Overwritten";
        stale["version"] = 1;
        var response = await client.PutAsync($"/api/plans/{created["id"]}", Body(stale));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(2, (int)problem["currentVersion"]!);
        var stored = await (await client.GetAsync($"/api/plans/{created["id"]}")).ReadObjectAsync();
        Assert.Equal("Contoso", (string?)stored["prospect"]);
    }

    [SkippableFact]
    public async Task Deleting_removes_the_plan()
    {
        var client = App.ClientFor(Se);
        var created = await client.CreatePlanAsync(Contoso());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/plans/{created["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plans/{created["id"]}")).StatusCode);
    }

    [SkippableFact]
    public async Task Another_user_can_neither_see_nor_change_nor_delete_my_plan()
    {
        var mine = await App.ClientFor(Se).CreatePlanAsync(Contoso());
        var rival = App.ClientFor(OtherSe);
        var url = $"/api/plans/{mine["id"]}";
        var hijack = Contoso();
        hijack["prospect"] = "Hijacked";

        Assert.Equal(HttpStatusCode.NotFound, (await rival.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.PutAsync(url, Body(hijack))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.DeleteAsync(url)).StatusCode);
        Assert.Empty(await (await rival.GetAsync("/api/plans")).ReadArrayAsync());

        var stored = await (await App.ClientFor(Se).GetAsync(url)).ReadObjectAsync();
        Assert.Equal("Contoso", (string?)stored["prospect"]);
    }

    [SkippableFact]
    public async Task Invalid_fields_are_named_and_nothing_is_stored()
    {
        var client = App.ClientFor(Se);
        var plan = Contoso();
        plan["prospect"] = " ";
        plan["leadEngineer"]!["email"] = "dana at contoso";
        plan["criteria"]![2]!.AsObject().Remove("blocker");
        plan["criteria"]![0]!["status"] = "done";
        plan["criteria"]![1]!["target"] = true;
        plan["povEnd"] = "2026-11-01";

        var response = await client.PostAsync("/api/plans", Body(plan));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Equal(
            new[] { "criteria[0].status", "criteria[1].target", "criteria[2].blocker", "leadEngineer.email", "povEnd", "prospect" },
            errors.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(await (await client.GetAsync("/api/plans")).ReadArrayAsync());
    }

    [SkippableTheory]
    [InlineData("\"povStart\": \"2026-11-10\"", "\"povStart\": \"10/11/2026\"", "povStart", "YYYY-MM-DD")]
    [InlineData("\"fixDue\": \"2026-12-10\"", "\"fixDue\": \"soon\"", "criteria[2].blocker.fixDue", "YYYY-MM-DD")]
    [InlineData("\"mandatory\": true}", "\"mandatory\": \"yes\"}", "criteria[0].mandatory", "true or false")]
    public async Task A_value_of_the_wrong_type_names_its_field(string original, string broken, string field, string hint)
    {
        var json = ReplaceFirst(ContosoPlan, original, broken);

        var response = await App.ClientFor(Se).PostAsync("/api/plans", Body(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        var message = Assert.Single(errors[field]!.AsArray());
        Assert.Contains(hint, (string?)message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await App.ClientFor(Se).PostAsync("/api/plans", Body("{ \"prospect\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task A_proven_criterion_that_misses_its_target_is_saved_with_a_warning()
    {
        var plan = ContosoAllProven();
        plan["criteria"]![0]!["measured"] = 31;

        var created = await App.ClientFor(Se).CreatePlanAsync(plan);

        var warning = Assert.Single(created["warnings"]!.AsArray());
        Assert.Equal("criteria[0].measured", (string?)warning!["field"]);
        Assert.Equal("full", (string?)created["assessment"]!["variant"]);
    }

    [SkippableFact]
    public async Task A_mandatory_criterion_not_proven_has_no_variant_and_says_why()
    {
        var plan = Contoso();
        plan["criteria"]![2]!["status"] = "not_proven";

        var created = await App.ClientFor(Se).CreatePlanAsync(plan);

        Assert.Null(created["assessment"]!["variant"]);
        Assert.Contains("Legacy syslog ingestion", (string?)created["assessment"]!["reasons"]![0], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the payload");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}

public sealed class SqlitePlansApiTests(SqliteTestDatabase database)
    : PlansApiTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresPlansApiTests(PostgresTestDatabase database)
    : PlansApiTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
