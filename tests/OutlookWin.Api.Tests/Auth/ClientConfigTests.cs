using System.Net;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Auth;

/// <summary>The pane learns its sign-in settings from the API that serves it; only v2.0 tokens sign in.</summary>
public sealed class ClientConfigTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly TestTokens _tokens = new();

    [Fact]
    public async Task Production_serves_the_public_client_settings_to_anyone_and_no_dev_sign_in()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        var response = await app.CreateClient().GetAsync("/api/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var config = await response.ReadObjectAsync();
        Assert.Equal(TestTokens.ClientId, (string?)config["clientId"]);
        Assert.Equal($"{TestTokens.Audience}/{TestTokens.Scope}", (string?)config["apiScope"]);
        Assert.Equal($"https://login.microsoftonline.com/{TestTokens.TenantId}", (string?)config["authority"]);
        Assert.False((bool)config["devSignIn"]!);
        var graphScopes = config["graphScopes"]!.AsArray().Select(s => (string?)s).ToList();
        Assert.Contains("https://graph.microsoft.com/Mail.ReadWrite", graphScopes);
        Assert.Contains("https://graph.microsoft.com/Mail.Send", graphScopes);
        Assert.Equal(
            $"https://login.microsoftonline.com/{TestTokens.TenantId}/adminconsent?client_id={TestTokens.ClientId}",
            (string?)config["adminConsentUrl"]);
        // Public client settings only: nothing secret travels.
        Assert.DoesNotContain("test-secret-never-sent", config.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_without_entra_says_dev_sign_in_and_no_client()
    {
        await using var app = new OutlookWinApplication(database);

        var config = await (await app.CreateClient().GetAsync("/api/config")).ReadObjectAsync();

        Assert.True((bool)config["devSignIn"]!);
        Assert.Null((string?)config["clientId"]);
        Assert.Null((string?)config["apiScope"]);
        Assert.Null((string?)config["adminConsentUrl"]);
    }

    [Fact]
    public async Task Production_refuses_a_v1_token_and_says_why()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        var response = await app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example", version: "1.0"))
            .GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = string.Join(" ", response.Headers.WwwAuthenticate.Select(h => h.ToString()));
        Assert.Contains("invalid_token", challenge, StringComparison.Ordinal);
        Assert.Contains("v2.0 access tokens only", challenge, StringComparison.Ordinal);
        Assert.Contains("requestedAccessTokenVersion", challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_accepts_the_same_token_as_v2()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        var response = await app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example", version: "2.0"))
            .GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _tokens.Dispose();
}
