using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Testing;

namespace OutlookWin.Api.Tests.Hosting;

/// <summary>
/// The pane's API types are generated from <c>addin/src/api/openapi.json</c>; this keeps that file equal to what the
/// API serves, so a C# contract change cannot silently drift from the pane.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Committed => Path.Combine(RepoPaths.Root, "addin", "src", "api", "openapi.json");

    [Fact]
    public async Task The_committed_document_is_the_one_the_api_serves()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("OUTLOOKWIN_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Committed, served);
        }

        Assert.True(File.Exists(Committed), $"{Committed} is missing.");
        var committed = (await File.ReadAllTextAsync(Committed)).ReplaceLineEndings("\n");
        Assert.True(committed == served,
            "addin/src/api/openapi.json differs from the API's document: run `npm run api:types` (it refreshes the document and the pane's types).");
    }

    [Fact]
    public async Task States_and_verdicts_are_documented_by_their_wire_names()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var schemas = document["components"]!["schemas"]!;
        var states = schemas["TrackingStatus"]!["enum"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Equal(["drafted", "sent", "stale", "auto_reply", "confirmed", "conditional", "declined", "ambiguous", "superseded"], states);
        var verdicts = schemas["ReplyVerdict"]!["enum"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Contains("auto_reply", verdicts);
    }

    private async Task<string> ServedAsync()
    {
        await using var app = new OutlookWinApplication(database);
        var json = await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        return JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }
}
