using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookWin.Testing;

/// <summary>
/// One public address in front of several API instances, as a load balancer puts them behind one host name: each
/// request goes to the next instance in turn, and to the one after when an instance does not accept the connection
/// (it is down). Graph posts every change notification to this address, whichever instance subscribed.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Host", "Content-Length",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri[] _backends;
    private int _next;

    private LoadBalancer(Uri[] backends)
    {
        _backends = backends;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(ForwardAsync);
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Requests no instance accepted.</summary>
    public int Unanswered => _unanswered;

    private int _unanswered;

    public static async Task<LoadBalancer> StartAsync(params Uri[] backends)
    {
        var balancer = new LoadBalancer(backends);
        await balancer._app.StartAsync();
        var address = balancer._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        balancer.Address = new Uri(address.TrimEnd('/') + "/");
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var first = Interlocked.Increment(ref _next);
        for (var i = 0; i < _backends.Length; i++)
        {
            var backend = _backends[(int)((uint)(first + i) % (uint)_backends.Length)];
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(backend, context.Request.Path + context.Request.QueryString));
            if (body.Length > 0 || context.Request.ContentType is not null)
            {
                request.Content = new ByteArrayContent(body.ToArray());
            }

            foreach (var (name, values) in context.Request.Headers)
            {
                if (HopByHop.Contains(name))
                {
                    continue;
                }

                if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string>)values);
                }
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, context.RequestAborted);
            }
            catch (HttpRequestException)
            {
                // Connection refused or reset: this instance is down; try the next.
                continue;
            }

            using (response)
            {
                context.Response.StatusCode = (int)response.StatusCode;
                foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
                {
                    if (!HopByHop.Contains(name))
                    {
                        context.Response.Headers[name] = values.ToArray();
                    }
                }

                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
            }
        }

        Interlocked.Increment(ref _unanswered);
        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }
}
