using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace OutlookWin.Sandbox;

/// <summary>A message as the stand-in UI and tests list it.</summary>
public sealed record SandboxMessageSummary(
    string Id,
    string Folder,
    string Subject,
    MailAddressRecord? From,
    IReadOnlyList<MailAddressRecord> To,
    IReadOnlyList<MailAddressRecord> Cc,
    DateTimeOffset? SentDateTime,
    DateTimeOffset? ReceivedDateTime,
    string? InternetMessageId,
    string ConversationId,
    string? InReplyTo,
    bool IsDraft,
    string BodyPreview);

/// <summary>Faults to arm with <c>POST {prefix}/faults</c>; every part is optional.</summary>
public sealed record FaultRequest(
    CountedFault? Throttle = null,
    CountedFault? Unavailable = null,
    SlowFault? Slow = null,
    int? DuplicateNotifications = null,
    int? DropNotifications = null,
    bool ExpireDeltaTokens = false,
    LifecycleFault? Lifecycle = null,
    int? LostWriteResponses = null,
    int? LostSendResponses = null);

/// <summary>
/// A message sent from the local Outlook stand-in's compose window, as Outlook would send it: from the signed-in
/// mailbox, with the add-in's custom properties (a JSON object) kept on the sent copy. <c>draftId</c> names the draft
/// the window was saved as (Outlook's Save, or an add-in's <c>item.saveAsync</c>): that draft is updated and sent,
/// keeping its id, as Exchange keeps a draft's immutable id on its sent copy.
/// </summary>
public sealed record OutlookSendRequest(
    string? Subject,
    string? Html,
    IReadOnlyList<MailAddressRecord>? To,
    IReadOnlyList<MailAddressRecord>? Cc,
    string? AddinCustomProperties,
    string? DraftId = null);

/// <summary>The draft a compose window was saved as.</summary>
public sealed record OutlookSaveResult(string Id);

/// <summary>
/// An Inbox rule for the signed-in mailbox: mail from <c>from</c> (an address, or <c>@domain</c> for anyone there) is
/// filed into <c>folder</c> (a deal folder's name, or <c>junkemail</c>) instead of the Inbox.
/// </summary>
public sealed record RuleRequest(string? From, string? Folder);

/// <summary>The sent copy of a message sent from the stand-in.</summary>
public sealed record OutlookSendResult(string Id, string? InternetMessageId, string ConversationId);

/// <summary>Moves the Sandbox clock: <c>advance</c> (e.g. "5.00:00:00"), or <c>reset</c> to the system clock.</summary>
public sealed record ClockRequest(TimeSpan? Advance = null, bool Reset = false);

/// <summary>The Sandbox clock's reading.</summary>
public sealed record ClockReading(DateTimeOffset Now, TimeSpan Offset);

public sealed record CountedFault(int Count, int? RetryAfterSeconds = null);

public sealed record SlowFault(int Count, int DelayMilliseconds);

public sealed record LifecycleFault(string SubscriptionId, string Event);

/// <summary>
/// The Sandbox's own control routes (not Graph): the prospect simulator, mailbox listings and fault injection. They
/// are for the local product and tests; the host protects the group with its own sign-in.
/// </summary>
public static class SandboxControlRoutes
{
    public const string DefaultPrefix = "/sandbox";

    /// <summary>
    /// Maps <c>POST {prefix}/prospect/replies</c>, <c>GET {prefix}/mailboxes</c>,
    /// <c>GET {prefix}/mailboxes/{email}/messages</c>, <c>GET {prefix}/mailboxes/{email}/messages/{id}/mime</c>,
    /// <c>GET {prefix}/subscriptions</c>, <c>GET {prefix}/notifications</c>, <c>POST</c>/<c>DELETE {prefix}/faults</c>.
    /// </summary>
    /// <param name="endpoints">The host's routes.</param>
    /// <param name="prefix">Where to mount them.</param>
    /// <param name="signedInMailbox">
    /// The signed-in SE's address, when the host has one: prospect replies then answer only that SE's declarations.
    /// Without it the request's <c>mailbox</c> is used, or any Sandbox mailbox that sent the declaration.
    /// </param>
    /// <param name="signedInName">
    /// The signed-in SE's display name, when the host has one: the mailbox takes it (as the directory would give it),
    /// and the prospect greets the SE by it.
    /// </param>
    public static RouteGroupBuilder MapSandboxControl(
        this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix, Func<HttpContext, string?>? signedInMailbox = null, Func<HttpContext, string?>? signedInName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox");
        group.MapPost("/prospect/replies", (HttpContext http, ProspectReplyRequest request, ProspectSimulator prospect, SandboxMailStore store) =>
            {
                var me = signedInMailbox?.Invoke(http);
                var name = signedInName?.Invoke(http);
                if (me is not null && !string.IsNullOrWhiteSpace(name))
                {
                    store.EnsureMailbox(me, name);
                }

                return Reply(request, prospect, me, name);
            })
            .WithSummary("Makes the prospect's lead engineer reply to a sent declaration (fires the change notification).");
        // With a signed-in mailbox, each user sees only their own mailbox, subscriptions and notifications.
        bool Mine(HttpContext http, string email) =>
            signedInMailbox?.Invoke(http) is not { } me || string.Equals(me, email, StringComparison.OrdinalIgnoreCase);

        group.MapGet("/mailboxes", (HttpContext http, SandboxMailStore store) => TypedResults.Ok(store.Mailboxes.Where(m => Mine(http, m)).ToList()))
            .WithSummary("Lists the Sandbox mailboxes you may read (your own, when signed in).");
        group.MapGet("/mailboxes/{email}/messages", Results<Ok<List<SandboxMessageSummary>>, NotFound> (HttpContext http, string email, string? folder, SandboxMailStore store) =>
                Mine(http, email) ? ListMessages(email, folder, store) : TypedResults.NotFound())
            .WithSummary("Lists a Sandbox mailbox's messages, newest first (optional ?folder=inbox|sentitems|drafts).");
        group.MapGet("/mailboxes/{email}/messages/{id}/mime", Results<FileContentHttpResult, NotFound> (HttpContext http, string email, string id, SandboxMailStore store) =>
            Mine(http, email) && store.Find(email, id) is { } message ? TypedResults.File(store.MimeOf(message), "message/rfc822", "message.eml") : TypedResults.NotFound())
            .WithSummary("Downloads a Sandbox message as .eml, exactly as Graph's $value returns it.");
        group.MapGet("/subscriptions", (HttpContext http, SandboxSubscriptions subscriptions) =>
                TypedResults.Ok(subscriptions.Active.Where(s => Mine(http, s.Mailbox)).ToList()))
            .WithSummary("Lists the live Graph subscriptions held by the Sandbox for your mailbox.");
        group.MapGet("/notifications", (HttpContext http, NotificationOutbox outbox, SandboxSubscriptions subscriptions) =>
            {
                var mine = subscriptions.Active.Where(s => Mine(http, s.Mailbox)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                return TypedResults.Ok(outbox.Attempts.Where(a => signedInMailbox?.Invoke(http) is null || mine.Contains(a.SubscriptionId)).ToList());
            })
            .WithSummary("Lists change and lifecycle notification delivery attempts for your subscriptions (delivered, failed, timed out, dropped, abandoned).");
        group.MapPost("/outlook/send", Results<Created<OutlookSendResult>, ValidationProblem> (HttpContext http, OutlookSendRequest request, SandboxMailStore store) =>
                SendFromOutlook(signedInMailbox?.Invoke(http), request, store))
            .WithSummary("Sends a message from the signed-in mailbox as Outlook's compose window would (the local Outlook stand-in's Send button), keeping the add-in's custom properties on the sent copy.");
        group.MapPost("/outlook/save", Results<Ok<OutlookSaveResult>, ValidationProblem, NotFound> (HttpContext http, OutlookSendRequest request, SandboxMailStore store) =>
                SaveFromOutlook(signedInMailbox?.Invoke(http), request, store))
            .WithSummary("Saves the local Outlook stand-in's compose window as a draft in the signed-in mailbox (Outlook's Save, an add-in's item.saveAsync): only now does the mailbox hold the add-in's custom properties. Again with draftId, it updates that draft.");
        group.MapPost("/rules", Results<Created<SandboxRule>, ValidationProblem> (HttpContext http, RuleRequest request, SandboxMailStore store) =>
                AddRule(signedInMailbox?.Invoke(http), request, store))
            .WithSummary("Adds an Inbox rule to the signed-in mailbox that files mail from a sender (or a whole @domain) into a folder, as a rule an SE made for a deal would.");
        group.MapGet("/clock", Results<Ok<ClockReading>, NotFound> (TimeProvider time) =>
                time is SandboxClock clock ? TypedResults.Ok(new ClockReading(clock.GetUtcNow(), clock.Offset)) : TypedResults.NotFound())
            .WithSummary("Reads the Sandbox clock (the system clock plus any offset it was moved forward by).");
        group.MapPost("/clock", Results<Ok<ClockReading>, NotFound, ValidationProblem> (ClockRequest request, TimeProvider time) =>
            {
                if (time is not SandboxClock clock)
                {
                    return TypedResults.NotFound();
                }

                if (request.Advance is { } by && (by < TimeSpan.Zero || by > TimeSpan.FromDays(366)))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["advance"] = ["advance must be between 0 and 366 days."] });
                }

                if (request.Reset)
                {
                    clock.Reset();
                }

                if (request.Advance is { } forward)
                {
                    clock.Advance(forward);
                }

                return TypedResults.Ok(new ClockReading(clock.GetUtcNow(), clock.Offset));
            })
            .WithSummary("Moves the local product's clock forward (advance) or back to the system clock (reset), to see days pass: stale declarations, expiring subscriptions.");
        group.MapPost("/faults", (HttpContext http, FaultRequest request, SandboxFaults faults, SandboxDelta delta, SandboxSubscriptions subscriptions) =>
                ArmFaults(request, faults, delta, subscriptions, signedInMailbox?.Invoke(http)))
            .WithSummary("Arms faults: 429/503/slow Graph answers, writes (or only sends) done but answered 504, duplicated or dropped notifications, expired delta tokens, lifecycle events.");
        group.MapDelete("/faults", (HttpContext http, SandboxFaults faults) =>
        {
            (signedInMailbox?.Invoke(http) is { } me ? faults.For(me) : faults).Clear();
            return TypedResults.NoContent();
        }).WithSummary("Disarms every pending fault (yours, when signed in).");
        return group;
    }

    internal static Results<Created<ProspectReplyResult>, NotFound<HttpValidationProblemDetails>, ValidationProblem> Reply(
        ProspectReplyRequest request, ProspectSimulator prospect, string? signedInMailbox, string? signedInName = null)
    {
        try
        {
            var reply = prospect.Reply(request, signedInMailbox, signedInName);
            return TypedResults.Created($"{DefaultPrefix}/mailboxes/{Uri.EscapeDataString(reply.Mailbox)}/messages", reply);
        }
        catch (ProspectReplyException e) when (e.NotFound)
        {
            return TypedResults.NotFound(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [e.Field] = [e.Message] })
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Declaration not found",
            });
        }
        catch (ProspectReplyException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] });
        }
    }

    internal static Results<Created<SandboxRule>, ValidationProblem> AddRule(string? mailbox, RuleRequest request, SandboxMailStore store)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            errors["mailbox"] = ["Sign in: a rule belongs to the signed-in mailbox."];
        }

        var from = request.From?.Trim() ?? string.Empty;
        if (from.Length is 0 or > 254 || !from.Contains('@', StringComparison.Ordinal) || from.Any(char.IsWhiteSpace))
        {
            errors["from"] = ["An email address, or @domain for anyone at that domain."];
        }

        var folder = request.Folder?.Trim().ToLowerInvariant() ?? string.Empty;
        if (folder.Length is 0 or > 100 || folder is SandboxFolders.SentItems or SandboxFolders.Drafts || !folder.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '/'))
        {
            errors["folder"] = ["A folder name (letters, digits, spaces, - _ /), or junkemail; not sentitems or drafts."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rule = new SandboxRule(from, folder);
        store.AddRule(mailbox!, rule);
        return TypedResults.Created($"{DefaultPrefix}/rules", rule);
    }

    internal static Results<Created<OutlookSendResult>, ValidationProblem> SendFromOutlook(string? mailbox, OutlookSendRequest request, SandboxMailStore store)
    {
        var errors = OutlookErrors(mailbox, request, store);
        if (request.To is not { Count: > 0 } || request.To.Any(r => string.IsNullOrWhiteSpace(r.Email) || !r.Email.Contains('@', StringComparison.Ordinal)))
        {
            errors["to"] = ["At least one recipient with an email address is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var draft = SaveDraft(mailbox!, request, store);
        var sent = store.Send(mailbox!, draft.Id);
        return TypedResults.Created($"{DefaultPrefix}/mailboxes/{Uri.EscapeDataString(mailbox!)}/messages", new OutlookSendResult(sent.Id, sent.InternetMessageId, sent.ConversationId));
    }

    internal static Results<Ok<OutlookSaveResult>, ValidationProblem, NotFound> SaveFromOutlook(string? mailbox, OutlookSendRequest request, SandboxMailStore store)
    {
        var errors = OutlookErrors(mailbox, request, store);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(new OutlookSaveResult(SaveDraft(mailbox!, request, store).Id));
    }

    private static Dictionary<string, string[]> OutlookErrors(string? mailbox, OutlookSendRequest request, SandboxMailStore store)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            errors["mailbox"] = ["Sign in: messages are sent from the signed-in mailbox."];
        }
        else if (request.DraftId is { } draftId && store.Find(mailbox, draftId) is not { IsDraft: true })
        {
            errors["draftId"] = ["draftId names no draft in your mailbox."];
        }

        if (request.AddinCustomProperties is { } props)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(props);
                if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
                {
                    errors["addinCustomProperties"] = ["The add-in's custom properties are a JSON object."];
                }
            }
            catch (System.Text.Json.JsonException)
            {
                errors["addinCustomProperties"] = ["The add-in's custom properties are a JSON object."];
            }
        }

        return errors;
    }

    /// <summary>The compose window written to the mailbox: a new draft, or the one it was saved as before.</summary>
    private static SandboxMessage SaveDraft(string mailbox, OutlookSendRequest request, SandboxMailStore store)
    {
        var extended = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.AddinCustomProperties is { } json)
        {
            extended[OutlookWin.Domain.Mail.DeclarationMark.AddinCustomPropertiesId] = json;
        }

        if (request.DraftId is { } draftId)
        {
            return store.Update(mailbox, draftId, new DraftUpdate(request.Subject ?? string.Empty, "html", request.Html ?? string.Empty,
                request.To ?? [], request.Cc ?? [], extended));
        }

        return store.CreateDraft(mailbox, new DraftInput(request.Subject ?? string.Empty, "html", request.Html ?? string.Empty,
            request.To ?? [], request.Cc ?? [], extended));
    }

    internal static Ok<List<SandboxMessageSummary>> ListMessages(string email, string? folder, SandboxMailStore store) =>
        TypedResults.Ok(store.List(email, folder?.ToLowerInvariant()).Select(m => new SandboxMessageSummary(
            m.Id,
            m.Folder,
            m.Subject,
            m.From,
            m.To,
            m.Cc,
            m.SentAt,
            m.ReceivedAt,
            m.InternetMessageId,
            m.ConversationId,
            m.Headers?.FirstOrDefault(h => h.Key.Equals("In-Reply-To", StringComparison.OrdinalIgnoreCase)).Value,
            m.IsDraft,
            Preview(m))).ToList());

    /// <summary>
    /// Arms the faults. Signed in (<paramref name="me"/>), they apply to the caller's own mailbox only — its Graph
    /// requests, its notifications, its delta tokens, its subscriptions' lifecycle — so no user can break another's.
    /// </summary>
    internal static Results<NoContent, ValidationProblem> ArmFaults(
        FaultRequest request, SandboxFaults everyone, SandboxDelta delta, SandboxSubscriptions subscriptions, string? me = null)
    {
        var faults = me is null ? everyone : everyone.For(me);
        var errors = new Dictionary<string, string[]>();
        if (request.Throttle is { Count: < 0 } || request.Unavailable is { Count: < 0 } || request.Slow is { Count: < 0 } || request.DuplicateNotifications < 0 || request.DropNotifications < 0
            || request.LostWriteResponses < 0 || request.LostSendResponses < 0)
        {
            errors["count"] = ["Counts cannot be negative."];
        }

        if (request.Throttle is { RetryAfterSeconds: null or < 0 })
        {
            errors["throttle.retryAfterSeconds"] = ["A throttle needs retryAfterSeconds (0 or more)."];
        }

        if (request.Slow is { DelayMilliseconds: < 0 or > 120_000 })
        {
            errors["slow.delayMilliseconds"] = ["delayMilliseconds must be between 0 and 120000."];
        }

        if (request.Lifecycle is { } lifecycle && !LifecycleEvents.All.Contains(lifecycle.Event))
        {
            errors["lifecycle.event"] = [$"Use one of {string.Join(", ", LifecycleEvents.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.Lifecycle is { } fire
            && (me is not null && !subscriptions.Active.Any(s => s.Id == fire.SubscriptionId && string.Equals(s.Mailbox, me, StringComparison.OrdinalIgnoreCase))
                || !subscriptions.FireLifecycleEvent(fire.SubscriptionId, fire.Event)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lifecycle.subscriptionId"] = [$"No subscription {fire.SubscriptionId}."] });
        }

        if (request.Throttle is { } throttle)
        {
            faults.ThrottleNext(throttle.Count, TimeSpan.FromSeconds(throttle.RetryAfterSeconds ?? 0));
        }

        if (request.Unavailable is { } unavailable)
        {
            faults.UnavailableNext(unavailable.Count, unavailable.RetryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        }

        if (request.Slow is { } slow)
        {
            faults.SlowNext(slow.Count, TimeSpan.FromMilliseconds(slow.DelayMilliseconds));
        }

        if (request.DuplicateNotifications is { } duplicates)
        {
            faults.DuplicateNextNotifications(duplicates);
        }

        if (request.DropNotifications is { } drops)
        {
            faults.DropNextNotifications(drops);
        }

        if (request.LostWriteResponses is { } lost)
        {
            faults.LoseNextWriteResponses(lost);
        }

        if (request.LostSendResponses is { } lostSends)
        {
            faults.LoseNextSendResponses(lostSends);
        }

        if (request.ExpireDeltaTokens)
        {
            if (me is null)
            {
                delta.ExpireAllTokens();
            }
            else
            {
                delta.ExpireTokens(me);
            }
        }

        return TypedResults.NoContent();
    }

    private static string Preview(SandboxMessage m)
    {
        var text = m.BodyType == "html" ? MimeComposer.HtmlToText(m.Body) : m.Body;
        return text.Length <= 200 ? text : text[..200];
    }
}
