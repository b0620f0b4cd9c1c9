using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Api.Auth;

/// <summary>
/// The Entra ID (Azure AD) app registration of the API. Bound from the <c>AzureAd</c> section, which
/// Microsoft.Identity.Web reads as well; validated at start so a production deployment that misses a setting
/// fails at once with the key's name instead of rejecting every token later.
/// </summary>
public sealed class EntraIdOptions
{
    public const string Section = "AzureAd";

    [Required(ErrorMessage = "AzureAd:Instance is required (e.g. https://login.microsoftonline.com/).")]
    public string? Instance { get; set; }

    [Required(ErrorMessage = "AzureAd:TenantId is required (your tenant id, or 'organizations' for multi-tenant).")]
    public string? TenantId { get; set; }

    [Required(ErrorMessage = "AzureAd:ClientId is required (the API's application (client) id).")]
    public string? ClientId { get; set; }

    /// <summary>The app's secret, for calling Graph on behalf of users (or use <see cref="ClientCredentials"/>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Microsoft.Identity.Web credential descriptions (certificates, managed identity...), as an alternative to a secret.</summary>
    public IList<Dictionary<string, string>>? ClientCredentials { get; set; }

    /// <summary>The delegated scope the add-in's token must carry.</summary>
    [Required(ErrorMessage = "AzureAd:Scopes is required (the API scope the add-in requests, e.g. access_as_user).")]
    public string? Scopes { get; set; } = "access_as_user";
}
