using System.Net;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OutlookWin.Graph;

/// <summary>
/// Retries for writes. A POST (send, forward, create a draft or a subscription) answered 503 or 504 may have been
/// carried out before the answer was lost; repeating it could send the mail twice. So the SDK's retry handler is
/// switched off for POSTs, and this handler retries them only on 429, which Graph answers before doing any work —
/// honouring <c>Retry-After</c> within <see cref="GraphMailboxOptions.MaxRetries"/> and <see cref="GraphMailboxOptions.MaxRetryWait"/>.
/// Other answers reach the caller, where an outage becomes <c>MailboxFailure.Unavailable</c> ("may have gone out").
/// </summary>
internal sealed class WriteRetryHandler(GraphMailboxOptions options) : DelegatingHandler
{
    /// <summary>Where the SDK's retry handler looks for its per-request options.</summary>
    private static readonly HttpRequestOptionsKey<IRequestOption> RetryOptionKey = new(typeof(RetryHandlerOption).FullName!);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        request.Options.Set(RetryOptionKey, new RetryHandlerOption { MaxRetry = 0 });
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt > options.MaxRetries)
            {
                return response;
            }

            var delay = response.Headers.RetryAfter?.Delta
                ?? response.Headers.RetryAfter?.Date - DateTimeOffset.UtcNow
                ?? TimeSpan.FromSeconds(options.RetryDelaySeconds * Math.Pow(2, attempt - 1));
            delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
            if (waited + delay > options.MaxRetryWait)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            waited += delay;
            request.Headers.Remove("Retry-Attempt");
            request.Headers.Add("Retry-Attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
