using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>
/// Pushes "this declaration changed" to the signed-in user's pane as server-sent events, so a new verdict shows at once
/// instead of at the next poll. The pane keeps a slow poll as the fallback (and for saves made by another API instance).
/// </summary>
public static class DeclarationEventsApi
{
    public static RouteGroupBuilder MapDeclarationEvents(this RouteGroupBuilder api)
    {
        // In the /api group: sign-in and the owner policy as everywhere. The per-user rate limit is a fixed window that
        // counts a request when it starts and holds nothing while it runs, so an open stream is one request and is never
        // cut by it; each reconnect is another (the pane waits at least 1 s between them).
        api.MapGet("/declarations/events", Open)
            .WithTags("Declarations")
            .WithName("DeclarationEvents")
            .WithSummary("A text/event-stream of changes to your declarations: `event: ready` at once, `event: declaration` with " +
                "`{ id, version }` after each save, and a `: keep-alive` comment line every 15 s (LiveUpdates:KeepAliveInterval). Read the declaration for the rest.")
            .Produces<DeclarationChange>(StatusCodes.Status200OK, DeclarationEventStream.ContentType);
        return api;
    }

    public static DeclarationEventStream Open(
        ClaimsPrincipal principal, DeclarationChanges changes, IOptions<LiveUpdateOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime) =>
        new(changes, SignedInUser.Of(principal), options.Value.KeepAliveInterval, clock, lifetime.ApplicationStopping);
}

/// <summary>
/// The event stream of one user's declaration changes, open until the client goes or the service stops.
/// Written by hand rather than with <c>TypedResults.ServerSentEvents</c>: its items cannot be comment lines, which the
/// keep-alive is (invisible to the client, enough for a proxy). The frames are one-line JSON, so the framing is simple.
/// </summary>
public sealed class DeclarationEventStream(
    DeclarationChanges changes, SignedInUser user, TimeSpan keepAliveInterval, TimeProvider clock, CancellationToken stopping)
    : IResult, IStatusCodeHttpResult
{
    public const string ContentType = "text/event-stream";

    private static readonly byte[] Ready = Encoding.UTF8.GetBytes("event: ready\ndata: {}\n\n");
    private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(": keep-alive\n\n");

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache,no-store";
        // Reverse proxies that buffer responses (nginx) pass this one through as it is written.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();

        // Listening before `ready` is written: a save made after the pane saw it is never missed.
        using var listener = changes.Listen(user);
        using var keepAlive = new PeriodicTimer(keepAliveInterval, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        var token = stop.Token;
        try
        {
            await response.BodyWriter.WriteAsync(Ready, token);
            Task<bool>? changed = null;
            Task<bool>? tick = null;
            while (true)
            {
                // Both waits stay pending across turns: a channel with one reader takes one wait at a time.
                changed ??= listener.Changes.WaitToReadAsync(token).AsTask();
                tick ??= keepAlive.WaitForNextTickAsync(token).AsTask();
                var first = await Task.WhenAny(changed, tick);
                if (!await first)
                {
                    return;
                }

                if (first == changed)
                {
                    changed = null;
                    await WriteChangesAsync(response, listener, token);
                }
                else
                {
                    tick = null;
                    await response.BodyWriter.WriteAsync(KeepAlive, token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The pane went away, or the service is stopping: the response ends here, cleanly.
        }
    }

    private static async Task WriteChangesAsync(HttpResponse response, DeclarationListener listener, CancellationToken token)
    {
        while (listener.Changes.TryRead(out var change))
        {
            var frame = $"event: declaration\ndata: {JsonSerializer.Serialize(change, JsonSerializerOptions.Web)}\n\n";
            await response.BodyWriter.WriteAsync(Encoding.UTF8.GetBytes(frame), token);
        }
    }
}
