using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace OutlookWin.Api.Auth;

/// <summary>How this instance signs requests in: Entra ID bearer tokens, the development header, or both.</summary>
public sealed record SignInMode(bool Entra, bool DevHeader);

/// <summary>A token that is not a v2.0 access token.</summary>
public sealed class AccessTokenVersionException(string? version)
    : Exception($"OutlookWin accepts v2.0 access tokens only; this one is version {version ?? "(none)"}. Set requestedAccessTokenVersion to 2 in the app registration's manifest.");

public static class AuthenticationSetup
{
    /// <summary>The one policy every API endpoint uses: a signed-in user whose data we can key.</summary>
    public const string OwnerPolicy = "SignedInOwner";

    private const string SelectorScheme = "OutlookWin";

    /// <summary>
    /// Production: Microsoft.Identity.Web validates the add-in's bearer token (audience, issuer, signature,
    /// lifetime, scope). Development adds <c>X-Dev-User</c> sign-in; when no <c>AzureAd</c> section is present in
    /// Development, dev sign-in is the only way in.
    /// </summary>
    public static WebApplicationBuilder AddOutlookWinAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var isDevelopment = builder.Environment.IsDevelopment();
        var entraSection = builder.Configuration.GetSection(EntraIdOptions.Section);
        var useEntra = !isDevelopment || entraSection.GetChildren().Any();

        var auth = builder.Services.AddAuthentication(SelectorScheme);
        auth.AddPolicyScheme(SelectorScheme, "Bearer token, or the development header", options =>
            options.ForwardDefaultSelector = context =>
                isDevelopment && (!useEntra || context.Request.Headers.ContainsKey(DevUserAuthenticationHandler.Header))
                    ? DevUserAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme);

        builder.Services.AddSingleton(new SignInMode(useEntra, isDevelopment));
        string? requiredScope = null;
        if (useEntra)
        {
            builder.Services.AddOptions<EntraIdOptions>()
                .BindConfiguration(EntraIdOptions.Section)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            requiredScope = entraSection[nameof(EntraIdOptions.Scopes)] ?? new EntraIdOptions().Scopes;
            var api = auth.AddMicrosoftIdentityWebApi(entraSection, JwtBearerDefaults.AuthenticationScheme);
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, AcceptV2TokensOnly);
            if (!string.Equals(builder.Configuration["Mailbox:Provider"], "Sandbox", StringComparison.OrdinalIgnoreCase))
            {
                // Workers call Graph for users after their request has ended: long-running on-behalf-of with a
                // persistent, shared token cache (see Mailbox/DatabaseTokenCache).
                api.EnableTokenAcquisitionToCallDownstreamApi().AddDistributedTokenCaches();
            }
        }

        if (isDevelopment)
        {
            auth.AddScheme<AuthenticationSchemeOptions, DevUserAuthenticationHandler>(DevUserAuthenticationHandler.SchemeName, null);
        }

        var owner = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => SignedInUser.From(context.User) is not null
                && (requiredScope is null || HasScope(context, requiredScope)))
            .Build();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OwnerPolicy, owner)
            .SetDefaultPolicy(owner)
            // Anything not explicitly opened up (only the Graph webhooks are) needs a signed-in user too.
            .SetFallbackPolicy(owner);
        return builder;
    }

    /// <summary>
    /// Only v2.0 access tokens: their <c>preferred_username</c>, <c>scp</c> and issuer are what the rest of the API
    /// reads. A v1.0 token (the app registration's manifest lacks <c>"requestedAccessTokenVersion": 2</c>) is refused
    /// with a reason the administrator can act on, in the <c>WWW-Authenticate</c> challenge.
    /// </summary>
    private static void AcceptV2TokensOnly(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var validated = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await validated(context);
            if (context.Result is { Failure: not null } || context.Principal is null)
            {
                return;
            }

            var version = context.Principal.FindFirst(Claims.Version)?.Value;
            if (version != "2.0")
            {
                context.Fail(new AccessTokenVersionException(version));
            }
        };
        var challenge = options.Events.OnChallenge;
        options.Events.OnChallenge = async context =>
        {
            if (context.AuthenticateFailure is AccessTokenVersionException refused)
            {
                context.Error = "invalid_token";
                context.ErrorDescription = refused.Message;
            }

            await challenge(context);
        };
    }

    private static bool HasScope(AuthorizationHandlerContext context, string requiredScope)
    {
        if (context.User.Identity?.AuthenticationType == DevUserAuthenticationHandler.SchemeName)
        {
            return true;
        }

        var granted = context.User.FindAll(Claims.Scope).Concat(context.User.FindAll(Claims.MappedScope))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var wanted = requiredScope.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return wanted.Any(w => granted.Contains(w, StringComparer.Ordinal));
    }
}
