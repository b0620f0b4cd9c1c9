using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OutlookWin.Domain.Mail;
using OutlookWin.Graph;

namespace OutlookWin.Sandbox;

/// <summary>Who a Sandbox access token was issued to.</summary>
public sealed record SandboxPrincipal(string TenantId, string ObjectId, string Email, DateTimeOffset ExpiresAt)
{
    public MailboxOwner Owner => new(TenantId, ObjectId, Email);
}

/// <summary>
/// The Sandbox's own bearer tokens (it stands in for Entra as well as Graph):
/// <c>sandbox.{base64url(json principal)}.{base64url(HMAC-SHA256)}</c>, signed with a per-process random key unless
/// <see cref="SandboxOptions.SigningKey"/> is set.
/// </summary>
public sealed class SandboxTokens
{
    private const string Prefix = "sandbox";
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public SandboxTokens(IOptions<SandboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = options.Value.SigningKey is { } configured ? Convert.FromBase64String(configured) : RandomNumberGenerator.GetBytes(32);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
    }

    public string Issue(MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var payload = new TokenPayload(owner.TenantId, owner.ObjectId, owner.Email, _time.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds());
        var body = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload));
        return $"{Prefix}.{body}.{Sign(body)}";
    }

    /// <summary>The principal of a valid, unexpired token; null otherwise.</summary>
    public SandboxPrincipal? Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Prefix)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<TokenPayload>(WebEncoders.Base64UrlDecode(parts[1]));
            if (payload is null || string.IsNullOrWhiteSpace(payload.Email))
            {
                return null;
            }

            var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Exp);
            return expires <= _time.GetUtcNow() ? null : new SandboxPrincipal(payload.Tid, payload.Oid, payload.Email, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private string Sign(string body) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body)));

    private sealed record TokenPayload(string Tid, string Oid, string Email, long Exp);
}

/// <summary>
/// <see cref="IGraphAccessTokens"/> for local runs: the API registers it in Development, with
/// <c>Graph:BaseUrl</c> pointing at the mounted Sandbox, so GraphMailbox runs unchanged against it.
/// </summary>
public sealed class SandboxAccessTokens(SandboxTokens tokens) : IGraphAccessTokens
{
    public Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken) =>
        Task.FromResult(tokens.Issue(owner));
}
