using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// The whole product over loopback: the pane's event stream is open, the prospect replies in the Sandbox, the service
/// is notified, reads the reply and stores the verdict, and the stream carries that save to the owner's pane, and to
/// nobody else's. Read with the runtime's own SSE parser, so the framing is checked against the standard too.
/// </summary>
[Collection(TrackingTest.Collection)]
public sealed class LiveUpdatesEndToEndTests : TrackingTest
{
    [SkippableFact]
    public async Task A_verdict_read_from_the_prospects_reply_is_pushed_to_the_owners_stream_only()
    {
        var client = Start();
        var id = (string)(await client.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await WaitForSubscriptionAsync(client);
        await using var mine = await Events.OpenAsync(client);
        var rivalClient = Server.ClientFor("rival@fabrikam.example");
        await using var rivals = await Events.OpenAsync(rivalClient);

        await client.ProspectRepliesAsync(id, new JsonObject
        {
            ["text"] = "Confirmed. The team considers the technical evaluation a success: MTTR down 43% against the 40% target.",
        });

        // Other saves of the same declaration may come first (the sent copy found by the watcher): the one wanted is the
        // save that stored the verdict, which the declaration read back at the pushed version shows.
        JsonObject? confirmed = null;
        while (confirmed is null)
        {
            var change = await mine.NextDeclarationAsync();
            if ((string?)change["id"] != id)
            {
                continue;
            }

            var read = await client.GetDeclarationAsync(id);
            if ((string?)read["state"] == "confirmed" && (int?)read["version"] == (int?)change["version"])
            {
                confirmed = read;
            }
        }

        Assert.Equal("confirmed", (string?)confirmed["reply"]!["verdict"]);

        // The rival's stream was open through all of it: its first change is its own.
        var plan = await rivalClient.CreatePlanAsync(ContosoAllProven());
        var created = await rivalClient.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rivalsOwn = (string?)(await created.ReadObjectAsync())["id"];
        Assert.Equal(rivalsOwn, (string?)(await rivals.NextDeclarationAsync())["id"]);
    }

    /// <summary>An open stream, past its <c>ready</c> event.</summary>
    private sealed class Events : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly IAsyncEnumerator<SseItem<string>> _items;

        private Events(HttpResponseMessage response, IAsyncEnumerator<SseItem<string>> items)
        {
            _response = response;
            _items = items;
        }

        public static async Task<Events> OpenAsync(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/declarations/events");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var items = SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
            var events = new Events(response, items);
            Assert.Equal("ready", (await events.NextAsync()).EventType);
            return events;
        }

        public async Task<JsonObject> NextDeclarationAsync()
        {
            while (true)
            {
                var item = await NextAsync();
                if (item.EventType == "declaration")
                {
                    return JsonNode.Parse(item.Data)!.AsObject();
                }
            }
        }

        private async Task<SseItem<string>> NextAsync()
        {
            var next = _items.MoveNextAsync().AsTask();
            if (await Task.WhenAny(next, Task.Delay(Patience)) != next || !await next)
            {
                throw new Xunit.Sdk.XunitException("No event came, or the stream ended.");
            }

            return _items.Current;
        }

        public async ValueTask DisposeAsync()
        {
            _response.Dispose();
            await _items.DisposeAsync();
        }
    }
}
