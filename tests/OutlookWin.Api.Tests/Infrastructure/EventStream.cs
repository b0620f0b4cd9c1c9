using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>One frame of a server-sent event stream: an event, or a comment line (the keep-alive).</summary>
public sealed record EventFrame(string? Event, string Data, string? Comment)
{
    public JsonObject Json => JsonNode.Parse(Data)!.AsObject();
}

/// <summary>
/// <c>GET /api/declarations/events</c> read frame by frame, comments included, the way a client sees it on the wire.
/// Every read gives up after <see cref="Patience"/>, so a missing frame fails the test instead of hanging it.
/// </summary>
public sealed class EventStream : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        Response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Opens the stream; the response is returned as it is (check the status before reading).</summary>
    public static async Task<EventStream> OpenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/declarations/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next frame, or null when the server ended the stream.</summary>
    public async Task<EventFrame?> NextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        string? type = null;
        List<string>? data = null;
        while (await _reader.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new EventFrame(type, string.Join('\n', data), null);
                }

                type = null;
                continue;
            }

            if (line.StartsWith(':'))
            {
                return new EventFrame(null, string.Empty, line[1..].Trim());
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, string.Empty) : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            if (field == "event")
            {
                type = value;
            }
            else if (field == "data")
            {
                (data ??= []).Add(value);
            }
        }

        return null;
    }

    /// <summary>The next <c>declaration</c> event, skipping keep-alives.</summary>
    public async Task<JsonObject> NextDeclarationAsync()
    {
        while (await NextAsync() is { } frame)
        {
            if (frame.Event == "declaration")
            {
                return frame.Json;
            }
        }

        throw new Xunit.Sdk.XunitException("The stream ended before a declaration event.");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        Response.Dispose();
        return ValueTask.CompletedTask;
    }
}
