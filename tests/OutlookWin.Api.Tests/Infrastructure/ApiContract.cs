using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>JSON helpers for tests that speak the wire format, not the server's types.</summary>
public static class ApiContract
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The payload from the product brief, which must be accepted as is.</summary>
    public const string ContosoPlan = """
        { "prospect": "Contoso", "dealName": "Contoso observability POV",
          "povStart": "2026-11-10", "povEnd": "2026-11-24", "readoutDate": "2026-11-24",
          "accountExecutive": {"name": "Jordan Lee", "email": "jordan@fabrikam.example"},
          "leadEngineer": {"name": "Dana Kim", "email": "dana@contoso.example"},
          "economicBuyer": {"name": "Priya Shah", "title": "VP of Engineering", "email": "priya@contoso.example"},
          "criteria": [
            {"title": "Reduce MTTR", "metric": "MTTR reduction", "unit": "percent", "direction": "higher_is_better",
             "target": 40, "measured": 43, "status": "proven", "mandatory": true},
            {"title": "Page on-call fast", "metric": "time to page on-call", "unit": "seconds", "direction": "lower_is_better",
             "target": 30, "measured": 12, "status": "proven", "mandatory": true},
            {"title": "Legacy syslog ingestion", "metric": "legacy format parsed", "unit": "boolean",
             "target": true, "measured": false, "status": "blocked", "mandatory": true,
             "blocker": {"description": "legacy parser patch", "fixDue": "2026-12-10"}} ] }
        """;

    public static JsonObject Contoso() => JsonNode.Parse(ContosoPlan)!.AsObject();

    /// <summary>The Contoso plan with every mandatory criterion proven (the full variant).</summary>
    public static JsonObject ContosoAllProven()
    {
        var plan = Contoso();
        var third = plan["criteria"]![2]!.AsObject();
        third["measured"] = true;
        third["status"] = "proven";
        third.Remove("blocker");
        return plan;
    }

    public static StringContent Body(JsonNode node) =>
        new(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    public static StringContent Body(string json) =>
        new(json, System.Text.Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonNode>(Json))!.AsObject();

    public static async Task<JsonArray> ReadArrayAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonNode>(Json))!.AsArray();

    /// <summary>Creates a plan and returns the stored response.</summary>
    public static async Task<JsonObject> CreatePlanAsync(this HttpClient client, JsonNode plan)
    {
        var response = await client.PostAsync("/api/plans", Body(plan));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadObjectAsync();
    }
}
