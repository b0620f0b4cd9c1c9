namespace OutlookWin.Domain.Mail;

/// <summary>
/// How a declaration email is marked so its sent copy can be found (Graph's <c>sendMail</c>/<c>send</c> return no id).
/// </summary>
public static class DeclarationMark
{
    /// <summary>
    /// The single-value extended property the service stamps on drafts it creates: a string named property in
    /// OutlookWin's own property set, holding the declaration id.
    /// </summary>
    public const string ExtendedPropertyId = "String {6c1a8e0f-2b8d-4f6e-9c7a-0d5e3b2a9f41} Name OutlookWinDeclarationId";

    /// <summary>
    /// The development manifest's add-in id (manifest.xml). The add-in's manifest id names its custom-properties
    /// property (MS-OXCEXT 2.2.5), so each environment, with its own manifest id, configures it (<c>Graph:AddinId</c>).
    /// </summary>
    public const string DefaultAddinId = "5a5b8239-a0f7-4311-822f-ea9fa292674a";

    /// <summary>The start of every add-in's custom-properties property id: PS_PUBLIC_STRINGS, named <c>cecp-…</c>.</summary>
    public const string AddinCustomPropertiesPrefix = "String {00020329-0000-0000-C000-000000000046} Name cecp-";

    /// <summary>
    /// Where Outlook keeps the add-in's custom properties (<c>item.loadCustomPropertiesAsync</c>) as one JSON object:
    /// PS_PUBLIC_STRINGS, named <c>cecp-{add-in id}</c>. The pane sets <see cref="CustomPropertyName"/> in it when the
    /// SE sends from Outlook's own compose window.
    /// </summary>
    public static string AddinCustomPropertiesIdFor(string addinId) => AddinCustomPropertiesPrefix + addinId.ToLowerInvariant();

    /// <summary>The custom-properties property of the development manifest's add-in (what the Sandbox's Outlook writes).</summary>
    public static readonly string AddinCustomPropertiesId = AddinCustomPropertiesIdFor(DefaultAddinId);

    /// <summary>The key the pane writes into its custom properties.</summary>
    public const string CustomPropertyName = "outlookwinDeclarationId";
}
