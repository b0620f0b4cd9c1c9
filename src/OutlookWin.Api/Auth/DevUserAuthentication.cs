using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlookWin.Api.Auth;

/// <summary>
/// Development sign-in: <c>X-Dev-User: someone@example.test</c> signs the request in as that user. Registered
/// only in the Development environment, so the header means nothing anywhere else.
/// </summary>
public sealed class DevUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevUser";
    public const string Header = "X-Dev-User";

    /// <summary>Every development user lives in this pseudo-tenant.</summary>
    public const string DevTenantId = "development";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var email = values.ToString().Trim();
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return Task.FromResult(AuthenticateResult.Fail($"{Header} must be a plain email address."));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(Claims.TenantId, DevTenantId),
                new Claim(Claims.ObjectId, ObjectIdFor(email)),
                new Claim(Claims.PreferredUsername, email),
                new Claim(Claims.Name, email),
            ],
            SchemeName,
            Claims.Name,
            "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>A stable object id per email, so the same developer sees the same data every run.</summary>
    internal static string ObjectIdFor(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant()));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
