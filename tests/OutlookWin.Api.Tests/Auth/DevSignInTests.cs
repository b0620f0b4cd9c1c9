using OutlookWin.Api.Auth;
using OutlookWin.Testing;

namespace OutlookWin.Api.Tests.Auth;

public sealed class DevSignInTests
{
    [Fact]
    public void The_shared_test_sign_in_speaks_the_apis_own_headers()
    {
        Assert.Equal(DevUserAuthenticationHandler.Header, DevSignIn.UserHeader);
        Assert.Equal(DevUserAuthenticationHandler.NameHeader, DevSignIn.NameHeader);

        using var client = DevSignIn.Client(new Uri("http://127.0.0.1:1/"), "se@fabrikam.example", "Zoë Ångström");
        Assert.Equal("se@fabrikam.example", Assert.Single(client.DefaultRequestHeaders.GetValues(DevSignIn.UserHeader)));
        Assert.Equal("Zoë Ångström", Uri.UnescapeDataString(Assert.Single(client.DefaultRequestHeaders.GetValues(DevSignIn.NameHeader))));
        using var nameless = DevSignIn.Client(new Uri("http://127.0.0.1:1/"), "se@fabrikam.example", null);
        Assert.False(nameless.DefaultRequestHeaders.Contains(DevSignIn.NameHeader));
    }
}
