using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Replies;

public sealed class ClassifyReplyTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly OutlookWinApplication _app = new(database);
    private readonly string _se = $"se-{Guid.NewGuid():N}@fabrikam.example";

    private const string ConfirmedMime = """
        From: Dana Kim <dana@contoso.example>
        To: Alex Morgan <se@fabrikam.example>
        Subject: RE: Technical Win: Contoso observability POV
        Date: Wed, 25 Nov 2026 09:12:00 +0000
        Message-ID: <reply-1@contoso.example>
        In-Reply-To: <decl-1@fabrikam.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Confirmed. The team considers the technical evaluation a success: MTTR and paging both beat the targets.

        Dana

        -----Original Message-----
        From: Alex Morgan <se@fabrikam.example>
        Sent: Tuesday, November 24, 2026 5:00 PM
        Subject: Technical Win: Contoso observability POV

        Could you reply to confirm in writing that the team considers the technical evaluation a success?
        """;

    [Fact]
    public async Task A_raw_mime_confirmation_reads_confirmed_with_its_evidence()
    {
        var response = await _app.ClientFor(_se).PostAsync("/api/replies/classify", Mime(ConfirmedMime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reading = await response.ReadObjectAsync();
        Assert.Equal("confirmed", (string?)reading["verdict"]);
        Assert.DoesNotContain("Original Message", (string?)reading["replyText"], StringComparison.Ordinal);
        Assert.NotEmpty(reading["evidence"]!.AsArray());
    }

    [Fact]
    public async Task A_thumbs_up_given_as_json_parts_is_ambiguous()
    {
        var body = new JsonObject { ["subject"] = "RE: Technical Win", ["from"] = "dana@contoso.example", ["text"] = "👍" };

        var reading = await (await _app.ClientFor(_se).PostAsync("/api/replies/classify", Body(body))).ReadObjectAsync();

        Assert.Equal("ambiguous", (string?)reading["verdict"]);
    }

    [Fact]
    public async Task With_a_plan_the_reply_is_read_per_criterion()
    {
        var client = _app.ClientFor(_se);
        var plan = await client.CreatePlanAsync(ContosoAllProven());

        var reading = await (await client.PostAsync($"/api/replies/classify?planId={plan["id"]}", Mime(ConfirmedMime))).ReadObjectAsync();

        Assert.Equal(3, reading["criteria"]!.AsArray().Count);
    }

    [Fact]
    public async Task Another_users_plan_is_not_found()
    {
        var plan = await _app.ClientFor(_se).CreatePlanAsync(Contoso());

        var response = await _app.ClientFor("other@fabrikam.example").PostAsync($"/api/replies/classify?planId={plan["id"]}", Mime(ConfirmedMime));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unsupported_body_is_415_and_an_empty_one_names_the_field()
    {
        var client = _app.ClientFor(_se);

        var plain = await client.PostAsync("/api/replies/classify", new StringContent("Confirmed.", Encoding.UTF8, "text/plain"));
        var empty = await client.PostAsync("/api/replies/classify", Body(new JsonObject { ["subject"] = "RE: x" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull((await empty.ReadObjectAsync())["errors"]!["text"]);
    }

    [Fact]
    public async Task Without_sign_in_no_reply_is_read()
    {
        var response = await _app.CreateClient().PostAsync("/api/replies/classify", Mime(ConfirmedMime));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();

    private static ByteArrayContent Mime(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("message/rfc822");
        return content;
    }
}
