using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Mailbox;

/// <summary>
/// <see cref="IDistributedCache"/> over the API's own database, for MSAL's token cache: it survives restarts and is
/// shared by every instance (SQLite or PostgreSQL), which long-running on-behalf-of sessions need. Microsoft.Identity.Web
/// encrypts the entries with ASP.NET Core Data Protection before they get here.
/// </summary>
public sealed class DatabaseTokenCache(IServiceScopeFactory scopes, TimeProvider clock) : IDistributedCache
{
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var entry = await db.TokenCache.FirstOrDefaultAsync(e => e.Key == key, token);
        var now = clock.GetUtcNow();
        if (entry is null)
        {
            return null;
        }

        if (entry.ExpiresAt <= now)
        {
            db.TokenCache.Remove(entry);
            await SaveIgnoringRacesAsync(db, token);
            return null;
        }

        if (entry.SlidingExpiration is { } sliding)
        {
            entry.ExpiresAt = Earliest(now + sliding, entry.AbsoluteExpiration);
            await SaveIgnoringRacesAsync(db, token);
        }

        return entry.Value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = clock.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (options.AbsoluteExpirationRelativeToNow is { } rel ? now + rel : null);
        var expires = options.SlidingExpiration is { } sliding
            ? Earliest(now + sliding, absolute)
            : absolute ?? now.AddDays(90);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var entry = await db.TokenCache.FirstOrDefaultAsync(e => e.Key == key, token);
        if (entry is null)
        {
            db.TokenCache.Add(new TokenCacheRecord
            {
                Key = key,
                Value = value,
                AbsoluteExpiration = absolute,
                SlidingExpiration = options.SlidingExpiration,
                ExpiresAt = expires,
            });
        }
        else
        {
            entry.Value = value;
            entry.AbsoluteExpiration = absolute;
            entry.SlidingExpiration = options.SlidingExpiration;
            entry.ExpiresAt = expires;
        }

        await SaveIgnoringRacesAsync(db, token);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default) => await GetAsync(key, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        await db.TokenCache.Where(e => e.Key == key).ExecuteDeleteAsync(token);
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset? b) => b is { } bb && bb < a ? bb : a;

    private static async Task SaveIgnoringRacesAsync(OutlookWinDb db, CancellationToken token)
    {
        try
        {
            await db.SaveChangesAsync(token);
        }
        catch (DbUpdateException)
        {
            // Two instances wrote the same entry at once: MSAL re-reads and merges on its next access.
        }
    }
}
