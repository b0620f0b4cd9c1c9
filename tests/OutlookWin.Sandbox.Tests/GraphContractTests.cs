using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using OutlookWin.Domain.Mail;
using OutlookWin.Testing;

namespace OutlookWin.Sandbox.Tests;

/// <summary>The Sandbox's Graph routes answered in Graph's documented shapes, driven by plain HTTP.</summary>
public sealed class GraphContractTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private SandboxHost _host = null!;
    private HttpClient _graph = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync(time: _clock);
        _graph = _host.CreateGraphClient();
    }

    public async Task DisposeAsync()
    {
        _graph.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_missing_forged_or_expired_token_gets_graphs_401()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(_host.GraphBaseUrl + "/") };
        using var forged = _host.CreateGraphClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "sandbox.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl");
        _clock.Advance(TimeSpan.FromHours(2)); // _graph's token was issued an hour's lifetime ago

        foreach (var client in new[] { anonymous, forged, _graph })
        {
            using var response = await client.GetAsync("me/messages");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = await ErrorAsync(response);
            Assert.Equal("InvalidAuthenticationToken", (string?)error["code"]);
            Assert.NotNull((string?)error["innerError"]?["request-id"]);
            Assert.NotNull((string?)error["innerError"]?["date"]);
        }
    }

    [Fact]
    public async Task Unsupported_query_options_are_refused_rather_than_ignored()
    {
        await SendDeclarationAsync(Guid.NewGuid());

        using var filter = await _graph.GetAsync("me/mailFolders/sentitems/messages?$filter=subject eq 'x'");
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.Equal("ErrorInvalidUrlQueryFilter", (string?)(await ErrorAsync(filter))["code"]);

        using var deltaFilter = await _graph.GetAsync("me/mailFolders/inbox/messages/delta?$filter=subject eq 'x'");
        Assert.Equal(HttpStatusCode.BadRequest, deltaFilter.StatusCode);
        Assert.Equal("ErrorInvalidUrlQueryFilter", (string?)(await ErrorAsync(deltaFilter))["code"]);
        using var deltaChange = await _graph.GetAsync("me/mailFolders/inbox/messages/delta?changeType=moved");
        Assert.Equal(HttpStatusCode.BadRequest, deltaChange.StatusCode);
        using var deltaOrder = await _graph.GetAsync("me/mailFolders/inbox/messages/delta?$orderby=subject");
        Assert.Equal(HttpStatusCode.BadRequest, deltaOrder.StatusCode);
        using var deltaSearch = await _graph.GetAsync("me/mailFolders/inbox/messages/delta?$search=win");
        Assert.Equal(HttpStatusCode.BadRequest, deltaSearch.StatusCode);

        using var select = await _graph.GetAsync("me/messages?$select=subject,secretSauce");
        Assert.Equal(HttpStatusCode.BadRequest, select.StatusCode);
        Assert.Contains("secretSauce", (string?)(await ErrorAsync(select))["message"], StringComparison.Ordinal);

        using var order = await _graph.GetAsync("me/messages?$orderby=subject");
        Assert.Equal(HttpStatusCode.BadRequest, order.StatusCode);
    }

    [Fact]
    public async Task Folders_answer_by_name_in_both_url_forms_with_select_expand_and_paging()
    {
        var declarationId = Guid.NewGuid();
        await SendDeclarationAsync(declarationId);
        await SendDeclarationAsync(Guid.NewGuid());

        var plain = await _graph.GetFromJsonAsync<JsonObject>("me/mailFolders/sentitems/messages");
        var quoted = await _graph.GetFromJsonAsync<JsonObject>("me/mailFolders('SentItems')/messages");
        Assert.Equal(2, plain!["value"]!.AsArray().Count);
        Assert.Equal(plain["value"]!.ToJsonString(), quoted!["value"]!.ToJsonString());
        var first = plain["value"]![0]!.AsObject();
        Assert.False(first.ContainsKey("internetMessageHeaders")); // only when selected
        Assert.False(first.ContainsKey("singleValueExtendedProperties")); // only when expanded
        Assert.False((bool)first["isDraft"]!);
        Assert.Equal("html", (string?)first["body"]?["contentType"]);

        var filter = Uri.EscapeDataString($"singleValueExtendedProperties/Any(ep: ep/id eq '{DeclarationMark.ExtendedPropertyId}' and ep/value eq '{declarationId}')");
        var expand = Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq '{DeclarationMark.ExtendedPropertyId}')");
        var found = await _graph.GetFromJsonAsync<JsonObject>($"me/mailFolders/sentitems/messages?$filter={filter}&$select=subject,internetMessageId&$expand={expand}");
        var match = Assert.Single(found!["value"]!.AsArray())!.AsObject();
        Assert.Equal(["@odata.etag", "id", "subject", "internetMessageId", "singleValueExtendedProperties"], match.Select(p => p.Key));
        Assert.Equal(declarationId.ToString(), (string?)match["singleValueExtendedProperties"]![0]!["value"]);

        var page = await _graph.GetFromJsonAsync<JsonObject>("me/mailFolders/sentitems/messages?$top=1&$orderby=sentDateTime desc");
        Assert.Single(page!["value"]!.AsArray());
        var next = (string?)page["@odata.nextLink"];
        Assert.StartsWith(_host.GraphBaseUrl, next, StringComparison.Ordinal);
        var rest = await _graph.GetFromJsonAsync<JsonObject>(next);
        Assert.Single(rest!["value"]!.AsArray());
        Assert.Null(rest["@odata.nextLink"]);
    }

    [Fact]
    public async Task Users_routes_serve_only_the_tokens_own_mailbox()
    {
        var se = SandboxHost.SalesEngineer;
        using var byId = await _graph.GetAsync($"users/{se.ObjectId}/mailFolders/inbox/messages");
        using var byAddress = await _graph.GetAsync($"users/{se.Email}/mailFolders/inbox/messages");
        using var other = await _graph.GetAsync("users/dana.whitfield@northwind-energy.com/mailFolders/inbox/messages");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAddress.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("ErrorAccessDenied", (string?)(await ErrorAsync(other))["code"]);
    }

    [Fact]
    public async Task Forward_follows_graphs_rules_on_comment_and_recipients()
    {
        var id = await SendDeclarationAsync(Guid.NewGuid());
        var to = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "dana.whitfield@northwind-energy.com" } });

        using var both = await _graph.PostAsJsonAsync($"me/messages/{id}/forward", new JsonObject
        {
            ["comment"] = "FYI",
            ["toRecipients"] = to.DeepClone(),
            ["message"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "x" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);

        using var none = await _graph.PostAsJsonAsync($"me/messages/{id}/forward", new JsonObject { ["comment"] = "FYI" });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        using var twice = await _graph.PostAsJsonAsync($"me/messages/{id}/forward", new JsonObject
        {
            ["comment"] = "FYI",
            ["toRecipients"] = to.DeepClone(),
            ["message"] = new JsonObject { ["toRecipients"] = to.DeepClone() },
        });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        using var ok = await _graph.PostAsJsonAsync($"me/messages/{id}/forward", new JsonObject { ["comment"] = "FYI", ["toRecipients"] = to.DeepClone() });
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        Assert.Equal(0, ok.Content.Headers.ContentLength ?? 0);
    }

    [Fact]
    public async Task A_moved_message_keeps_its_id_only_for_a_client_that_asked_for_immutable_ids()
    {
        using var immutable = _host.CreateGraphClient();
        immutable.DefaultRequestHeaders.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject { ["subject"] = "Deal notes" });
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var regularId = (string)draft["id"]!;
        var immutableId = (string)(await immutable.GetFromJsonAsync<JsonObject>($"me/messages/{regularId}"))!["id"]!;

        // The SE files it into a deal folder, as Outlook does: a move.
        using var moved = await _graph.PostAsJsonAsync($"me/messages/{regularId}/move", new JsonObject { ["destinationId"] = "Contoso deal" });
        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        var newRegularId = (string)(await moved.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        // Exchange: a regular id names the folder too, so the one held from before the move finds nothing.
        Assert.NotEqual(regularId, newRegularId);
        using var stale = await _graph.GetAsync($"me/messages/{regularId}");
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        var filed = await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{newRegularId}");
        Assert.NotEqual((string?)draft["parentFolderId"], (string?)filed!["parentFolderId"]);

        // The immutable id still finds it, and is what a client that asks for immutable ids is given.
        var found = await immutable.GetFromJsonAsync<JsonObject>($"me/messages/{immutableId}");
        Assert.Equal(immutableId, (string?)found!["id"]);
        using var bad = await _graph.PostAsJsonAsync($"me/messages/{newRegularId}/move", new JsonObject());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Editing_a_drafts_subject_starts_a_conversation_of_its_own()
    {
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject { ["subject"] = "RE: Technical Win Declaration" });
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)draft["id"]!;
        var conversation = (string?)draft["conversationId"];

        // The same topic (only the prefix differs) stays in the conversation; another topic leaves it.
        using var samePatch = await _graph.PatchAsJsonAsync($"me/messages/{id}", new JsonObject { ["subject"] = "Technical Win Declaration" });
        Assert.Equal(conversation, (string?)(await samePatch.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
        using var otherPatch = await _graph.PatchAsJsonAsync($"me/messages/{id}", new JsonObject { ["subject"] = "Follow-up on the declaration" });
        Assert.NotEqual(conversation, (string?)(await otherPatch.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
    }

    [Fact]
    public async Task A_later_delta_round_sends_an_update_as_a_partial_object_and_a_new_message_whole()
    {
        var declarationId = Guid.NewGuid();
        await SendDeclarationAsync(declarationId);
        var prospect = _host.Get<ProspectSimulator>();
        var first = prospect.Reply(new ProspectReplyRequest(declarationId, Canned: ProspectSimulator.ThumbsUp));
        var deltaLink = (await DeltaRoundAsync("me/mailFolders/inbox/messages/delta")).DeltaLink;

        // Read in Outlook (an update), then a new reply arrives (a creation).
        using var read = await _graph.PatchAsJsonAsync($"me/messages/{first.Id}", new JsonObject { ["isRead"] = true });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var second = prospect.Reply(new ProspectReplyRequest(declarationId, Canned: ProspectSimulator.Confirmed));
        var round = await DeltaRoundAsync(deltaLink);

        var updated = Assert.Single(round.Items, m => (string?)m["id"] == first.Id);
        Assert.True((bool)updated["isRead"]!);
        Assert.Null(updated["subject"]);
        Assert.Null(updated["from"]);
        Assert.Null(updated["receivedDateTime"]);
        var created = Assert.Single(round.Items, m => (string?)m["id"] == second.Id);
        Assert.NotNull((string?)created["subject"]);
        Assert.NotNull(created["from"]);
    }

    private async Task<(List<JsonObject> Items, string DeltaLink)> DeltaRoundAsync(string link)
    {
        var items = new List<JsonObject>();
        while (true)
        {
            var page = (await _graph.GetFromJsonAsync<JsonObject>(link))!;
            items.AddRange(page["value"]!.AsArray().Select(v => v!.AsObject()));
            if ((string?)page["@odata.nextLink"] is { } next)
            {
                link = next;
                continue;
            }

            return (items, (string)page["@odata.deltaLink"]!);
        }
    }

    [Fact]
    public async Task Create_answers_201_and_send_202_with_no_body()
    {
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject
        {
            ["subject"] = "Hello",
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Plain" },
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "priya.shah@northwind-energy.com" } }),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True((bool)draft!["isDraft"]!);
        Assert.Null((string?)draft["internetMessageId"]);

        using var sent = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        using var again = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var copy = await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{draft["id"]}");
        Assert.False((bool)copy!["isDraft"]!);
        Assert.NotNull((string?)copy["internetMessageId"]);
        using var mime = await _graph.GetAsync($"me/messages/{draft["id"]}/$value");
        Assert.Contains("Subject: Hello", await mime.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_whose_server_is_down_gets_the_mail_late_and_the_sender_a_delay_notice()
    {
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject
        {
            ["subject"] = "Technical Win: Contoso observability POV",
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Could you confirm?" },
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "dana@unreachable.contoso.example" } }),
        });
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        using var sent = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        var store = _host.Get<SandboxMailStore>();
        var se = SandboxHost.SalesEngineer.Email;
        var copy = store.CompleteSend(se, (string)draft["id"]!) ?? store.Find(se, (string)draft["id"]!)!;

        // Delivered all the same (the server came back); the sender was told it was delayed, not that it failed.
        Assert.Single(store.List("dana@unreachable.contoso.example", SandboxFolders.Inbox));
        var notice = Assert.Single(store.List(se, SandboxFolders.Inbox));
        Assert.Equal("Delivery delayed: Technical Win: Contoso observability POV", notice.Subject);
        Assert.Equal(copy.ConversationId, notice.ConversationId);
        using var parsed = MimeKit.MimeMessage.Load(new MemoryStream(notice.Mime!));
        Assert.Equal("delivery-status", parsed.Body!.ContentType.Parameters["report-type"]);
        var status = parsed.BodyParts.OfType<MimeKit.MessageDeliveryStatus>().Single();
        Assert.Equal("delayed", status.StatusGroups[1]["Action"]);
        Assert.StartsWith("4.", status.StatusGroups[1]["Status"], StringComparison.Ordinal);
        Assert.NotNull(status.StatusGroups[1]["Will-Retry-Until"]);
    }

    [Fact]
    public async Task A_recipient_that_does_not_exist_bounces_with_a_report_in_the_senders_conversation()
    {
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject
        {
            ["subject"] = "Technical Win: Contoso observability POV",
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "Could you confirm?" },
            ["toRecipients"] = new JsonArray(
                new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "dana@contoso.invalid" } },
                new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "jordan@fabrikam.example" } }),
        });
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        using var sent = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        var store = _host.Get<SandboxMailStore>();
        var se = SandboxHost.SalesEngineer.Email;
        // (The transport may have delivered it already; else now.)
        var copy = store.CompleteSend(se, (string)draft["id"]!) ?? store.Find(se, (string)draft["id"]!)!;

        // The valid recipient still gets it; the sender gets Exchange's report, threaded to what bounced.
        Assert.Single(store.List("jordan@fabrikam.example", SandboxFolders.Inbox));
        var report = Assert.Single(store.List(se, SandboxFolders.Inbox));
        Assert.Equal("Undeliverable: Technical Win: Contoso observability POV", report.Subject);
        Assert.Equal(copy.ConversationId, report.ConversationId);
        using var parsed = MimeKit.MimeMessage.Load(new MemoryStream(report.Mime!));
        Assert.Equal("multipart/report", parsed.Body!.ContentType.MimeType);
        Assert.Equal("delivery-status", parsed.Body.ContentType.Parameters["report-type"]);
        Assert.Equal("auto-replied", parsed.Headers["Auto-Submitted"]);
        Assert.Contains("dana@contoso.invalid", parsed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("jordan@fabrikam.example", parsed.TextBody, StringComparison.Ordinal);

        // A send to known recipients only brings no report.
        using var second = await _graph.PostAsJsonAsync("me/messages", new JsonObject
        {
            ["subject"] = "Follow-up",
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "jordan@fabrikam.example" } }),
        });
        var secondId = (string)(await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        using var secondSent = await _graph.PostAsync($"me/messages/{secondId}/send", null);
        store.CompleteSend(se, secondId);
        Assert.Equal(2, store.List("jordan@fabrikam.example", SandboxFolders.Inbox).Count);
        Assert.Single(store.List(se, SandboxFolders.Inbox));
    }

    [Fact]
    public async Task An_unknown_delta_token_is_410_with_a_location_to_start_over()
    {
        using var response = await _graph.GetAsync("me/mailFolders('inbox')/messages/delta?$deltatoken=gone");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("syncStateNotFound", (string?)(await ErrorAsync(response))["code"]);
        Assert.Equal(_host.GraphBaseUrl + "/me/mailFolders('inbox')/messages/delta", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Subscriptions_refuse_what_graph_refuses()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var expires = _clock.GetUtcNow().AddHours(1);

        async Task<HttpResponseMessage> Create(string resource, string url) => await _graph.PostAsJsonAsync("subscriptions", new JsonObject
        {
            ["changeType"] = "created",
            ["notificationUrl"] = url,
            ["resource"] = resource,
            ["expirationDateTime"] = expires.ToString("O"),
            ["clientState"] = "x",
        });

        using var plainHttp = await Create("me/mailFolders('inbox')/messages", "http://webhooks.example.net/graph");
        Assert.Equal(HttpStatusCode.BadRequest, plainHttp.StatusCode);
        using var events = await Create("me/events", receiver.NotificationUrl.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, events.StatusCode);
        using var otherUser = await Create("users/dana.whitfield@northwind-energy.com/messages", receiver.NotificationUrl.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, otherUser.StatusCode);
        using var ok = await Create("/me/messages", receiver.NotificationUrl.ToString());
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.DoesNotContain(receiver.ValidationTokens, t => t.Contains('%', StringComparison.Ordinal)); // delivered decoded
    }

    internal static async Task<JsonObject> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["error"]!.AsObject();
    }

    /// <summary>Drafts a declaration stamped with its id, sends it, returns its id.</summary>
    internal async Task<string> SendDeclarationAsync(Guid declarationId) => await SendDeclarationAsync(_graph, declarationId);

    internal static async Task<string> SendDeclarationAsync(HttpClient graph, Guid declarationId)
    {
        using var created = await graph.PostAsync("me/messages", new StringContent($$"""
            {
              "subject": "Technical Win Declaration",
              "body": { "contentType": "html", "content": "<p>Please confirm the three criteria were met.</p>" },
              "toRecipients": [ { "emailAddress": { "name": "Priya Shah", "address": "priya.shah@northwind-energy.com" } } ],
              "singleValueExtendedProperties": [ { "id": "{{DeclarationMark.ExtendedPropertyId}}", "value": "{{declarationId}}" } ]
            }
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        using var sent = await graph.PostAsync($"me/messages/{id}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        return id;
    }
}
