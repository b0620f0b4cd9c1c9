using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlookWin.Api.Auth;

/// <summary>
/// Development sign-in: <c>X-Dev-User: someone@example.test</c> signs the request in as that user, and
/// <c>X-Dev-Name: Alex Morgan</c> gives them the display name that signs their emails (as the <c>name</c> claim of an
/// Entra token would). Registered only in the Development environment, so the headers mean nothing anywhere else.
/// </summary>
public sealed class DevUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevUser";
    public const string Header = "X-Dev-User";
    public const string NameHeader = "X-Dev-Name";

    /// <summary>Longest display name accepted, as Entra allows for displayName.</summary>
    private const int MaxNameLength = 256;

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

        var name = email;
        if (Request.Headers.TryGetValue(NameHeader, out var names) && names.ToString().Trim() is { Length: > 0 } given)
        {
            // Headers are Latin-1 on the wire: the pane sends the name percent-encoded (encodeURIComponent).
            var decoded = Uri.UnescapeDataString(given).Trim();
            if (decoded.Length > MaxNameLength || decoded.Any(char.IsControl))
            {
                return Task.FromResult(AuthenticateResult.Fail($"{NameHeader} must be a display name of at most {MaxNameLength} characters."));
            }

            name = decoded.Length > 0 ? decoded : email;
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(Claims.TenantId, DevTenantId),
                new Claim(Claims.ObjectId, ObjectIdFor(email)),
                new Claim(Claims.PreferredUsername, email),
                new Claim(Claims.Name, name),
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
