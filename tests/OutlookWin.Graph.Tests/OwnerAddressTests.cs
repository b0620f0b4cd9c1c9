using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using OutlookWin.Domain.Mail;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>The SE's own address comes from Graph's <c>/me</c>: <c>mail</c>, else the user principal name.</summary>
public sealed class OwnerAddressTests
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;

    [Fact]
    public async Task The_sandbox_answers_me_with_the_mailbox_address()
    {
        await using var host = await SandboxHost.StartAsync();

        Assert.Equal(Se.Email, await GraphMailboxes.For(host).GetOwnerAddressAsync(Se, CancellationToken.None));
    }

    [Theory]
    [InlineData("""{"mail": "dana.kim@contoso.example", "userPrincipalName": "dkim@contoso.onmicrosoft.com"}""", "dana.kim@contoso.example")]
    [InlineData("""{"mail": null, "userPrincipalName": "dkim@contoso.onmicrosoft.com"}""", "dkim@contoso.onmicrosoft.com")]
    public async Task Mail_first_then_the_user_principal_name(string me, string expected)
    {
        var transport = new MeHandler(me);
        var options = new GraphMailboxOptions { BaseUrl = "https://graph.test/v1.0", MaxRetries = 0, RetryDelaySeconds = 0 };
        var mailbox = new GraphMailbox(GraphMailbox.CreateHttpClient(options, transport), new FixedToken(), Options.Create(options));

        Assert.Equal(expected, await mailbox.GetOwnerAddressAsync(Se, CancellationToken.None));
        Assert.Equal("/v1.0/me", transport.Path);
        Assert.Contains("mail", transport.Query, StringComparison.Ordinal);
        Assert.Contains("userPrincipalName", transport.Query, StringComparison.Ordinal);
    }

    private sealed class FixedToken : IGraphAccessTokens
    {
        public Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken) => Task.FromResult("token");
    }

    private sealed class MeHandler(string body) : HttpMessageHandler
    {
        public string? Path { get; private set; }

        public string Query { get; private set; } = string.Empty;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Path = request.RequestUri!.AbsolutePath;
            Query = Uri.UnescapeDataString(request.RequestUri.Query);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
