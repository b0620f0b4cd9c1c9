using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace OutlookWin.Api.Auth;

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

        string? requiredScope = null;
        if (useEntra)
        {
            builder.Services.AddOptions<EntraIdOptions>()
                .BindConfiguration(EntraIdOptions.Section)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            requiredScope = entraSection[nameof(EntraIdOptions.Scopes)] ?? new EntraIdOptions().Scopes;
            var api = auth.AddMicrosoftIdentityWebApi(entraSection, JwtBearerDefaults.AuthenticationScheme);
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
