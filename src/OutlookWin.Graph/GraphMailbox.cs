using System.Diagnostics.CodeAnalysis;
using Microsoft.Graph;
using Microsoft.Graph.Me.Messages.Item.Forward;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Microsoft.Extensions.Options;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

/// <summary>
/// <see cref="IMailbox"/> over the Microsoft Graph .NET SDK, acting for one owner per call with delegated tokens
/// from <see cref="IGraphAccessTokens"/>. Every request asks for immutable ids.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The SDK client holds only middleware over a transport that IHttpClientFactory (or the caller) owns; nothing to release, and a disposable transient would be tracked by the root container.")]
public sealed class GraphMailbox : IMailbox
{
    /// <summary>The IHttpClientFactory name of the primary handler under the SDK's middleware.</summary>
    public const string HttpClientName = "OutlookWin.Graph";

    /// <summary>
    /// The subscription resource: new messages anywhere in the signed-in user's mailbox. Not just the Inbox: rules file
    /// replies into deal folders, and Exchange's filter puts some into Junk Email, where an Inbox subscription never hears
    /// of them.
    /// </summary>
    public const string MailboxMessagesResource = "me/messages";

    /// <summary>How many messages of one conversation are looked at (newest first).</summary>
    private const int ConversationPageSize = 50;

    private const string InboxFolder = "inbox";
    private const string SentItemsFolder = "sentitems";

    /// <summary>What <see cref="MailMessage"/> needs from a sent message (Graph returns no headers for Sent Items).</summary>
    private static readonly string[] SentSelect =
        ["id", "internetMessageId", "conversationId", "subject", "from", "toRecipients", "sentDateTime", "receivedDateTime"];

    /// <summary>What <see cref="MailMessage"/> needs from a received message, threading headers included.</summary>
    private static readonly string[] ReceivedSelect = [.. SentSelect, "internetMessageHeaders"];

    private static readonly string[] DeclarationMarkExpand =
        [$"singleValueExtendedProperties($filter=id eq '{DeclarationMark.ExtendedPropertyId}')"];

    private readonly GraphServiceClient _client;
    private readonly GraphMailboxOptions _options;

    /// <summary>Builds the SDK client on the HttpClient pipeline of <see cref="CreateHttpClient"/>.</summary>
    public GraphMailbox(HttpClient httpClient, IGraphAccessTokens tokens, IOptions<GraphMailboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var baseUrl = new Uri(_options.BaseUrl.TrimEnd('/'));
        _client = new GraphServiceClient(httpClient, new OwnerAuthenticationProvider(tokens, baseUrl), baseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>
    /// An HttpClient with the SDK's middleware from <see cref="GraphClientFactory"/> (retry, redirect, compression,
    /// telemetry…), the retry handler tuned by <paramref name="options"/> (writes retried only on 429, see
    /// <see cref="WriteRetryHandler"/>), and <c>Prefer: IdType="ImmutableId"</c>
    /// added to every request. <paramref name="finalHandler"/> is the transport (e.g. from IHttpClientFactory); it is
    /// not disposed with the client.
    /// </summary>
    public static HttpClient CreateHttpClient(GraphMailboxOptions options, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
            RetriesTimeLimit = options.MaxRetryWait,
        });
        var retryIndex = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (retryIndex >= 0)
        {
            handlers[retryIndex] = retry;
        }
        else
        {
            handlers.Add(retry);
            retryIndex = handlers.Count - 1;
        }

        // Just outside the SDK's retry handler: writes are retried only when nothing was done.
        handlers.Insert(retryIndex, new WriteRetryHandler(options));

        handlers.Insert(0, new ImmutableIdHandler());
        var client = GraphClientFactory.Create(handlers, finalHandler: finalHandler, disposeHandler: finalHandler is null);
        client.Timeout = options.RequestTimeout;
        return client;
    }

    public Task<DraftMail> CreateDraftAsync(MailboxOwner owner, OutgoingMail mail, CancellationToken cancellationToken) =>
        Call("Creating the declaration draft", async () =>
        {
            ArgumentNullException.ThrowIfNull(mail);
            var draft = new Message
            {
                Subject = mail.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = mail.Html },
                ToRecipients = mail.To.Select(ToGraph).ToList(),
                CcRecipients = mail.Cc.Select(ToGraph).ToList(),
                SingleValueExtendedProperties =
                [
                    new SingleValueLegacyExtendedProperty { Id = DeclarationMark.ExtendedPropertyId, Value = mail.DeclarationId.ToString("D") },
                ],
            };
            var created = await _client.Me.Messages.PostAsync(draft, c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.Rejected, "Creating the declaration draft: Graph returned no message.");
            return new DraftMail(created.Id ?? throw new MailboxException(MailboxFailure.Rejected, "Graph returned a draft without an id."), created.WebLink);
        }, cancellationToken);

    public Task SendDraftAsync(MailboxOwner owner, string draftId, CancellationToken cancellationToken) =>
        Call("Sending the declaration draft", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(draftId);
            await _client.Me.Messages[draftId].Send.PostAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<MailMessage?> FindSentAsync(MailboxOwner owner, Guid declarationId, CancellationToken cancellationToken) =>
        Call("Finding the sent declaration", async () =>
        {
            var id = declarationId.ToString("D");
            var stamped = await _client.Me.MailFolders[SentItemsFolder].Messages.GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Filter =
                    $"singleValueExtendedProperties/Any(ep: ep/id eq '{DeclarationMark.ExtendedPropertyId}' and ep/value eq '{id}')";
                c.QueryParameters.Select = SentSelect;
                c.QueryParameters.Top = 1;
            }, cancellationToken).ConfigureAwait(false);
            var found = stamped?.Value?.FirstOrDefault();
            if (found is not null)
            {
                return MessageMapping.ToMailMessage(found) with { DeclarationId = declarationId };
            }

            // Sent from Outlook's compose window: the pane's custom property carries the id, inside a JSON object
            // that a filter cannot look into, so read it from the latest sent items.
            var recent = await _client.Me.MailFolders[SentItemsFolder].Messages.GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Select = SentSelect;
                c.QueryParameters.Orderby = ["sentDateTime desc"];
                c.QueryParameters.Top = _options.RecentSentItemsToSearch;
                c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{DeclarationMark.AddinCustomPropertiesId}')"];
            }, cancellationToken).ConfigureAwait(false);
            var sent = recent?.Value?.FirstOrDefault(m => MessageMapping.AddinDeclarationId(m) == declarationId);
            return sent is null ? null : MessageMapping.ToMailMessage(sent) with { DeclarationId = declarationId };
        }, cancellationToken);

    public Task<MailMessage> GetMessageAsync(MailboxOwner owner, string messageId, CancellationToken cancellationToken) =>
        Call("Reading a message", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            var message = await _client.Me.Messages[messageId].GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Select = ReceivedSelect;
                c.QueryParameters.Expand = DeclarationMarkExpand;
            }, cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.NotFound, $"Message {messageId} not found.");
            return MessageMapping.ToMailMessage(message);
        }, cancellationToken);

    public Task<byte[]> GetMimeAsync(MailboxOwner owner, string messageId, CancellationToken cancellationToken) =>
        Call("Reading a message's MIME", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            var stream = await _client.Me.Messages[messageId].Content.GetAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.NotFound, $"Message {messageId} has no content.");
            await using (stream.ConfigureAwait(false))
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                return copy.ToArray();
            }
        }, cancellationToken);

    public Task ForwardAsync(MailboxOwner owner, string messageId, ForwardRequest forward, CancellationToken cancellationToken) =>
        Call("Forwarding a message", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            ArgumentNullException.ThrowIfNull(forward);
            // forward keeps the original untouched and puts the comment above it; Cc goes in the message
            // parameter (comment and message.body are exclusive, toRecipients given once).
            var body = new ForwardPostRequestBody
            {
                Comment = forward.CommentHtml,
                ToRecipients = forward.To.Select(ToGraph).ToList(),
                Message = forward.Cc.Count == 0 ? null : new Message { CcRecipients = forward.Cc.Select(ToGraph).ToList() },
            };
            await _client.Me.Messages[messageId].Forward.PostAsync(body, c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<MailboxSubscription> SubscribeAsync(MailboxOwner owner, SubscriptionRequest request, CancellationToken cancellationToken) =>
        Call("Subscribing to the mailbox", async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var created = await _client.Subscriptions.PostAsync(new Subscription
            {
                ChangeType = "created",
                NotificationUrl = request.NotificationUrl.ToString(),
                LifecycleNotificationUrl = request.LifecycleNotificationUrl.ToString(),
                Resource = MailboxMessagesResource,
                ExpirationDateTime = request.ExpiresAt,
                ClientState = request.ClientState,
                LatestSupportedTlsVersion = "v1_2",
            }, c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.Rejected, "Graph returned no subscription.");
            return ToSubscription(created, request.ExpiresAt);
        }, cancellationToken);

    public Task<MailboxSubscription> RenewSubscriptionAsync(MailboxOwner owner, string subscriptionId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Call("Renewing the Inbox subscription", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
            var renewed = await _client.Subscriptions[subscriptionId].PatchAsync(
                new Subscription { ExpirationDateTime = expiresAt },
                c => c.Options.Add(For(owner)),
                cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.Rejected, "Graph returned no subscription.");
            return ToSubscription(renewed, expiresAt);
        }, cancellationToken);

    public Task DeleteSubscriptionAsync(MailboxOwner owner, string subscriptionId, CancellationToken cancellationToken) =>
        Call("Deleting the Inbox subscription", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
            try
            {
                await _client.Subscriptions[subscriptionId].DeleteAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException e) when (e.ResponseStatusCode == 404)
            {
                // Already gone (expired or removed by Graph): what the caller wanted.
            }

            return true;
        }, cancellationToken);

    public Task<MailboxSubscription?> GetSubscriptionAsync(MailboxOwner owner, string subscriptionId, CancellationToken cancellationToken) =>
        Call("Checking the Inbox subscription", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
            try
            {
                var found = await _client.Subscriptions[subscriptionId].GetAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
                return found is null ? null : ToSubscription(found, found.ExpirationDateTime ?? DateTimeOffset.MinValue);
            }
            catch (ApiException e) when (e.ResponseStatusCode == 404)
            {
                return null;
            }
        }, cancellationToken);

    public Task<IReadOnlyList<MailMessage>> ConversationAsync(MailboxOwner owner, string conversationId, CancellationToken cancellationToken) =>
        Call("Reading a conversation", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(conversationId);
            // Graph refuses $orderby with a $filter on another property (InefficientFilter): ordered here instead.
            var page = await _client.Me.Messages.GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Filter = $"conversationId eq '{conversationId.Replace("'", "''", StringComparison.Ordinal)}'";
                c.QueryParameters.Select = ReceivedSelect;
                c.QueryParameters.Expand = DeclarationMarkExpand;
                c.QueryParameters.Top = ConversationPageSize;
            }, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<MailMessage>)[.. (page?.Value ?? []).Select(MessageMapping.ToMailMessage).OrderByDescending(m => m.ReceivedAt)];
        }, cancellationToken);

    public Task<DeltaPage> InboxDeltaAsync(MailboxOwner owner, string? link, CancellationToken cancellationToken) =>
        DeltaAsync(owner, link ?? StartOfDelta(null), cancellationToken);

    public Task<DeltaPage> InboxDeltaSinceAsync(MailboxOwner owner, DateTimeOffset receivedSince, CancellationToken cancellationToken) =>
        DeltaAsync(owner, StartOfDelta(receivedSince), cancellationToken);

    /// <summary>
    /// The first request of a round: only created messages (the service never needs updates, which Graph may send as
    /// partial objects), the properties matching needs, and, when given, only mail received since a time (Graph allows
    /// <c>receivedDateTime ge</c> alone, and then at most 5,000 messages).
    /// </summary>
    private string StartOfDelta(DateTimeOffset? receivedSince)
    {
        var query = $"changeType=created&$select={string.Join(',', ReceivedSelect)}";
        if (receivedSince is { } since)
        {
            query += "&$filter=" + Uri.EscapeDataString($"receivedDateTime ge {since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        }

        return $"{_options.BaseUrl.TrimEnd('/')}/me/mailFolders/{InboxFolder}/messages/delta?{query}";
    }

    private Task<DeltaPage> DeltaAsync(MailboxOwner owner, string link, CancellationToken cancellationToken) =>
        Call("Reading Inbox changes", async () =>
        {
            // The links carry the state token and the original options; used verbatim.
            var page = await _client.Me.MailFolders[InboxFolder].Messages.Delta.WithUrl(link).GetAsDeltaGetResponseAsync(c =>
            {
                c.Options.Add(For(owner));
                c.Headers.Add("Prefer", $"odata.maxpagesize={_options.DeltaPageSize}");
            }, cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.Rejected, "Graph returned no delta page.");

            var messages = new List<MailMessage>();
            var removed = new List<string>();
            foreach (var message in page.Value ?? [])
            {
                if (message.AdditionalData.ContainsKey("@removed"))
                {
                    if (message.Id is not null)
                    {
                        removed.Add(message.Id);
                    }
                }
                else
                {
                    messages.Add(MessageMapping.ToMailMessage(message));
                }
            }

            return new DeltaPage(messages, removed, page.OdataNextLink, page.OdataDeltaLink);
        }, cancellationToken);

    private static MailboxOwnerOption For(MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new MailboxOwnerOption(owner);
    }

    private static Microsoft.Graph.Models.Recipient ToGraph(Domain.Mail.Recipient recipient) => new()
    {
        EmailAddress = new EmailAddress { Name = recipient.Name, Address = recipient.Email },
    };

    private static MailboxSubscription ToSubscription(Subscription subscription, DateTimeOffset asked) => new(
        subscription.Id ?? throw new MailboxException(MailboxFailure.Rejected, "Graph returned a subscription without an id."),
        subscription.Resource ?? MailboxMessagesResource,
        subscription.ExpirationDateTime ?? asked,
        Uri.TryCreate(subscription.NotificationUrl, UriKind.Absolute, out var url) ? url : null);

    private static async Task<T> Call<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (GraphFailures.Translate(e, operation, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
