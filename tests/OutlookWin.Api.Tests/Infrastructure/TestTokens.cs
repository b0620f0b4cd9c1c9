using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>
/// Issues Entra-shaped v2 access tokens signed by a test key. The API validates them through the real
/// Microsoft.Identity.Web JWT bearer pipeline; only where the signing key comes from differs.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string TenantId = "7d8a2d8e-0a3e-4b8f-9d6b-3f9d2a1c0b11";
    public const string ClientId = "0f3c9c5e-6a7d-4d2e-8f1b-2c3d4e5f6a7b";
    public const string Audience = "api://" + ClientId;
    public const string Scope = "access_as_user";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly RSA _rsa = RSA.Create(2048);

    public TestTokens() => SigningKey = new RsaSecurityKey(_rsa) { KeyId = "test-key" };

    public SecurityKey SigningKey { get; }

    public string For(
        string objectId,
        string email,
        string? scope = Scope,
        string audience = Audience,
        string? issuer = null,
        DateTime? expires = null,
        SecurityKey? key = null,
        string tenantId = TenantId,
        string version = "2.0")
    {
        var claims = new List<Claim>
        {
            new("tid", tenantId),
            new("oid", objectId),
            new("preferred_username", email),
            new("name", "Alex Morgan"),
            new("ver", version),
        };
        if (scope is not null)
        {
            claims.Add(new Claim("scp", scope));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Audience = audience,
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenantId}/v2.0",
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
