using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace OutlookWin.Api.Auth;

/// <summary>
/// A certificate with its private key, from a PFX file (<c>Path</c> and <c>Password</c>) or from the machine's or
/// user's certificate store (<c>Thumbprint</c>, and <c>StoreLocation</c>: <c>CurrentUser</c> or <c>LocalMachine</c>).
/// Azure App Service puts Key Vault certificates in the store (<c>WEBSITE_LOAD_CERTIFICATES</c>); containers mount them
/// as files.
/// </summary>
public sealed class CertificateSettings
{
    public string? Path { get; set; }

    public string? Password { get; set; }

    public string? Thumbprint { get; set; }

    public StoreLocation StoreLocation { get; set; } = StoreLocation.CurrentUser;

    public bool Configured => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Thumbprint);

    /// <summary>Loads the certificate; the error names <paramref name="section"/>'s key that is wrong.</summary>
    public X509Certificate2 Load(string section)
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            X509Certificate2 file;
            try
            {
                file = X509CertificateLoader.LoadPkcs12FromFile(Path, Password, X509KeyStorageFlags.EphemeralKeySet);
            }
            catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException(
                    $"{section}:Path: the certificate '{Path}' could not be read ({e.Message.Trim()}); check the file and {section}:Password.", e);
            }

            return file.HasPrivateKey
                ? file
                : throw new InvalidOperationException($"{section}:Path: the certificate '{Path}' has no private key (a .pfx with its key is needed).");
        }

        using var store = new X509Store(StoreName.My, StoreLocation);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, Thumbprint!.Replace(" ", string.Empty, StringComparison.Ordinal), validOnly: false);
        return found.Count > 0 && found[0].HasPrivateKey
            ? found[0]
            : throw new InvalidOperationException(
                $"{section}:Thumbprint: no certificate with a private key and thumbprint {Thumbprint} in the {StoreLocation} 'My' store.");
    }
}

public static class CertificateCredentialsSetup
{
    public const string KeyRingSection = "DataProtection:Certificate";

    /// <summary>
    /// <c>DataProtection:Certificate</c>: the certificate that encrypts the Data Protection key ring at rest. The keys live
    /// in the database beside what they protect (the refresh-token cache, the evidence seals); encrypted with a
    /// certificate kept elsewhere, read access to the database no longer yields them. A certificate that cannot be loaded
    /// stops the start with the key that is wrong.
    /// </summary>
    public static WebApplicationBuilder AddOutlookWinKeyRingProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(KeyRingSection).Get<CertificateSettings>();
        if (settings is { Configured: true })
        {
            builder.Services.AddDataProtection().ProtectKeysWithCertificate(settings.Load(KeyRingSection));
        }

        return builder;
    }

    /// <summary>
    /// A certificate client credential (<c>AzureAd:ClientCredentials:N</c>, <c>SourceType</c> <c>Path</c> or
    /// <c>StoreWithThumbprint</c>) that cannot be loaded fails the start, naming the entry, instead of every Graph call
    /// later. Key Vault sources are left to Microsoft.Identity.Web (they need the network).
    /// </summary>
    public static string? ClientCredentialError(IList<Dictionary<string, string>>? credentials)
    {
        for (var i = 0; i < (credentials?.Count ?? 0); i++)
        {
            var entry = new Dictionary<string, string>(credentials![i], StringComparer.OrdinalIgnoreCase);
            var key = $"{EntraIdOptions.Section}:ClientCredentials:{i}";
            entry.TryGetValue("SourceType", out var source);
            CertificateSettings? settings = source switch
            {
                _ when string.Equals(source, "Path", StringComparison.OrdinalIgnoreCase) => new CertificateSettings
                {
                    Path = entry.GetValueOrDefault("CertificateDiskPath"),
                    Password = entry.GetValueOrDefault("CertificatePassword"),
                },
                _ when string.Equals(source, "StoreWithThumbprint", StringComparison.OrdinalIgnoreCase) => new CertificateSettings
                {
                    Thumbprint = entry.GetValueOrDefault("CertificateThumbprint"),
                    StoreLocation = entry.GetValueOrDefault("CertificateStorePath")?.StartsWith("LocalMachine", StringComparison.OrdinalIgnoreCase) == true
                        ? StoreLocation.LocalMachine
                        : StoreLocation.CurrentUser,
                },
                _ => null,
            };
            if (settings is null)
            {
                continue;
            }

            if (!settings.Configured)
            {
                return $"{key}: SourceType {source} needs {(settings.Path is null && string.Equals(source, "Path", StringComparison.OrdinalIgnoreCase) ? "CertificateDiskPath" : "CertificateThumbprint")}.";
            }

            try
            {
                using var certificate = settings.Load(key);
            }
            catch (InvalidOperationException e)
            {
                return e.Message.Replace($"{key}:Path", $"{key}:CertificateDiskPath", StringComparison.Ordinal)
                    .Replace($"{key}:Password", $"{key}:CertificatePassword", StringComparison.Ordinal)
                    .Replace($"{key}:Thumbprint", $"{key}:CertificateThumbprint", StringComparison.Ordinal);
            }
        }

        return null;
    }
}
