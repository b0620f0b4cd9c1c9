using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// Seals the end of a declaration's evidence chain (its length and head hash) with the service's Data Protection
/// key. Deleting the last links — and rewriting the declaration's length and head to match — breaks the seal unless
/// the key is at hand. The key ring lives in the database; protect it with a certificate (or keep it elsewhere) so
/// someone with write access to the tables cannot also make new seals.
/// </summary>
public sealed class EvidenceSeals(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("OutlookWin.EvidenceHead.v1");

    public string Seal(Guid declarationId, int length, string head) => _protector.Protect(Statement(declarationId, length, head));

    /// <summary>Whether <paramref name="seal"/> was made by this service for exactly this declaration, length and head.</summary>
    public bool Holds(Guid declarationId, int length, string head, string? seal)
    {
        if (string.IsNullOrEmpty(seal))
        {
            return false;
        }

        try
        {
            return string.Equals(_protector.Unprotect(seal), Statement(declarationId, length, head), StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Statement(Guid declarationId, int length, string head) =>
        string.Create(CultureInfo.InvariantCulture, $"{declarationId:D}\n{length}\n{head}");
}
