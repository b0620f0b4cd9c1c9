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

    /// <summary>The add-in's manifest id, which names its custom-properties property (MS-OXCEXT 2.2.5).</summary>
    public const string AddinId = "5a5b8239-a0f7-4311-822f-ea9fa292674a";

    /// <summary>
    /// Where Outlook keeps the add-in's custom properties (<c>item.loadCustomPropertiesAsync</c>) as one JSON object:
    /// PS_PUBLIC_STRINGS, named <c>cecp-{add-in id}</c>. The pane sets <see cref="CustomPropertyName"/> in it when the
    /// SE sends from Outlook's own compose window.
    /// </summary>
    public const string AddinCustomPropertiesId = "String {00020329-0000-0000-C000-000000000046} Name cecp-" + AddinId;

    /// <summary>The key the pane writes into its custom properties.</summary>
    public const string CustomPropertyName = "outlookwinDeclarationId";
}
