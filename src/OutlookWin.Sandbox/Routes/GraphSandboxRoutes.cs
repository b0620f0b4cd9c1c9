using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>The Graph routes OutlookWin uses, served by the Sandbox.</summary>
public static class GraphSandboxRoutes
{
    /// <summary>Where the Graph routes are mounted by default; the SDK's base URL is the host plus this.</summary>
    public const string DefaultPrefix = "/sandbox/graph/v1.0";

    /// <summary>
    /// Graph takes file attachments under 3 MB in one <c>POST …/attachments</c> ("This operation limits the size of the
    /// attachment you can add to under 3 MB"); larger ones need an upload session, which the Sandbox does not serve.
    /// </summary>
    public const int MaxAttachmentBytes = 3 * 1024 * 1024;

    private const string PrincipalKey = "OutlookWin.Sandbox.Principal";

    /// <summary>
    /// Maps Graph's routes under <paramref name="prefix"/>: <c>/me/…</c> and <c>/users/{id}/…</c> messages, folders
    /// (<c>inbox</c>, <c>sentitems</c>, <c>drafts</c>, as <c>mailFolders/inbox</c> or <c>mailFolders('inbox')</c>),
    /// <c>$value</c>, send, forward, createReply, createForward, draft updates, file attachments, delta and
    /// <c>/subscriptions</c>. They check the Sandbox's own bearer tokens
    /// (<see cref="SandboxTokens"/>), so the group is marked AllowAnonymous for the host's authentication; the
    /// returned group lets the host add anything else (e.g. exclude it from rate limits).
    /// </summary>
    public static RouteGroupBuilder MapGraphSandbox(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var graph = endpoints.MapGroup(prefix).AllowAnonymous().ExcludeFromDescription();
        graph.AddEndpointFilter((context, next) => GraphPipelineAsync(context, next, prefix));

        foreach (var owner in new[] { graph.MapGroup("/me"), graph.MapGroup("/users/{userId}") })
        {
            owner.MapGet(string.Empty, (HttpContext http, SandboxMailStore store) =>
            {
                var principal = Principal(http);
                var name = store.DisplayName(principal.Email);
                // The signed-in user, as Graph's /me: the Sandbox's mailboxes are named by their SMTP address, which is also the UPN.
                return Json(new JsonObject
                {
                    ["@odata.context"] = $"{BaseUrl(http, prefix)}/$metadata#users/$entity",
                    ["id"] = principal.ObjectId,
                    ["mail"] = principal.Email,
                    ["userPrincipalName"] = principal.Email,
                    // A mailbox no one named (its name only made up from the address) has none: the API then asks for one.
                    ["displayName"] = name.Contains('@', StringComparison.Ordinal) || name == MimeComposer.NameFromAddress(principal.Email) ? null : name,
                });
            });
            owner.MapPost("/messages", CreateDraftAsync);
            owner.MapGet("/messages", (HttpContext http, SandboxMailStore store) => ListMessages(http, store, null, prefix));
            owner.MapGet("/messages/{id}", GetMessage);
            owner.MapPatch("/messages/{id}", UpdateMessageAsync);
            owner.MapDelete("/messages/{id}", DeleteMessage);
            owner.MapGet("/messages/{id}/$value", GetMime);
            owner.MapPost("/messages/{id}/send", SendDraft);
            owner.MapPost("/messages/{id}/forward", ForwardAsync);
            owner.MapPost("/messages/{id}/createReply", CreateReplyAsync);
            owner.MapPost("/messages/{id}/createForward", CreateForwardAsync);
            owner.MapPost("/messages/{id}/attachments", AddAttachmentAsync);
            owner.MapPost("/messages/{id}/move", MoveAsync);
            owner.MapPost("/translateExchangeIds", TranslateExchangeIdsAsync);
            foreach (var folderRoute in new[] { "/mailFolders/{folder}", "/mailFolders('{folder}')" })
            {
                owner.MapGet(folderRoute + "/messages", (HttpContext http, SandboxMailStore store, string folder) => ListMessages(http, store, folder, prefix));
                // The SDK calls the function as delta(); links and hand-written calls use delta.
                foreach (var function in new[] { "/messages/delta", "/messages/delta()" })
                {
                    owner.MapGet(folderRoute + function, (HttpContext http, SandboxDelta delta, IOptions<SandboxOptions> options, string folder) => Delta(http, delta, options.Value, folder, prefix));
                }

                owner.MapGet(folderRoute + "/messages/{id}", GetMessage);
                owner.MapGet(folderRoute + "/messages/{id}/$value", GetMime);
            }
        }

        var subscriptions = graph.MapGroup("/subscriptions");
        subscriptions.MapPost(string.Empty, CreateSubscriptionAsync);
        subscriptions.MapGet(string.Empty, (HttpContext http, SandboxSubscriptions store) => Json(new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl(http, prefix)}/$metadata#subscriptions",
            ["value"] = new JsonArray([.. store.List(Principal(http)).Select(s => (JsonNode)SubscriptionJson(s))]),
        }));
        subscriptions.MapGet("/{id}", (HttpContext http, SandboxSubscriptions store, string id) => Json(SubscriptionJson(store.Get(Principal(http), id))));
        subscriptions.MapPatch("/{id}", RenewSubscriptionAsync);
        subscriptions.MapPost("/{id}/reauthorize", (HttpContext http, SandboxSubscriptions store, string id) =>
        {
            store.Reauthorize(Principal(http), id);
            return Results.NoContent();
        });
        subscriptions.MapDelete("/{id}", (HttpContext http, SandboxSubscriptions store, string id) =>
        {
            store.Delete(Principal(http), id);
            return Results.NoContent();
        });
        return graph;
    }

    /// <summary>Request id, faults, the Sandbox's bearer token, Graph-shaped errors, and the request log.</summary>
    private static async ValueTask<object?> GraphPipelineAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string prefix)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var requestId = Guid.NewGuid().ToString();
        http.Items[GraphRequestIds.Key] = requestId;
        http.Response.Headers["request-id"] = requestId;
        http.Response.Headers["client-request-id"] = http.Request.Headers["client-request-id"].FirstOrDefault() ?? requestId;

        IResult result;
        // Faults armed for this caller's mailbox apply to it alone; those armed for everyone to all.
        var caller = Authenticate(http, services.GetRequiredService<SandboxTokens>());
        // The slot is held until the answer is written, as Exchange counts a request until it is done.
        using var slot = caller is null ? null : services.GetRequiredService<MailboxConcurrency>().Enter(caller.Email);
        var fault = slot is { Granted: false } ? null : services.GetRequiredService<SandboxFaults>().TakeRequestFault(caller?.Email);
        if (fault?.Delay is { } delay)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        if (slot is { Granted: false })
        {
            result = GraphErrors.Result(http, 429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", TimeSpan.FromSeconds(1));
        }
        else if (fault?.Status == StatusCodes.Status429TooManyRequests)
        {
            result = GraphErrors.Result(http, 429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", fault.RetryAfter);
        }
        else if (fault?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            result = GraphErrors.Result(http, 503, "ServiceNotAvailable", "The service is temporarily unavailable. Please try again later.", fault.RetryAfter);
        }
        else if (caller is not { } principal)
        {
            result = GraphErrors.Result(http, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }
        else
        {
            http.Items[PrincipalKey] = principal;
            try
            {
                CheckUser(http, principal);
                services.GetRequiredService<SandboxMailStore>().EnsureMailbox(principal.Email);
                result = await next(context) as IResult ?? Results.StatusCode(StatusCodes.Status500InternalServerError);
                if (!HttpMethods.IsGet(http.Request.Method)
                    && services.GetRequiredService<SandboxFaults>().TakeLostWrite(principal.Email, http.Request.Method, http.Request.Path.Value ?? string.Empty))
                {
                    // Done, but the answer never reaches the caller.
                    result = GraphErrors.Result(http, 504, "UnknownError", "The request timed out before a response was returned (the operation may have completed).");
                }
            }
            catch (GraphErrorException e)
            {
                result = GraphErrors.Result(http, e.Status, e.Code, e.Message);
            }
        }

        // Logged as the answer starts, before the caller can see any of it: a test that clears the log once its call
        // has returned never finds that call's record arriving afterwards.
        http.Response.OnStarting(() =>
        {
            services.GetRequiredService<SandboxRequestLog>().Add(new GraphRequestRecord(
                http.Request.Method,
                http.Request.Path.Value is { } path && path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : http.Request.Path.Value ?? string.Empty,
                http.Request.QueryString.Value ?? string.Empty,
                http.Response.StatusCode,
                http.Request.Headers["Prefer"].ToString() is { Length: > 0 } prefer ? prefer : null,
                http.Request.Headers["Retry-Attempt"].FirstOrDefault(),
                (http.Items[PrincipalKey] as SandboxPrincipal)?.Email,
                Stopwatch.GetTimestamp()));
            return Task.CompletedTask;
        });
        await result.ExecuteAsync(http);
        return Results.Empty;
    }

    private static SandboxPrincipal? Authenticate(HttpContext http, SandboxTokens tokens)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? tokens.Validate(header["Bearer ".Length..].Trim()) : null;
    }

    /// <summary>A <c>/users/{id}</c> route must name the token's own user (delegated access to one's own mailbox).</summary>
    private static void CheckUser(HttpContext http, SandboxPrincipal principal)
    {
        if (http.Request.RouteValues.TryGetValue("userId", out var value) && value is string user
            && !string.Equals(user, principal.ObjectId, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(user, principal.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphErrorException(StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
        }
    }

    private static SandboxPrincipal Principal(HttpContext http) => (SandboxPrincipal)http.Items[PrincipalKey]!;

    private static string Mailbox(HttpContext http) => Principal(http).Email.ToLowerInvariant();

    private static string BaseUrl(HttpContext http, string prefix) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{prefix}";

    private static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(), "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8", statusCode: status);

    private static async Task<JsonObject> ReadBodyAsync(HttpContext http, bool optional = false)
    {
        try
        {
            // Action parameters arrive PascalCase from the .NET SDK ("Comment", "ToRecipients"): Graph reads them
            // case-insensitively, and so does the Sandbox.
            var node = await JsonNode.ParseAsync(http.Request.Body, new JsonNodeOptions { PropertyNameCaseInsensitive = true }, cancellationToken: http.RequestAborted);
            if (node is JsonObject body)
            {
                return body;
            }

            if (node is null && optional)
            {
                return [];
            }
        }
        catch (JsonException)
        {
            if (optional && http.Request.ContentLength is null or 0)
            {
                return [];
            }
        }

        throw GraphErrorException.BadRequest("BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
    }

    /// <summary>Whether the request asked for immutable ids (<c>Prefer: IdType="ImmutableId"</c>).</summary>
    private static bool ImmutableIds(HttpContext http) =>
        http.Request.Headers["Prefer"].Any(p => p?.Contains("ImmutableId", StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<IResult> MoveAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadBodyAsync(http);
        var message = FindMessage(http, store, id);
        var destination = body["destinationId"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(destination))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", "destinationId is required.");
        }

        // A well-known folder (by name or id), or a folder of the SE's own, such as a deal folder, by its name.
        var folder = SandboxFolders.Resolve(message.Mailbox, destination) ?? destination.Trim();
        if (folder == SandboxFolders.Outbox)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidOperation", "Messages cannot be moved to the Outbox.");
        }

        var moved = store.Move(message.Mailbox, message.Id, folder);
        var json = MessageJson.Render(moved, null, null, ImmutableIds(http));
        json.Insert(0, "@odata.context", $"$metadata#users('{Principal(http).ObjectId}')/messages/$entity");
        return Json(json, StatusCodes.Status201Created);
    }

    private static SandboxMessage FindMessage(HttpContext http, SandboxMailStore store, string id)
    {
        if (!SandboxIds.LooksLikeMessageId(id))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidIdMalformed", "Id is malformed.");
        }

        var message = store.Find(Mailbox(http), id, ImmutableIds(http)) ?? throw GraphErrorException.NotFound();
        if (http.Request.RouteValues.TryGetValue("folder", out var folder) && folder is string f && SandboxFolders.Resolve(message.Mailbox, f) != message.Folder)
        {
            throw GraphErrorException.NotFound();
        }

        return message;
    }

    private static async Task<IResult> CreateDraftAsync(HttpContext http, SandboxMailStore store)
    {
        var body = await ReadBodyAsync(http);
        var content = body["body"] as JsonObject;
        var bodyType = (content?["contentType"]?.GetValue<string>() ?? "text").ToLowerInvariant();
        if (bodyType is not ("html" or "text"))
        {
            throw GraphErrorException.BadRequest("RequestBodyRead", $"The value '{bodyType}' is not a valid body contentType.");
        }

        var extended = ExtendedProperties(body["singleValueExtendedProperties"]);
        var draft = store.CreateDraft(Mailbox(http), new DraftInput(
            body["subject"]?.GetValue<string>() ?? string.Empty,
            bodyType,
            content?["content"]?.GetValue<string>() ?? string.Empty,
            Recipients(body["toRecipients"]),
            Recipients(body["ccRecipients"]),
            extended));
        var json = MessageJson.Render(draft, null, null, ImmutableIds(http));
        json.Insert(0, "@odata.context", $"$metadata#users('{Principal(http).ObjectId}')/messages/$entity");
        return Json(json, StatusCodes.Status201Created);
    }

    private static IResult GetMessage(HttpContext http, SandboxMailStore store, string id)
    {
        var query = MessageQuery.Parse(http.Request.Query);
        var message = FindMessage(http, store, id);
        var json = MessageJson.Render(message, query.Select, query.Expand, ImmutableIds(http));
        json.Insert(0, "@odata.context", $"$metadata#users('{Principal(http).ObjectId}')/messages/$entity");
        return Json(json);
    }

    /// <summary>
    /// Graph's <c>translateExchangeIds</c> from <c>restId</c> (or <c>ewsId</c>) to <c>restImmutableEntryId</c>: a Sandbox
    /// message's id is its immutable id already, so a REST id translates to itself (an EWS id: the same, in base64's
    /// standard alphabet). An id of no message in the mailbox is a 404, as Exchange answers for an unknown item.
    /// </summary>
    private static async Task<IResult> TranslateExchangeIdsAsync(HttpContext http, SandboxMailStore store)
    {
        var body = await ReadBodyAsync(http);
        var source = (string?)body["sourceIdType"];
        var target = (string?)body["targetIdType"];
        if (source is not ("restId" or "ewsId") || target is not ("restImmutableEntryId" or "restId"))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", "The Sandbox translates restId or ewsId to restImmutableEntryId or restId.");
        }

        var value = new JsonArray();
        foreach (var input in body["inputIds"]?.AsArray() ?? [])
        {
            var id = (string?)input ?? string.Empty;
            var rest = source == "ewsId" ? id.Replace('/', '-').Replace('+', '_') : id;
            FindMessage(http, store, rest);
            value.Add(new JsonObject { ["sourceId"] = id, ["targetId"] = rest });
        }

        return Json(new JsonObject { ["value"] = value });
    }

    private static IResult DeleteMessage(HttpContext http, SandboxMailStore store, string id)
    {
        var message = FindMessage(http, store, id);
        store.Delete(message.Mailbox, message.Id);
        return Results.NoContent();
    }

    private static IResult GetMime(HttpContext http, SandboxMailStore store, string id)
    {
        var message = FindMessage(http, store, id);
        return Results.Bytes(store.MimeOf(message), "text/plain");
    }

    private static IResult SendDraft(HttpContext http, SandboxMailStore store, string id)
    {
        var message = FindMessage(http, store, id);
        store.Send(message.Mailbox, message.Id);
        return Results.Accepted();
    }

    private static async Task<IResult> ForwardAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadBodyAsync(http);
        var message = body["message"] as JsonObject;
        var comment = body["comment"]?.GetValue<string>();
        if (comment is not null && message?["body"] is not null)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", "Specify either a comment or the body property of the message parameter, not both.");
        }

        var hasTo = body["toRecipients"] is JsonArray;
        var hasMessageTo = message?["toRecipients"] is JsonArray;
        if (hasTo == hasMessageTo)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRecipients", "Specify either the toRecipients parameter or the toRecipients property of the message parameter.");
        }

        var to = Recipients(hasTo ? body["toRecipients"] : message!["toRecipients"]);
        if (to.Count == 0)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRecipients", "At least one recipient isn't valid.");
        }

        var original = FindMessage(http, store, id);
        var text = comment ?? (message?["body"] as JsonObject)?["content"]?.GetValue<string>() ?? string.Empty;
        store.Forward(original.Mailbox, original.Id, text, to, Recipients(message?["ccRecipients"]));
        return Results.Accepted();
    }

    private static async Task<IResult> CreateReplyAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadActionBodyAsync(http, "createReply", "comment", "message");
        var message = MessageParameter(body);
        var comment = Text(body, "comment");
        if (comment is not null && message?["body"] is not null)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", "Specify either a comment or the body property of the message parameter, not both.");
        }

        var original = FindMessage(http, store, id);
        var draft = store.CreateReply(original.Mailbox, original.Id, comment);
        if (message is not null)
        {
            draft = store.Update(draft.Mailbox, draft.Id, ReadUpdate(message));
        }

        return Created(http, draft);
    }

    private static async Task<IResult> CreateForwardAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadActionBodyAsync(http, "createForward", "comment", "toRecipients", "message");
        var message = MessageParameter(body);
        var comment = Text(body, "comment");
        if (comment is not null && message?["body"] is not null)
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", "Specify either a comment or the body property of the message parameter, not both.");
        }

        // Graph: the toRecipients parameter or message.toRecipients, exactly one of them.
        if (body.ContainsKey("toRecipients") == (message?.ContainsKey("toRecipients") == true))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRecipients", "Specify either the toRecipients parameter or the toRecipients property of the message parameter.");
        }

        var original = FindMessage(http, store, id);
        var to = Recipients(body["toRecipients"] ?? message!["toRecipients"]);
        var draft = store.CreateForward(original.Mailbox, original.Id, comment, to, []);
        if (message is not null)
        {
            draft = store.Update(draft.Mailbox, draft.Id, ReadUpdate(message));
        }

        return Created(http, draft);
    }

    private static async Task<IResult> UpdateMessageAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadBodyAsync(http);
        var message = FindMessage(http, store, id);
        var updated = store.Update(message.Mailbox, message.Id, ReadUpdate(body));
        var json = MessageJson.Render(updated, null, null, ImmutableIds(http));
        json.Insert(0, "@odata.context", $"$metadata#users('{Principal(http).ObjectId}')/messages/$entity");
        return Json(json);
    }

    private static async Task<IResult> AddAttachmentAsync(HttpContext http, SandboxMailStore store, string id)
    {
        var body = await ReadBodyAsync(http);
        var type = Text(body, "@odata.type")?.TrimStart('#');
        switch (type)
        {
            case null:
                throw GraphErrorException.BadRequest("RequestBodyRead", "An attachment needs its @odata.type, such as #microsoft.graph.fileAttachment.");
            case "microsoft.graph.fileAttachment":
                break;
            case "microsoft.graph.itemAttachment" or "microsoft.graph.referenceAttachment":
                throw GraphErrorException.BadRequest("ErrorInvalidRequest", $"The Sandbox takes file attachments only, not {type}.");
            default:
                throw GraphErrorException.BadRequest("RequestBodyRead", $"'{type}' is not an attachment type of microsoft.graph.");
        }

        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "@odata.type", "name", "contentType", "contentBytes", "isInline", "contentId", "size" };
        if (body.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw GraphErrorException.BadRequest("RequestBodyRead", $"The property '{unknown}' does not exist on type 'microsoft.graph.fileAttachment'.");
        }

        var name = Text(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw GraphErrorException.BadRequest("ErrorRequiredPropertyMissing", "Required property is missing: name.");
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(Text(body, "contentBytes") ?? throw GraphErrorException.BadRequest("ErrorRequiredPropertyMissing", "Required property is missing: contentBytes."));
        }
        catch (FormatException)
        {
            throw GraphErrorException.BadRequest("RequestBodyRead", "contentBytes is not valid base64.");
        }

        if (content.Length >= MaxAttachmentBytes)
        {
            throw new GraphErrorException(StatusCodes.Status413RequestEntityTooLarge, "RequestEntityTooLarge",
                $"The attachment is {content.Length} bytes; this request takes attachments under {MaxAttachmentBytes} bytes (3 MB). Use an upload session for larger files.");
        }

        var message = FindMessage(http, store, id);
        var attachment = store.AddAttachment(message.Mailbox, message.Id, name, Text(body, "contentType") ?? "application/octet-stream", content,
            body["isInline"] is JsonValue inline && inline.TryGetValue<bool>(out var isInline) && isInline, Text(body, "contentId"));
        return Json(new JsonObject
        {
            ["@odata.context"] = $"$metadata#users('{Principal(http).ObjectId}')/messages('{message.Id}')/attachments/$entity",
            ["@odata.type"] = "#microsoft.graph.fileAttachment",
            ["@odata.mediaContentType"] = attachment.ContentType,
            ["id"] = attachment.Id,
            ["lastModifiedDateTime"] = GraphJson.Date(attachment.LastModifiedAt),
            ["name"] = attachment.Name,
            ["contentType"] = attachment.ContentType,
            ["size"] = attachment.Content.Length,
            ["isInline"] = attachment.IsInline,
            ["contentId"] = attachment.ContentId,
            ["contentLocation"] = null,
            ["contentBytes"] = Convert.ToBase64String(attachment.Content),
        }, StatusCodes.Status201Created);
    }

    /// <summary>An action's JSON parameters (none is fine); any parameter Graph's action does not take is a 400.</summary>
    private static async Task<JsonObject> ReadActionBodyAsync(HttpContext http, string action, params string[] parameters)
    {
        if (http.Request.ContentType is { } contentType && contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidRequest", $"The Sandbox takes {action} as JSON only, not as base64 MIME.");
        }

        var body = await ReadBodyAsync(http, optional: true);
        if (body.Select(p => p.Key).FirstOrDefault(k => k != "@odata.type" && !parameters.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw GraphErrorException.BadRequest("RequestBodyRead", $"The parameter '{unknown}' in the request payload is not a valid parameter for the operation '{action}'.");
        }

        return body;
    }

    private static JsonObject? MessageParameter(JsonObject body) => body["message"] switch
    {
        null => null,
        JsonObject message => message,
        _ => throw GraphErrorException.BadRequest("RequestBodyRead", "The message parameter must be an object."),
    };

    /// <summary>
    /// The message properties an update sets. Properties Graph does not have are a 400 (as Graph answers), and so are
    /// those the Sandbox does not keep, rather than being ignored.
    /// </summary>
    private static DraftUpdate ReadUpdate(JsonObject body)
    {
        var updatable = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "@odata.type", "subject", "body", "toRecipients", "ccRecipients", "singleValueExtendedProperties", "isRead",
        };
        foreach (var (name, _) in body)
        {
            if (updatable.Contains(name))
            {
                continue;
            }

            throw MessageQuery.Properties.Contains(name)
                ? GraphErrorException.BadRequest("ErrorInvalidPropertySet", $"The Sandbox does not update the message property '{name}'.")
                : GraphErrorException.BadRequest("RequestBodyRead", $"The property '{name}' does not exist on type 'microsoft.graph.message'.");
        }

        string? bodyType = null;
        string? content = null;
        if (body["body"] is JsonObject itemBody)
        {
            bodyType = (Text(itemBody, "contentType") ?? "text").ToLowerInvariant();
            if (bodyType is not ("html" or "text"))
            {
                throw GraphErrorException.BadRequest("RequestBodyRead", $"The value '{bodyType}' is not a valid body contentType.");
            }

            content = Text(itemBody, "content") ?? string.Empty;
        }

        return new DraftUpdate(
            body.ContainsKey("subject") ? Text(body, "subject") ?? string.Empty : null,
            bodyType,
            content,
            body.ContainsKey("toRecipients") ? Recipients(body["toRecipients"]) : null,
            body.ContainsKey("ccRecipients") ? Recipients(body["ccRecipients"]) : null,
            body.ContainsKey("singleValueExtendedProperties") ? ExtendedProperties(body["singleValueExtendedProperties"]) : null,
            body["isRead"] is JsonValue read && read.TryGetValue<bool>(out var isRead) ? isRead : null);
    }

    private static IResult Created(HttpContext http, SandboxMessage draft)
    {
        var json = MessageJson.Render(draft, null, null, ImmutableIds(http));
        json.Insert(0, "@odata.context", $"$metadata#users('{Principal(http).ObjectId}')/messages/$entity");
        return Json(json, StatusCodes.Status201Created);
    }

    private static IResult ListMessages(HttpContext http, SandboxMailStore store, string? folderValue, string prefix)
    {
        var mailbox = Mailbox(http);
        string? folder = null;
        if (folderValue is not null)
        {
            folder = SandboxFolders.Resolve(mailbox, folderValue) ?? throw GraphErrorException.NotFound();
        }

        var query = MessageQuery.Parse(http.Request.Query);
        var pageSize = query.Top ?? http.RequestServices.GetRequiredService<IOptions<SandboxOptions>>().Value.DefaultPageSize;
        var matching = query.Apply(store.List(mailbox, folder)).ToList();
        var page = matching.Skip(query.Skip).Take(pageSize).ToList();
        var json = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl(http, prefix)}/$metadata#users('{Principal(http).ObjectId}')/messages",
            ["value"] = new JsonArray([.. page.Select(m => (JsonNode)MessageJson.Render(m, query.Select, query.Expand, ImmutableIds(http)))]),
        };
        if (query.Skip + page.Count < matching.Count)
        {
            var next = QueryWith(http.Request.Query, "$skip", (query.Skip + page.Count).ToString(CultureInfo.InvariantCulture));
            json["@odata.nextLink"] = $"{BaseUrl(http, string.Empty)}{http.Request.Path}{next}";
        }

        return Json(json);
    }

    /// <summary>
    /// The options a message delta takes besides $select/$top (Graph's documented limits): <c>$filter</c> on
    /// receivedDateTime ge/gt only, <c>$orderby=receivedDateTime desc</c> only, <c>changeType</c>. Anything else is
    /// refused, never ignored.
    /// </summary>
    private static DeltaFilter? DeltaFilterOf(IQueryCollection query)
    {
        foreach (var key in query.Keys)
        {
            if (key is not ("$select" or "$top" or "$filter" or "$orderby" or "changeType"))
            {
                throw GraphErrorException.BadRequest("BadRequest", $"The query parameter '{key}' is not supported with delta.");
            }
        }

        if (query["$orderby"].FirstOrDefault() is { } order && !string.Equals(order.Trim(), "receivedDateTime desc", StringComparison.OrdinalIgnoreCase))
        {
            throw GraphErrorException.BadRequest("ErrorInvalidUrlQuery", "The only $orderby supported with delta is receivedDateTime desc.");
        }

        DateTimeOffset? from = null;
        var strictly = false;
        if (query["$filter"].FirstOrDefault() is { } text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || !string.Equals(parts[0], "receivedDateTime", StringComparison.OrdinalIgnoreCase) || parts[1] is not ("ge" or "gt")
                || !DateTimeOffset.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw GraphErrorException.BadRequest("ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
            }

            from = parsed;
            strictly = parts[1] == "gt";
        }

        var changeType = query["changeType"].FirstOrDefault();
        if (changeType is not (null or "created" or "updated" or "deleted"))
        {
            throw GraphErrorException.BadRequest("BadRequest", $"Invalid changeType '{changeType}': use created, updated or deleted.");
        }

        return from is null && changeType is null ? null : new DeltaFilter(from, strictly, changeType);
    }

    private static IResult Delta(HttpContext http, SandboxDelta delta, SandboxOptions options, string folderValue, string prefix)
    {
        var mailbox = Mailbox(http);
        var folder = SandboxFolders.Resolve(mailbox, folderValue) ?? throw GraphErrorException.NotFound();
        var query = http.Request.Query;
        var skipToken = query["$skiptoken"].FirstOrDefault();
        var deltaToken = query["$deltatoken"].FirstOrDefault();
        IReadOnlyList<string>? select = null;
        DeltaFilter? filter = null;
        if (skipToken is null && deltaToken is null)
        {
            select = MessageQuery.Parse(new QueryCollection(query.Where(q => q.Key == "$select").ToDictionary(q => q.Key, q => q.Value))).Select;
            filter = DeltaFilterOf(query);
        }

        var pageSize = options.DefaultPageSize;
        if (MaxPageSize(http.Request.Headers["Prefer"]) is { } preferred)
        {
            pageSize = preferred;
            http.Response.Headers["Preference-Applied"] = $"odata.maxpagesize={preferred}";
        }
        else if (int.TryParse(query["$top"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0)
        {
            pageSize = Math.Min(top, 1000);
        }

        DeltaPageResult page;
        try
        {
            page = delta.Page(mailbox, folder, skipToken, deltaToken, select, pageSize, filter);
        }
        catch (GraphErrorException e) when (e.Status == StatusCodes.Status410Gone)
        {
            // Graph: 410 with a Location to restart the round from scratch.
            http.Response.Headers.Location = $"{BaseUrl(http, prefix)}/me/mailFolders('{folder}')/messages/delta";
            throw;
        }

        var values = new JsonArray();
        foreach (var message in page.Messages)
        {
            values.Add(page.Since > 0 && message.CreatedSequence <= page.Since
                ? MessageJson.Partial(message, ImmutableIds(http))
                : MessageJson.Render(message, page.Select, null, ImmutableIds(http)));
        }

        foreach (var removed in page.Removed)
        {
            values.Add(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.message",
                ["id"] = removed,
                ["@removed"] = new JsonObject { ["reason"] = "deleted" },
            });
        }

        var link = $"{BaseUrl(http, prefix)}/me/mailFolders('{folder}')/messages/delta";
        var json = new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl(http, prefix)}/$metadata#Collection(message)",
            ["value"] = values,
        };
        if (page.SkipToken is not null)
        {
            json["@odata.nextLink"] = $"{link}?$skiptoken={page.SkipToken}";
        }
        else
        {
            json["@odata.deltaLink"] = $"{link}?$deltatoken={page.DeltaToken}";
        }

        return Json(json);
    }

    private static async Task<IResult> CreateSubscriptionAsync(HttpContext http, SandboxSubscriptions subscriptions)
    {
        var body = await ReadBodyAsync(http);
        var input = new SubscriptionInput(
            Text(body, "changeType"),
            Text(body, "notificationUrl"),
            Text(body, "lifecycleNotificationUrl"),
            Text(body, "resource"),
            DateValue(body, "expirationDateTime"),
            Text(body, "clientState"),
            Text(body, "latestSupportedTlsVersion"));
        var created = await subscriptions.CreateAsync(Principal(http), input, ImmutableIds(http), http.RequestAborted);
        var json = SubscriptionJson(created);
        json.Insert(0, "@odata.context", "$metadata#subscriptions/$entity");
        return Json(json, StatusCodes.Status201Created);
    }

    private static async Task<IResult> RenewSubscriptionAsync(HttpContext http, SandboxSubscriptions subscriptions, string id)
    {
        var body = await ReadBodyAsync(http);
        if (body.Any(p => p.Key is not ("expirationDateTime" or "@odata.type")))
        {
            throw GraphErrorException.BadRequest("InvalidRequest", "Only expirationDateTime can be updated on a subscription.");
        }

        var renewed = subscriptions.Renew(Principal(http), id, DateValue(body, "expirationDateTime"));
        return Json(SubscriptionJson(renewed));
    }

    private static JsonObject SubscriptionJson(SandboxSubscription s) => new()
    {
        ["id"] = s.Id,
        ["resource"] = s.Resource,
        ["applicationId"] = s.ApplicationId,
        ["changeType"] = s.ChangeType,
        ["clientState"] = s.ClientState,
        ["notificationUrl"] = s.NotificationUrl.ToString(),
        ["notificationQueryOptions"] = null,
        ["lifecycleNotificationUrl"] = s.LifecycleNotificationUrl?.ToString(),
        ["expirationDateTime"] = GraphJson.Date(s.ExpiresAt),
        ["creatorId"] = s.UserId,
        ["includeResourceData"] = false,
        ["latestSupportedTlsVersion"] = s.LatestSupportedTlsVersion,
        ["encryptionCertificate"] = null,
        ["encryptionCertificateId"] = null,
        ["notificationUrlAppId"] = null,
    };

    private static Dictionary<string, string> ExtendedProperties(JsonNode? node)
    {
        var extended = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = property["id"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(id) || !(id.StartsWith("String ", StringComparison.OrdinalIgnoreCase) || id.Contains(' ', StringComparison.Ordinal)))
            {
                throw GraphErrorException.BadRequest("ErrorInvalidProperty", $"The extended property id '{id}' is not valid.");
            }

            extended[id] = property["value"]?.GetValue<string>() ?? string.Empty;
        }

        return extended;
    }

    private static List<MailAddressRecord> Recipients(JsonNode? node)
    {
        var result = new List<MailAddressRecord>();
        foreach (var recipient in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var address = recipient["emailAddress"]?["address"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(address) || !address.Contains('@', StringComparison.Ordinal))
            {
                throw GraphErrorException.BadRequest("ErrorInvalidRecipients", "At least one recipient isn't valid.");
            }

            var name = recipient["emailAddress"]?["name"]?.GetValue<string>();
            result.Add(new MailAddressRecord(string.IsNullOrWhiteSpace(name) ? address : name, address));
        }

        return result;
    }

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateTimeOffset? DateValue(JsonObject body, string name) =>
        Text(body, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    private static int? MaxPageSize(IEnumerable<string?> prefer)
    {
        foreach (var part in prefer.SelectMany(p => (p ?? string.Empty).Split(',', StringSplitOptions.TrimEntries)))
        {
            if (part.StartsWith("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(part["odata.maxpagesize=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
            {
                return Math.Min(size, 1000);
            }
        }

        return null;
    }

    private static string QueryWith(IQueryCollection query, string key, string value)
    {
        var pairs = query.Where(q => q.Key != key).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value)}");
        return "?" + string.Join('&', pairs);
    }
}
