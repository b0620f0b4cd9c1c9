using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookWin.Api.Hosting;

namespace OutlookWin.Api.Tests.Hosting;

/// <summary>Storage failures answer 409 or 503 ProblemDetails, never a bare 500.</summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task A_lost_race_is_a_409_problem()
    {
        var (status, problem, handled) = await HandleAsync(new DbUpdateConcurrencyException("row changed"));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Equal("Changed meanwhile.", (string?)problem["title"]);
        Assert.Contains("reload", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_or_unreachable_database_is_a_503_with_retry_after()
    {
        var busy = new DbUpdateException("save failed", new Microsoft.Data.Sqlite.SqliteException("database is locked", 5));
        var (status, problem, handled) = await HandleAsync(busy);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("The database is unavailable.", (string?)problem["title"]);
    }

    [Fact]
    public async Task Two_writers_adding_the_same_row_is_a_409()
    {
        var (status, _, handled) = await HandleAsync(new DbUpdateException("save failed",
            new Microsoft.Data.Sqlite.SqliteException("UNIQUE constraint failed: evidence_chain.DeclarationId, evidence_chain.Sequence", 19, 2067)));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status409Conflict, status);
    }

    [Fact]
    public async Task Other_failures_are_left_to_the_default_handler()
    {
        var (_, _, handled) = await HandleAsync(new DbUpdateException("constraint", new Microsoft.Data.Sqlite.SqliteException("NOT NULL constraint failed", 19, 1299)));

        Assert.False(handled);
    }

    private static async Task<(int Status, JsonObject Problem, bool Handled)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new StorageFailureHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<StorageFailureHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (context.Response.StatusCode, body.Length > 0 ? JsonNode.Parse(body)!.AsObject() : [], handled);
    }
}
