namespace OutlookWin.Api.Storage;

/// <summary>An entry of the persistent token cache (MSAL's serialized, encrypted cache), shared by all instances.</summary>
public sealed class TokenCacheRecord
{
    public required string Key { get; set; }

    public required byte[] Value { get; set; }

    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
