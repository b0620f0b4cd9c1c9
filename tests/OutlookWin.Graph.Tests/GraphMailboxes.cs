using Microsoft.Extensions.Options;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>GraphMailbox over the real SDK, pointed at a Sandbox host.</summary>
internal static class GraphMailboxes
{
    public static GraphMailbox For(SandboxHost host, Action<GraphMailboxOptions>? configure = null, IGraphAccessTokens? tokens = null)
    {
        var options = new GraphMailboxOptions
        {
            BaseUrl = host.GraphBaseUrl,
            MaxRetries = 3,
            RetryDelaySeconds = 0,
            MaxRetryWait = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return new GraphMailbox(GraphMailbox.CreateHttpClient(options), tokens ?? host.Get<SandboxAccessTokens>(), Options.Create(options));
    }

    public static OutgoingMail Declaration(Guid id) => new(
        id,
        "Technical Win Declaration: Northwind Energy proof of value",
        "<html><body><p>Hi Priya,</p><p>Thank you and the team for the last three weeks. At today's readout we validated the three mandatory success criteria: "
        + "MTTR reduced by 43% (target 40%), ingestion at 1.2 TB/day (target 1 TB/day), and alert noise down 62% (target 50%).</p>"
        + "<p>Could you reply to confirm in writing that the team considers the technical evaluation a success, so Alex can start the commercial review with Dana?</p>"
        + "<p>Best regards,<br>Sam</p></body></html>",
        [SandboxHost.LeadEngineer],
        [SandboxHost.AccountExecutive]);

    /// <summary>Drafts and sends a declaration and returns its sent copy.</summary>
    public static async Task<MailMessage> SendDeclarationAsync(IMailbox mailbox, Guid id)
    {
        var owner = SandboxHost.SalesEngineer;
        var draft = await mailbox.CreateDraftAsync(owner, Declaration(id), CancellationToken.None);
        await mailbox.SendDraftAsync(owner, draft.Id, CancellationToken.None);
        return await mailbox.FindSentAsync(owner, id, null, CancellationToken.None) ?? throw new InvalidOperationException("Sent copy not found.");
    }
}
