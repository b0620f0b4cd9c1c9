using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Auth;

/// <summary>
/// Certificates made here, self-signed: one encrypts the Data Protection key ring kept in the database, one is the app's
/// client credential instead of a secret.
/// </summary>
public sealed class CertificateTests : IDisposable
{
    private const string Password = "test-pfx-password";
    private readonly SqliteTestDatabase _database = new();
    private readonly TestTokens _tokens = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookwin-certs-").FullName;
    private readonly string _pfx;
    private readonly string _thumbprint;

    public CertificateTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookWin test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        _thumbprint = certificate.Thumbprint;
        _pfx = Path.Combine(_folder, "outlookwin.pfx");
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, Password));
    }

    [Fact]
    public async Task The_key_ring_in_the_database_is_encrypted_with_the_configured_certificate()
    {
        await using var app = new OutlookWinApplication(_database, "Production", _tokens, new Dictionary<string, string?>
        {
            ["DataProtection:Certificate:Path"] = _pfx,
            ["DataProtection:Certificate:Password"] = Password,
        });
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var sealedText = protector.Protect("evidence head");

        Assert.Equal("evidence head", protector.Unprotect(sealedText));
        await using var scope = app.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().DataProtectionKeys.ToListAsync();
        var key = Assert.Single(keys);
        Assert.Contains("EncryptedXmlDecryptor", key.Xml, StringComparison.Ordinal);
        Assert.Contains(Convert.ToBase64String(X509CertificateLoader.LoadPkcs12FromFile(_pfx, Password).RawData)[..40], key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", key.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_ring_certificate_that_cannot_be_read_stops_the_start_naming_the_key()
    {
        using var app = new OutlookWinApplication(_database, "Production", _tokens, new Dictionary<string, string?>
        {
            ["DataProtection:Certificate:Path"] = _pfx,
            ["DataProtection:Certificate:Password"] = "wrong",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("DataProtection:Certificate:Path", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_client_credential_replaces_the_secret()
    {
        await using var app = new OutlookWinApplication(_database, "Production", _tokens, new Dictionary<string, string?>
        {
            ["AzureAd:ClientSecret"] = "",
            ["AzureAd:ClientCredentials:0:SourceType"] = "Path",
            ["AzureAd:ClientCredentials:0:CertificateDiskPath"] = _pfx,
            ["AzureAd:ClientCredentials:0:CertificatePassword"] = Password,
        });

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/config")).StatusCode);
        // Microsoft.Identity.Web sees the certificate as the app's credential, and can load it.
        var options = app.Services.GetRequiredService<IOptionsMonitor<MicrosoftIdentityApplicationOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var credential = Assert.Single(options.ClientCredentials!);
        Assert.Equal(CredentialSource.Path, credential.SourceType);
        await new Microsoft.Identity.Web.DefaultCertificateLoader().LoadCredentialsIfNeededAsync(credential);
        Assert.Equal(_thumbprint, credential.Certificate?.Thumbprint);
    }

    [Fact]
    public void A_client_credential_certificate_that_cannot_be_read_stops_the_start_naming_the_entry()
    {
        using var app = new OutlookWinApplication(_database, "Production", _tokens, new Dictionary<string, string?>
        {
            ["AzureAd:ClientSecret"] = "",
            ["AzureAd:ClientCredentials:0:SourceType"] = "Path",
            ["AzureAd:ClientCredentials:0:CertificateDiskPath"] = Path.Combine(_folder, "missing.pfx"),
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AzureAd:ClientCredentials:0:CertificateDiskPath", Messages(error), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static string Messages(Exception e)
    {
        var all = new List<string>();
        void Walk(Exception? current)
        {
            for (; current is not null; current = current.InnerException)
            {
                all.Add(current.Message);
                if (current is AggregateException aggregate)
                {
                    foreach (var inner in aggregate.InnerExceptions)
                    {
                        Walk(inner);
                    }
                }
            }
        }

        Walk(e);
        return string.Join(" | ", all);
    }
}
