using System.Diagnostics.CodeAnalysis;
using Microsoft.Graph;
using Microsoft.Graph.Me.Messages.Item.CreateForward;
using Microsoft.Graph.Me.Messages.Item.CreateReply;
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

    /// <summary>
    /// Graph takes a file attachment under 3 MB in one <c>POST …/attachments</c> (a request is capped at 4 MB, and the
    /// bytes travel as base64); a larger one needs an upload session.
    /// </summary>
    public const int MaxAttachmentBytes = 3 * 1024 * 1024;

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

    public Task<string> GetOwnerAddressAsync(MailboxOwner owner, CancellationToken cancellationToken) =>
        Call("Reading the mailbox owner's address", async () =>
        {
            var me = await _client.Me.GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Select = ["mail", "userPrincipalName"];
            }, cancellationToken).ConfigureAwait(false);
            // A user without an Exchange address has no mail; the UPN is then the best there is.
            var address = string.IsNullOrWhiteSpace(me?.Mail) ? me?.UserPrincipalName : me.Mail;
            return string.IsNullOrWhiteSpace(address)
                ? throw new MailboxException(MailboxFailure.Rejected, "Graph returned neither mail nor userPrincipalName for /me.")
                : address.Trim();
        }, cancellationToken);

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

    public Task<MailMessage?> FindSentAsync(MailboxOwner owner, Guid declarationId, string? composeItemId, CancellationToken cancellationToken) =>
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
                c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{DeclarationMark.AddinCustomPropertiesIdFor(_options.AddinId)}')"];
            }, cancellationToken).ConfigureAwait(false);
            var sent = recent?.Value?.FirstOrDefault(m => MessageMapping.AddinDeclarationId(m) == declarationId);
            if (sent is not null)
            {
                return MessageMapping.ToMailMessage(sent) with { DeclarationId = declarationId };
            }

            // The Outlook message the pane saved keeps its immutable id once sent: found by it even when classic
            // Outlook never saved the custom property. While it is still a draft (not sent yet), it is not the copy.
            return composeItemId is null ? null : await SentByIdAsync(owner, composeItemId, cancellationToken).ConfigureAwait(false) is { } byId
                ? MessageMapping.ToMailMessage(byId) with { DeclarationId = declarationId }
                : null;
        }, cancellationToken);

    public Task<string?> GetDisplayNameAsync(MailboxOwner owner, CancellationToken cancellationToken) =>
        Call("Reading your display name", async () =>
        {
            var me = await _client.Me.GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Select = ["displayName"];
            }, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(me?.DisplayName) ? null : me.DisplayName.Trim();
        }, cancellationToken);

    public Task<string> ToImmutableIdAsync(MailboxOwner owner, string restId, CancellationToken cancellationToken) =>
        Call("Translating an item id", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(restId);
            var translated = await _client.Me.TranslateExchangeIds.PostAsTranslateExchangeIdsPostResponseAsync(
                new Microsoft.Graph.Me.TranslateExchangeIds.TranslateExchangeIdsPostRequestBody
                {
                    InputIds = [restId],
                    SourceIdType = ExchangeIdFormat.RestId,
                    TargetIdType = ExchangeIdFormat.RestImmutableEntryId,
                },
                c => c.Options.Add(For(owner)),
                cancellationToken).ConfigureAwait(false);
            return translated?.Value?.FirstOrDefault()?.TargetId
                ?? throw new MailboxException(MailboxFailure.NotFound, "Graph translated no id for the item.");
        }, cancellationToken);

    private async Task<Message?> SentByIdAsync(MailboxOwner owner, string itemId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await _client.Me.Messages[itemId].GetAsync(c =>
            {
                c.Options.Add(For(owner));
                c.QueryParameters.Select = [.. SentSelect, "isDraft"];
            }, cancellationToken).ConfigureAwait(false);
            return message is { IsDraft: false, SentDateTime: not null } ? message : null;
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode is 404 or 400)
        {
            // Deleted (the SE discarded it), or an id this mailbox does not know: no copy to find by it.
            return null;
        }
    }

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

    public Task<byte[]> GetMimeAsync(MailboxOwner owner, string messageId, long maxBytes, CancellationToken cancellationToken) =>
        Call("Reading a message's MIME", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
            var stream = await _client.Me.Messages[messageId].Content.GetAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException(MailboxFailure.NotFound, $"Message {messageId} has no content.");
            await using (stream.ConfigureAwait(false))
            {
                // Read as it arrives and stop at the limit: the rest is never downloaded (disposing the stream drops the
                // connection), so a 150 MB message costs the limit, not 150 MB.
                using var copy = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (copy.Length + read > maxBytes)
                    {
                        throw new MailboxException(MailboxFailure.TooLarge, $"The message is larger than {Megabytes(maxBytes)}, the most OutlookWin downloads.");
                    }

                    copy.Write(buffer, 0, read);
                }

                return copy.ToArray();
            }
        }, cancellationToken);

    private static string Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / (1024.0 * 1024):0.#} MB";

    public Task<DraftMail> CreateReplyDraftAsync(MailboxOwner owner, string messageId, OutgoingMail reply, CancellationToken cancellationToken) =>
        Call("Drafting a reply", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            ArgumentNullException.ThrowIfNull(reply);
            // createReply threads the draft (In-Reply-To, References, the conversation) and quotes the original; its
            // subject is kept, since Exchange moves a message whose subject is edited to a conversation of its own.
            const string operation = "Drafting a reply";
            var draft = await NothingSentYet(operation, () => _client.Me.Messages[messageId].CreateReply.PostAsync(
                new CreateReplyPostRequestBody(), c => c.Options.Add(For(owner)), cancellationToken), cancellationToken);
            await CompleteDraftAsync(operation, owner, draft, new Message
            {
                Body = DraftBody.Above(draft.Body, reply.Html),
                ToRecipients = reply.To.Select(ToGraph).ToList(),
                CcRecipients = reply.Cc.Select(ToGraph).ToList(),
                SingleValueExtendedProperties =
                [
                    new SingleValueLegacyExtendedProperty { Id = DeclarationMark.ExtendedPropertyId, Value = reply.DeclarationId.ToString("D") },
                ],
            }, [], cancellationToken);
            return new DraftMail(draft.Id!, draft.WebLink);
        }, cancellationToken);

    public Task ForwardAsync(MailboxOwner owner, string messageId, ForwardRequest forward, CancellationToken cancellationToken) =>
        Call("Forwarding a message", async () =>
        {
            ArgumentException.ThrowIfNullOrEmpty(messageId);
            ArgumentNullException.ThrowIfNull(forward);
            var attachments = forward.Attachments ?? [];
            if (attachments.FirstOrDefault(a => a.Content.Length >= MaxAttachmentBytes) is { } tooLarge)
            {
                throw new MailboxException(MailboxFailure.Rejected,
                    $"Forwarding a message: {tooLarge.Name} is {tooLarge.Content.Length / (1024.0 * 1024):0.0} MB, and Graph attaches files under "
                    + $"{MaxAttachmentBytes / (1024 * 1024)} MB in one request. Nothing was sent.")
                { NotSent = true };
            }

            // Graph's forward action cannot attach anything: draft the forward (the original inline, as forward does),
            // complete it, then send it. Only the last step can put mail in anyone's inbox.
            const string operation = "Forwarding a message";
            var draft = await NothingSentYet(operation, () => _client.Me.Messages[messageId].CreateForward.PostAsync(
                new CreateForwardPostRequestBody { ToRecipients = forward.To.Select(ToGraph).ToList() },
                c => c.Options.Add(For(owner)), cancellationToken), cancellationToken);
            await CompleteDraftAsync(operation, owner, draft, new Message
            {
                Body = DraftBody.Above(draft.Body, forward.CommentHtml),
                ToRecipients = forward.To.Select(ToGraph).ToList(),
                CcRecipients = forward.Cc.Select(ToGraph).ToList(),
            }, attachments, cancellationToken);

            try
            {
                await _client.Me.Messages[draft.Id!].Send.PostAsync(c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (GraphFailures.Translate(e, $"{operation}: sending the draft", cancellationToken) is { Failure: not MailboxFailure.Unavailable } refused)
            {
                // Refused before any work (throttled past the retries, rejected, signed out): nothing went out. An outage
                // is left as it is: the mail may have gone, and the draft's id may now be its copy in Sent Items.
                await DeleteQuietlyAsync(owner, draft.Id!).ConfigureAwait(false);
                throw refused.AsNotSent();
            }

            return true;
        }, cancellationToken);

    /// <summary>
    /// Sets the draft's content and adds its attachments. Each step only changes a draft; when one fails the draft is
    /// deleted (an update whose answer was lost is repeated by the SDK's retry handler: it sets the same values again).
    /// </summary>
    private async Task CompleteDraftAsync(string operation, MailboxOwner owner, Message draft, Message update, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        var id = draft.Id!;
        try
        {
            await _client.Me.Messages[id].PatchAsync(update, c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            foreach (var attachment in attachments)
            {
                await _client.Me.Messages[id].Attachments.PostAsync(new FileAttachment
                {
                    Name = attachment.Name,
                    ContentType = attachment.ContentType,
                    ContentBytes = attachment.Content,
                }, c => c.Options.Add(For(owner)), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (GraphFailures.Translate(e, $"{operation}: completing the draft (nothing was sent)", cancellationToken) is { } failure)
        {
            await DeleteQuietlyAsync(owner, id).ConfigureAwait(false);
            throw failure.AsNotSent();
        }
    }

    /// <summary>
    /// Creates a draft (reply or forward). A failure here sent nothing; when its answer was lost the draft may exist, but
    /// its id was never returned, so it stays in Drafts.
    /// </summary>
    private static async Task<Message> NothingSentYet(string operation, Func<Task<Message?>> create, CancellationToken cancellationToken)
    {
        Message? draft;
        try
        {
            draft = await create().ConfigureAwait(false);
        }
        catch (Exception e) when (GraphFailures.Translate(e, $"{operation}: creating the draft (nothing was sent)", cancellationToken) is { } failure)
        {
            throw failure.AsNotSent();
        }

        return draft is { Id: not null }
            ? draft
            : throw new MailboxException(MailboxFailure.Rejected, $"{operation}: Graph returned a draft without an id.") { NotSent = true };
    }

    /// <summary>Removes a draft that will not be sent; a failure to do so is not the caller's problem (it is only a draft).</summary>
    private async Task DeleteQuietlyAsync(MailboxOwner owner, string draftId)
    {
        try
        {
            await _client.Me.Messages[draftId].DeleteAsync(c => c.Options.Add(For(owner)), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (GraphFailures.Translate(e, "Deleting a draft", CancellationToken.None) is not null)
        {
            // Left in Drafts: nothing was sent, and the SE can delete it.
        }
    }

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
        Call("Renewing the mailbox subscription", async () =>
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
        Call("Deleting the mailbox subscription", async () =>
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
        Call("Checking the mailbox subscription", async () =>
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
