using System.Globalization;
using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

/// <summary>
/// Turns what the Graph SDK throws into <see cref="MailboxException"/>. Besides <see cref="ODataError"/> (and plain
/// <see cref="ApiException"/> when an error body does not parse), the SDK's retry handler ends in an
/// <see cref="AggregateException"/> of <see cref="ApiException"/>s once its retries are used up.
/// </summary>
internal static class GraphFailures
{
    private static readonly HashSet<string> AuthenticationCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "InvalidAuthenticationToken", "AuthenticationError", "ErrorAccessDenied", "AccessDenied",
        "Authorization_RequestDenied", "ErrorInvalidUser", "TokenNotFound", "ErrorAuthenticationNotSupported",
    };

    private static readonly HashSet<string> SyncResetCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "syncStateNotFound", "syncStateInvalid", "resyncRequired",
    };

    /// <summary>The mailbox failure for an exception, or null when it is not a Graph/transport failure.</summary>
    public static MailboxException? Translate(Exception exception, string operation, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case MailboxException:
                return null;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case AggregateException aggregate:
                var last = aggregate.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault();
                if (last is not null)
                {
                    // The retry handler gave up: the last answer says why.
                    return FromApiException(last, operation, aggregate);
                }

                var firstInner = aggregate.Flatten().InnerExceptions.FirstOrDefault();
                return firstInner is null ? null : Translate(firstInner, operation, cancellationToken);
            case ApiException api:
                return FromApiException(api, operation, api);
            case HttpRequestException or TimeoutException or IOException:
                return new MailboxException(MailboxFailure.Unavailable, $"{operation}: Microsoft Graph could not be reached ({exception.Message}).", exception);
            case OperationCanceledException:
                // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
                return new MailboxException(MailboxFailure.Unavailable, $"{operation}: Microsoft Graph did not answer in time.", exception);
            default:
                return null;
        }
    }

    private static MailboxException FromApiException(ApiException api, string operation, Exception inner)
    {
        var status = api.ResponseStatusCode;
        var code = (api as ODataError)?.Error?.Code;
        var detail = (api as ODataError)?.Error?.Message ?? api.Message;
        var retryAfter = RetryAfter(api.ResponseHeaders);
        var message = $"{operation}: Graph answered {status}{(code is null ? string.Empty : $" {code}")}: {detail}";

        if (code is not null && SyncResetCodes.Contains(code))
        {
            return new MailboxException(MailboxFailure.SyncReset, message, inner);
        }

        return status switch
        {
            (int)HttpStatusCode.NotFound => new MailboxException(MailboxFailure.NotFound, message, inner),
            (int)HttpStatusCode.Gone => new MailboxException(MailboxFailure.SyncReset, message, inner),
            (int)HttpStatusCode.Unauthorized => new MailboxException(MailboxFailure.ReauthorizationRequired, message, inner),
            (int)HttpStatusCode.Forbidden when IsAuthentication(code, detail) => new MailboxException(MailboxFailure.ReauthorizationRequired, message, inner),
            (int)HttpStatusCode.TooManyRequests => new MailboxException(MailboxFailure.Throttled, message, inner, retryAfter),
            (int)HttpStatusCode.InternalServerError or (int)HttpStatusCode.BadGateway
                or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout
                => new MailboxException(MailboxFailure.Unavailable, message, inner, retryAfter),
            _ => new MailboxException(MailboxFailure.Rejected, message, inner),
        };
    }

    private static bool IsAuthentication(string? code, string detail) =>
        (code is not null && AuthenticationCodes.Contains(code)) || detail.Contains("consent", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>Retry-After</c> as delta-seconds or an HTTP date.</summary>
    internal static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        if (headers is null)
        {
            return null;
        }

        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
