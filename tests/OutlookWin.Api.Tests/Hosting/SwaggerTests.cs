using System.Net;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Hosting;

public sealed class SwaggerTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Every_endpoint_is_documented_with_a_summary()
    {
        await using var app = new OutlookWinApplication(database);

        var response = await app.CreateClient().GetAsync("/swagger/v1/swagger.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Op: op.Value!)))
            .ToList();
        Assert.Contains(operations, o => o.Route == "POST /api/plans/{id}/declaration/preview");
        Assert.Contains(operations, o => o.Route == "PUT /api/plans/{id}");
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace((string?)o.Op["summary"]), $"{o.Route} has no summary"));
    }

    [Fact]
    public async Task The_swagger_ui_is_served_in_development()
    {
        await using var app = new OutlookWinApplication(database);

        var response = await app.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
