namespace OutlookWin.Graph;

/// <summary>
/// Asks Graph for immutable ids on every request (<c>Prefer: IdType="ImmutableId"</c>), so a message keeps its id when
/// it moves from Drafts to Sent Items or between folders. Sits before the retry handler, so retries carry it too.
/// </summary>
internal sealed class ImmutableIdHandler : DelegatingHandler
{
    internal const string PreferImmutableId = "IdType=\"ImmutableId\"";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var asked = request.Headers.TryGetValues("Prefer", out var values)
            && values.Any(v => v.Contains("IdType", StringComparison.OrdinalIgnoreCase));
        if (!asked)
        {
            request.Headers.TryAddWithoutValidation("Prefer", PreferImmutableId);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
