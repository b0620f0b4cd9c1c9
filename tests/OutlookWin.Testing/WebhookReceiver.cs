using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookWin.Testing;

/// <summary>
/// A stand-in for the API's webhook endpoints on its own loopback port: answers Graph's validation handshake (or
/// deliberately not), records every notification and lifecycle event, and can be told to fail.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _notifications = new();
    private readonly ConcurrentQueue<int> _postSizes = new();
    private readonly ConcurrentQueue<JsonObject> _lifecycle = new();
    private int _failuresToAnswer;
    private int _delaysToApply;
    private TimeSpan _delay;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Whether the validation request is answered correctly (200, text/plain, decoded token).</summary>
    public bool EchoValidation { get; set; } = true;

    /// <summary>Whether the lifecycle URL answers its validation request correctly.</summary>
    public bool EchoLifecycleValidation { get; set; } = true;

    public Uri NotificationUrl { get; private set; } = null!;

    public Uri LifecycleUrl { get; private set; } = null!;

    public IReadOnlyList<JsonObject> Notifications => [.. _notifications];

    public IReadOnlyList<JsonObject> LifecycleEvents => [.. _lifecycle];

    /// <summary>How many notifications each accepted change-notification POST carried (Graph batches them).</summary>
    public IReadOnlyList<int> PostSizes => [.. _postSizes];

    /// <summary>The validation tokens received, exactly as decoded by ASP.NET Core.</summary>
    public ConcurrentQueue<string> ValidationTokens { get; } = new();

    /// <summary>The next <paramref name="count"/> notification posts are answered 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresToAnswer, count);

    /// <summary>The next <paramref name="count"/> notification posts are answered only after <paramref name="delay"/>.</summary>
    public void DelayNext(int count, TimeSpan delay)
    {
        _delay = delay;
        Interlocked.Exchange(ref _delaysToApply, count);
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/webhooks/graph", (Delegate)((HttpContext http) => receiver.HandleAsync(http, receiver._notifications, () => receiver.EchoValidation)));
        app.MapPost("/webhooks/graph/lifecycle", (Delegate)((HttpContext http) => receiver.HandleAsync(http, receiver._lifecycle, () => receiver.EchoLifecycleValidation)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        receiver.NotificationUrl = new Uri(address + "/webhooks/graph");
        receiver.LifecycleUrl = new Uri(address + "/webhooks/graph/lifecycle");
        return receiver;
    }

    /// <summary>Waits (polling) until the recorded items satisfy <paramref name="condition"/>; generous timeout, fails the test otherwise.</summary>
    public static async Task<IReadOnlyList<JsonObject>> WaitForAsync(Func<IReadOnlyList<JsonObject>> read, Func<IReadOnlyList<JsonObject>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var items = read();
            if (condition(items))
            {
                return items;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met; {items.Count} items received: {string.Join(" | ", items.Select(i => i.ToJsonString()))}");
            }

            await Task.Delay(25);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext http, ConcurrentQueue<JsonObject> sink, Func<bool> echo)
    {
        if (http.Request.Query.TryGetValue("validationToken", out var token))
        {
            ValidationTokens.Enqueue(token.ToString());
            return echo() ? Results.Text(token.ToString(), "text/plain") : Results.Json(new { ok = true });
        }

        if (sink == _notifications && Interlocked.Decrement(ref _delaysToApply) >= 0)
        {
            await Task.Delay(_delay);
        }

        if (sink == _notifications && Interlocked.Decrement(ref _failuresToAnswer) >= 0)
        {
            return Results.StatusCode(500);
        }

        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (sink == _notifications)
        {
            _postSizes.Enqueue((body?["value"] as JsonArray)?.Count ?? 0);
        }

        foreach (var item in (body?["value"] as JsonArray ?? []).OfType<JsonObject>())
        {
            sink.Enqueue((JsonObject)item.DeepClone());
        }

        return Results.Accepted();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
