using System.Net;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Hosting;

public sealed class RateLimitTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task One_user_over_the_limit_gets_429_with_retry_after_and_others_are_unaffected()
    {
        await using var app = new OutlookWinApplication(database, settings: new Dictionary<string, string?> { ["RateLimits:PerUserPerMinute"] = "3" });
        var busy = app.ClientFor("busy@fabrikam.example");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/plans")).StatusCode);
        }

        var limited = await busy.GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor("calm@fabrikam.example").GetAsync("/api/plans")).StatusCode);
    }
}
