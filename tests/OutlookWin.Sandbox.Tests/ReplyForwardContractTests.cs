using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MimeKit;
using OutlookWin.Domain.Mail;
using OutlookWin.Testing;

namespace OutlookWin.Sandbox.Tests;

/// <summary>
/// Drafts made from other messages — createReply, createForward — completed with PATCH and file attachments and then
/// sent, over plain HTTP, in Graph's documented shapes and with Graph's refusals.
/// </summary>
public sealed class ReplyForwardContractTests : IAsyncLifetime
{
    private const string Priya = "priya.shah@northwind-energy.com";
    private const string Dana = "dana.whitfield@northwind-energy.com";
    private static readonly string Se = SandboxHost.SalesEngineer.Email;
    private SandboxHost _host = null!;
    private HttpClient _graph = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _graph = _host.CreateGraphClient();
    }

    public async Task DisposeAsync()
    {
        _graph.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_drafted_with_createReply_is_sent_threaded_into_the_originals_conversation()
    {
        var declarationId = Guid.NewGuid();
        var id = await GraphContractTests.SendDeclarationAsync(_graph, declarationId);
        var original = await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{id}");

        using var created = await _graph.PostAsync($"me/messages/{id}/createReply", null);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)draft["isDraft"]!);
        Assert.Equal("RE: Technical Win Declaration", (string?)draft["subject"]);
        // Graph answers the original's sender: here the SE, who sent the declaration.
        Assert.Equal(Se, (string?)Assert.Single(draft["toRecipients"]!.AsArray())!["emailAddress"]!["address"]);
        Assert.Equal((string?)original!["conversationId"], (string?)draft["conversationId"]);
        var quoted = (string)draft["body"]!["content"]!;
        Assert.Contains("divRplyFwdMsg", quoted, StringComparison.Ordinal);
        Assert.Contains("Please confirm the three criteria were met.", quoted, StringComparison.Ordinal);

        var draftId = (string)draft["id"]!;
        using var patched = await _graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject
        {
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<html><body><p>Could you confirm in one line?</p>" + quoted + "</body></html>" },
            ["toRecipients"] = Recipients(("Priya Shah", Priya)),
        });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        using var sent = await _graph.PostAsync($"me/messages/{draftId}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);

        var copy = await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{draftId}");
        Assert.Equal((string?)original["conversationId"], (string?)copy!["conversationId"]);
        var mime = await MimeAsync(draftId);
        Assert.Equal((string?)original["internetMessageId"], $"<{mime.InReplyTo}>");
        Assert.Equal([(string?)original["internetMessageId"]], mime.References.Select(r => $"<{r}>"));
        Assert.Equal("RE: Technical Win Declaration", mime.Subject);
        Assert.Equal(Priya, Assert.Single(mime.To.Mailboxes).Address);
        Assert.Contains("Could you confirm in one line?", mime.HtmlBody, StringComparison.Ordinal);
        // The lead engineer's copy joins the same thread there too, so her answer to it is in the declaration's conversation.
        var delivered = Assert.Single(_host.Get<SandboxMailStore>().List(Priya, SandboxFolders.Inbox), m => m.Subject.StartsWith("RE:", StringComparison.Ordinal));
        Assert.Equal((string?)original["conversationId"], delivered.ConversationId);
    }

    [Fact]
    public async Task A_reply_to_a_reply_carries_the_whole_thread_in_references()
    {
        var declarationId = Guid.NewGuid();
        var id = await GraphContractTests.SendDeclarationAsync(_graph, declarationId);
        var declaration = _host.Get<SandboxMailStore>().Find(Se, id)!;
        var answer = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(declarationId, Text: "Looks good 👍"));

        using var created = await _graph.PostAsJsonAsync($"me/messages/{answer.Id}/createReply", new JsonObject { ["comment"] = "<p>Thanks! Could you confirm in writing?</p>" });
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(Priya, (string?)Assert.Single(draft["toRecipients"]!.AsArray())!["emailAddress"]!["address"]);
        var body = (string)draft["body"]!["content"]!;
        Assert.InRange(body.IndexOf("Could you confirm in writing?", StringComparison.Ordinal), 0, body.IndexOf("Looks good", StringComparison.Ordinal));
        using var sent = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);

        var mime = await MimeAsync((string)draft["id"]!);
        Assert.Equal(answer.InternetMessageId, $"<{mime.InReplyTo}>");
        Assert.Equal([declaration.InternetMessageId, answer.InternetMessageId], mime.References.Select(r => $"<{r}>"));
        Assert.Equal(declaration.ConversationId, _host.Get<SandboxMailStore>().Find(Se, (string)draft["id"]!)!.ConversationId);
    }

    [Fact]
    public async Task CreateReply_takes_graphs_parameters_only()
    {
        var id = await GraphContractTests.SendDeclarationAsync(_graph, Guid.NewGuid());

        using var both = await _graph.PostAsJsonAsync($"me/messages/{id}/createReply", new JsonObject
        {
            ["comment"] = "x",
            ["message"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "y" } },
        });
        using var unknown = await _graph.PostAsJsonAsync($"me/messages/{id}/createReply", new JsonObject { ["toRecipients"] = Recipients(("Priya Shah", Priya)) });
        using var missing = await _graph.PostAsync($"me/messages/{SandboxIds.NewMessageId()}/createReply", null);

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode); // createReply has no toRecipients parameter (createForward has)
        Assert.Contains("toRecipients", (string?)(await GraphContractTests.ErrorAsync(unknown))["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(_host.Get<SandboxMailStore>().List(Se, SandboxFolders.Drafts));
    }

    [Fact]
    public async Task A_forward_drafted_with_createForward_holds_the_original_inline_and_goes_to_its_recipients()
    {
        var declarationId = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(_graph, declarationId);
        var answer = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(declarationId, Text: "Confirmed: all three criteria met."));

        using var neither = await _graph.PostAsJsonAsync($"me/messages/{answer.Id}/createForward", new JsonObject { ["comment"] = "FYI" });
        using var twice = await _graph.PostAsJsonAsync($"me/messages/{answer.Id}/createForward", new JsonObject
        {
            ["toRecipients"] = Recipients(("Dana Whitfield", Dana)),
            ["message"] = new JsonObject { ["toRecipients"] = Recipients(("Dana Whitfield", Dana)) },
        });
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Empty(_host.Get<SandboxMailStore>().List(Se, SandboxFolders.Drafts));

        using var created = await _graph.PostAsJsonAsync($"me/messages/{answer.Id}/createForward", new JsonObject
        {
            ["comment"] = "<p>Dana, the written confirmation.</p>",
            ["toRecipients"] = Recipients(("Dana Whitfield", Dana)),
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)draft["isDraft"]!);
        Assert.Equal("FW: Technical Win Declaration", (string?)draft["subject"]);
        Assert.Equal(Dana, (string?)Assert.Single(draft["toRecipients"]!.AsArray())!["emailAddress"]!["address"]);
        var body = (string)draft["body"]!["content"]!;
        var noteAt = body.IndexOf("the written confirmation", StringComparison.Ordinal);
        var headerAt = body.IndexOf("<b>From:</b> Priya Shah", StringComparison.Ordinal);
        Assert.InRange(noteAt, 0, headerAt);
        Assert.InRange(headerAt, 0, body.IndexOf("all three criteria met", StringComparison.Ordinal));

        using var sent = await _graph.PostAsync($"me/messages/{draft["id"]}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var atDana = Assert.Single(_host.Get<SandboxMailStore>().List(Dana, SandboxFolders.Inbox));
        Assert.Equal("FW: Technical Win Declaration", atDana.Subject);
        Assert.Equal(Se, atDana.From?.Email);
        Assert.Empty(_host.Get<SandboxMailStore>().List(Se, SandboxFolders.Drafts));
    }

    [Fact]
    public async Task Patch_changes_a_draft_but_not_the_body_or_subject_of_a_sent_message()
    {
        var sentId = await GraphContractTests.SendDeclarationAsync(_graph, Guid.NewGuid());
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject { ["subject"] = "Draft" });
        var draftId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var mark = Guid.NewGuid().ToString();

        using var patched = await _graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.message",
            ["subject"] = "Follow-up",
            ["body"] = new JsonObject { ["contentType"] = "HTML", ["content"] = "<p>One line, please.</p>" },
            ["toRecipients"] = Recipients(("Priya Shah", Priya)),
            ["ccRecipients"] = Recipients(("Alex Morgan", SandboxHost.AccountExecutive.Email)),
            ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = DeclarationMark.ExtendedPropertyId, ["value"] = mark }),
        });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var expand = Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq '{DeclarationMark.ExtendedPropertyId}')");
        var draft = await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{draftId}?$expand={expand}");
        Assert.Equal("Follow-up", (string?)draft!["subject"]);
        Assert.Equal("html", (string?)draft["body"]!["contentType"]);
        Assert.Equal("<p>One line, please.</p>", (string?)draft["body"]!["content"]);
        Assert.Equal(Priya, (string?)draft["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Equal(SandboxHost.AccountExecutive.Email, (string?)draft["ccRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Equal(mark, (string?)draft["singleValueExtendedProperties"]![0]!["value"]);

        using var sentBody = await _graph.PatchAsJsonAsync($"me/messages/{sentId}", new JsonObject { ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = "rewritten" } });
        using var sentSubject = await _graph.PatchAsJsonAsync($"me/messages/{sentId}", new JsonObject { ["subject"] = "rewritten" });
        using var sentRead = await _graph.PatchAsJsonAsync($"me/messages/{sentId}", new JsonObject { ["isRead"] = false });
        Assert.Equal(HttpStatusCode.BadRequest, sentBody.StatusCode);
        Assert.Equal("ErrorInvalidPropertyUpdateSentMessage", (string?)(await GraphContractTests.ErrorAsync(sentBody))["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, sentSubject.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sentRead.StatusCode);
        Assert.Equal("Technical Win Declaration", _host.Get<SandboxMailStore>().Find(Se, sentId)!.Subject);

        using var unknown = await _graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject { ["colour"] = "red" });
        using var unsupported = await _graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject { ["importance"] = "high" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("RequestBodyRead", (string?)(await GraphContractTests.ErrorAsync(unknown))["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);
    }

    [Fact]
    public async Task A_file_attachment_goes_out_as_a_mime_attachment_with_identical_bytes()
    {
        var declarationId = Guid.NewGuid();
        await GraphContractTests.SendDeclarationAsync(_graph, declarationId);
        var answer = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(declarationId, Canned: ProspectSimulator.Confirmed));
        var eml = _host.Get<SandboxMailStore>().Find(Se, answer.Id)!.Mime!;
        var binary = RandomNumberGenerator.GetBytes(70_000);
        using var created = await _graph.PostAsJsonAsync($"me/messages/{answer.Id}/createForward", new JsonObject { ["toRecipients"] = Recipients(("Dana Whitfield", Dana)) });
        var draftId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        using var first = await AttachAsync(draftId, "original-reply.eml", "message/rfc822", eml);
        using var second = await AttachAsync(draftId, "figures.bin", "application/octet-stream", binary);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var attachment = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("#microsoft.graph.fileAttachment", (string?)attachment["@odata.type"]);
        Assert.Equal("original-reply.eml", (string?)attachment["name"]);
        Assert.Equal(eml.Length, (int)attachment["size"]!);
        Assert.False(string.IsNullOrEmpty((string?)attachment["id"]));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True((bool)(await _graph.GetFromJsonAsync<JsonObject>($"me/messages/{draftId}"))!["hasAttachments"]!);

        using var sent = await _graph.PostAsync($"me/messages/{draftId}/send", null);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);

        var atDana = Assert.Single(_host.Get<SandboxMailStore>().List(Dana, SandboxFolders.Inbox));
        Assert.True(atDana.HasAttachments);
        var attachments = MimeAttachments.Read(atDana.Mime!);
        var original = Assert.Single(attachments, a => a.Name == "original-reply.eml");
        Assert.Equal("message/rfc822", original.ContentType);
        Assert.Equal(SHA256.HashData(eml), SHA256.HashData(original.Content));
        Assert.Equal(binary, Assert.Single(attachments, a => a.Name == "figures.bin").Content);
    }

    [Fact]
    public async Task Attachments_graph_refuses_are_refused()
    {
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject { ["subject"] = "Draft" });
        var draftId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var sentId = await GraphContractTests.SendDeclarationAsync(_graph, Guid.NewGuid());

        using var tooLarge = await AttachAsync(draftId, "big.bin", "application/octet-stream", new byte[GraphSandboxRoutes.MaxAttachmentBytes]);
        using var justUnder = await AttachAsync(draftId, "under.bin", "application/octet-stream", new byte[GraphSandboxRoutes.MaxAttachmentBytes - 1]);
        using var unknownType = await _graph.PostAsJsonAsync($"me/messages/{draftId}/attachments", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.pictureAttachment", ["name"] = "x.png", ["contentBytes"] = "AAAA",
        });
        using var noType = await _graph.PostAsJsonAsync($"me/messages/{draftId}/attachments", new JsonObject { ["name"] = "x.png", ["contentBytes"] = "AAAA" });
        using var item = await _graph.PostAsJsonAsync($"me/messages/{draftId}/attachments", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.itemAttachment", ["name"] = "event",
        });
        using var notBase64 = await _graph.PostAsJsonAsync($"me/messages/{draftId}/attachments", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.fileAttachment", ["name"] = "x.bin", ["contentBytes"] = "not base64!",
        });
        using var toSent = await AttachAsync(sentId, "late.bin", "application/octet-stream", [1, 2, 3]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("RequestEntityTooLarge", (string?)(await GraphContractTests.ErrorAsync(tooLarge))["code"]);
        Assert.Equal(HttpStatusCode.Created, justUnder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, item.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toSent.StatusCode);
        Assert.Equal(["under.bin"], _host.Get<SandboxMailStore>().Find(Se, draftId)!.Attachments.Select(a => a.Name));
    }

    [Fact]
    public async Task A_drafts_attachments_and_threading_survive_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outlookwin-sandbox-" + Guid.NewGuid().ToString("N"));
        var content = Encoding.UTF8.GetBytes("Measured MTTR reduction: 43%\r\n");
        try
        {
            string draftId;
            string declarationMessageId;
            await using (var first = await SandboxHost.StartAsync(o => o.DataPath = folder))
            {
                using var graph = first.CreateGraphClient();
                var id = await GraphContractTests.SendDeclarationAsync(graph, Guid.NewGuid());
                declarationMessageId = first.Get<SandboxMailStore>().Find(Se, id)!.InternetMessageId!;
                using var created = await graph.PostAsync($"me/messages/{id}/createReply", null);
                draftId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
                using var attached = await AttachAsync(graph, draftId, "figures.txt", "text/plain", content);
                Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
                using var patched = await graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject { ["toRecipients"] = Recipients(("Priya Shah", Priya)) });
                Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            }

            await using var second = await SandboxHost.StartAsync(o => o.DataPath = folder);
            using var graph2 = second.CreateGraphClient();
            using var sent = await graph2.PostAsync($"me/messages/{draftId}/send", null);
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
            var atPriya = Assert.Single(second.Get<SandboxMailStore>().List(Priya, SandboxFolders.Inbox), m => m.Subject.StartsWith("RE:", StringComparison.Ordinal));
            Assert.Equal(content, Assert.Single(MimeAttachments.Read(atPriya.Mime!)).Content);
            Assert.Equal(declarationMessageId, MimeComposer.Parse(atPriya.Mime!).InReplyTo);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_lost_send_answer_is_armed_for_sends_only()
    {
        var faults = _host.Get<SandboxFaults>();
        faults.LoseNextSendResponses(1);
        using var created = await _graph.PostAsJsonAsync("me/messages", new JsonObject
        {
            ["subject"] = "Hello",
            ["toRecipients"] = Recipients(("Priya Shah", Priya)),
        });
        var draftId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        using var patched = await _graph.PatchAsJsonAsync($"me/messages/{draftId}", new JsonObject { ["subject"] = "Hello again" });

        using var sent = await _graph.PostAsync($"me/messages/{draftId}/send", null);

        // The draft's creation and update were answered; the send was carried out and its answer lost.
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, sent.StatusCode);
        Assert.Equal("Hello again", Assert.Single(_host.Get<SandboxMailStore>().List(Priya, SandboxFolders.Inbox)).Subject);
    }

    private static JsonArray Recipients(params (string Name, string Address)[] people) =>
        new([.. people.Select(p => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = p.Name, ["address"] = p.Address } })]);

    private Task<HttpResponseMessage> AttachAsync(string messageId, string name, string contentType, byte[] content) =>
        AttachAsync(_graph, messageId, name, contentType, content);

    private static Task<HttpResponseMessage> AttachAsync(HttpClient graph, string messageId, string name, string contentType, byte[] content) =>
        graph.PostAsJsonAsync($"me/messages/{messageId}/attachments", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.fileAttachment",
            ["name"] = name,
            ["contentType"] = contentType,
            ["contentBytes"] = Convert.ToBase64String(content),
        });

    private async Task<MimeMessage> MimeAsync(string id)
    {
        using var response = await _graph.GetAsync($"me/messages/{id}/$value");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return MimeMessage.Load(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }
}
