using OutlookWin.Api.Tracking;

namespace OutlookWin.Api.Tests.Tracking;

public sealed class ServiceAddressTests
{
    [Theory]
    [InlineData("https://outlookwin.contoso.example", "https://outlookwin.contoso.example/webhooks/graph")]
    [InlineData("https://outlookwin.contoso.example/", "https://outlookwin.contoso.example/webhooks/graph")]
    [InlineData("https://apps.contoso.example/outlookwin", "https://apps.contoso.example/outlookwin/webhooks/graph")]
    [InlineData("https://apps.contoso.example/outlookwin/", "https://apps.contoso.example/outlookwin/webhooks/graph")]
    [InlineData("https://apps.contoso.example:8443/a/b?x=1", "https://apps.contoso.example:8443/a/b/webhooks/graph")]
    public void Webhook_urls_keep_the_path_of_the_public_base_url(string baseUrl, string expected) =>
        Assert.Equal(new Uri(expected), ServiceAddress.Under(new Uri(baseUrl), "webhooks/graph"));
}
