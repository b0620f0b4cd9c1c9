using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Auth;

/// <summary>Every endpoint needs a signed-in user; the development header works only in Development.</summary>
public sealed class SignInTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly TestTokens _tokens = new();

    [Theory]
    [InlineData("GET", "/api/plans")]
    [InlineData("POST", "/api/plans")]
    [InlineData("GET", "/api/plans/01a21c3c-8ce0-7ced-84dc-d7a73320a946")]
    [InlineData("PUT", "/api/plans/01a21c3c-8ce0-7ced-84dc-d7a73320a946")]
    [InlineData("DELETE", "/api/plans/01a21c3c-8ce0-7ced-84dc-d7a73320a946")]
    [InlineData("POST", "/api/plans/01a21c3c-8ce0-7ced-84dc-d7a73320a946/declaration/preview")]
    [InlineData("GET", "/api/declarations/events")]
    public async Task No_sign_in_no_entry(string method, string url)
    {
        await using var app = new OutlookWinApplication(database);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = Body(ContosoPlan);
        }

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_honours_the_dev_header()
    {
        await using var app = new OutlookWinApplication(database);

        var response = await app.ClientFor("dev@example.test").GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Development_rejects_a_dev_header_that_is_not_an_email()
    {
        await using var app = new OutlookWinApplication(database);

        var response = await app.ClientFor("<script>").GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Production_ignores_the_dev_header()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        var response = await app.ClientFor("dev@example.test").GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Production_accepts_a_valid_entra_token_and_keys_data_by_tenant_and_object_id()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);
        var dana = app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example"));
        var sameEmailOtherObject = app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example"));

        var created = await dana.CreatePlanAsync(Contoso());

        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync($"/api/plans/{created["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sameEmailOtherObject.GetAsync($"/api/plans/{created["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Production_rejects_tokens_for_another_audience_expired_or_signed_by_someone_else()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);
        var oid = Guid.NewGuid().ToString();
        using var otherRsa = RSA.Create(2048);
        var tokens = new[]
        {
            _tokens.For(oid, "se@fabrikam.example", audience: "api://someone-else"),
            _tokens.For(oid, "se@fabrikam.example", expires: DateTime.UtcNow.AddMinutes(-10)),
            _tokens.For(oid, "se@fabrikam.example", key: new RsaSecurityKey(otherRsa) { KeyId = "test-key" }),
            _tokens.For(oid, "se@fabrikam.example", issuer: "https://evil.example/v2.0"),
        };

        foreach (var token in tokens)
        {
            var response = await app.ClientWithToken(token).GetAsync("/api/plans");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Production_refuses_a_token_without_the_api_scope()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        var response = await app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example", scope: "User.Read"))
            .GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void Production_without_entra_settings_fails_at_start_naming_the_missing_key()
    {
        using var app = new OutlookWinApplication(database, "Production", tokens: null);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("AzureAd:ClientId", messages, StringComparison.Ordinal);
        Assert.Contains("AzureAd:TenantId", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_on_graph_without_a_client_secret_fails_at_start_naming_the_key()
    {
        using var app = new OutlookWinApplication(database, "Production", _tokens, new Dictionary<string, string?> { ["AzureAd:ClientSecret"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AzureAd:ClientSecret", string.Join(" | ", Flatten(error).Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "is required")]
    [InlineData("http://outlookwin.contoso.example/", "must use https")]
    public void Production_on_graph_needs_a_public_https_address_for_notifications(string publicBaseUrl, string expected)
    {
        using var app = new OutlookWinApplication(database, "Production", _tokens, new Dictionary<string, string?> { ["Tracking:PublicBaseUrl"] = publicBaseUrl });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("Tracking:PublicBaseUrl", messages, StringComparison.Ordinal);
        Assert.Contains(expected, messages, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_mailbox_refuses_to_start_outside_development()
    {
        using var app = new OutlookWinApplication(database, "Production", _tokens, new Dictionary<string, string?> { ["Mailbox:Provider"] = "Sandbox" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("Mailbox:Provider=Sandbox", messages, StringComparison.Ordinal);
        Assert.Contains("Development", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_does_not_serve_the_local_outlook_stand_in()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/standin/pane.html")).StatusCode);
    }

    public void Dispose() => _tokens.Dispose();

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
