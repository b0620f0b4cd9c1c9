using System.ComponentModel;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Mailbox;

namespace OutlookWin.Api.Auth;

/// <summary>What the pane needs to sign in, learnt at run time so one build of the pane serves every environment.</summary>
public sealed record ClientConfig(
    [property: Description("The Entra ID application (client) id the pane signs in with; null when Entra ID is not configured (Development)")]
    string? ClientId,
    [property: Description("The API's delegated scope the pane asks for, e.g. api://<client-id>/access_as_user")]
    string? ApiScope,
    [property: Description("The authority the pane signs in against, e.g. https://login.microsoftonline.com/<tenant>")]
    string? Authority,
    [property: Description("True only in Development: the X-Dev-User header signs requests in")]
    bool DevSignIn,
    [property: Description("The Microsoft Graph delegated scopes the API uses on the user's behalf (consent is asked for them)")]
    IReadOnlyList<string> GraphScopes,
    [property: Description("Where a tenant administrator grants consent for everyone; null when Entra ID is not configured")]
    string? AdminConsentUrl);

public static class ClientConfigApi
{
    /// <summary>
    /// <c>GET /api/config</c>, the one anonymous route besides the Graph webhook. It is safe to open: it returns only
    /// what a public client (the pane) carries in the open anyway — the client id, the API scope, the authority, the
    /// Graph scopes and the admin-consent address — and never a secret, a tenant's data or anything about a user.
    /// </summary>
    public static IEndpointRouteBuilder MapClientConfig(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/api/config", Get)
            .AllowAnonymous()
            .RequireRateLimiting(Hosting.RateLimitSetup.Webhook)
            .WithTags("Sign-in")
            .WithName("GetClientConfig")
            .WithSummary("The pane's sign-in settings (anonymous: public client settings only).");
        return routes;
    }

    public static ClientConfig Get(SignInMode mode, IOptions<EntraIdOptions> options)
    {
        ArgumentNullException.ThrowIfNull(mode);
        ArgumentNullException.ThrowIfNull(options);
        var entra = mode.Entra ? options.Value : null;
        return new ClientConfig(
            entra?.ClientId,
            entra?.ApiScope,
            entra?.Authority,
            mode.DevHeader,
            EntraGraphAccessTokens.Scopes,
            entra?.AdminConsentUrl);
    }
}
