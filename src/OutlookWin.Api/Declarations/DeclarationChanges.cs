using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>The live update of a declaration's changes (<c>GET /api/declarations/events</c>).</summary>
public sealed class LiveUpdateOptions
{
    public const string Section = "LiveUpdates";

    /// <summary>
    /// How often an open stream sends a comment line, so proxies and load balancers do not close it for silence. At most
    /// 30 s: the pane takes 45 s of silence for a dead connection and reconnects.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Changes held for one stream that is not reading them; beyond it the oldest are dropped. Losing some is harmless:
    /// the pane reads its whole list on any change.
    /// </summary>
    [Range(1, 10_000)]
    public int ListenerCapacity { get; set; } = 64;
}

/// <summary>That a declaration changed: its id and new version, nothing personal (the pane reads the rest itself).</summary>
public sealed record DeclarationChange(
    [property: Description("The declaration that changed")] Guid Id,
    [property: Description("Its version after the change")] int Version);

/// <summary>
/// Tells the open event streams of a declaration's owner that the declaration was saved. A save never waits for a
/// stream: each stream has its own bounded queue that drops its oldest change when full.
/// In process; with several API instances on PostgreSQL, <see cref="DeclarationChangeRelay"/> brings the other
/// instances' saves (on SQLite there is one process).
/// </summary>
public sealed class DeclarationChanges(IOptions<LiveUpdateOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Owner, List<DeclarationListener>> _listeners = [];

    /// <summary>Starts listening for the changes to <paramref name="user"/>'s declarations; dispose to stop.</summary>
    public DeclarationListener Listen(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var owner = new Owner(user.TenantId, user.ObjectId);
        var listener = new DeclarationListener(this, owner, options.Value.ListenerCapacity);
        lock (_gate)
        {
            if (!_listeners.TryGetValue(owner, out var list))
            {
                _listeners[owner] = list = [];
            }

            list.Add(listener);
        }

        return listener;
    }

    /// <summary>Tells the owner's listeners the declaration changed; call once the change is committed.</summary>
    public void Publish(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        Publish(declaration.OwnerTenantId, declaration.OwnerObjectId, new DeclarationChange(declaration.Id, declaration.Version));
    }

    internal void Publish(string tenantId, string objectId, DeclarationChange change)
    {
        DeclarationListener[] listeners;
        lock (_gate)
        {
            if (!_listeners.TryGetValue(new Owner(tenantId, objectId), out var list))
            {
                return;
            }

            listeners = [.. list];
        }

        foreach (var listener in listeners)
        {
            listener.Offer(change);
        }
    }

    /// <summary>How many streams the user has open (for tests).</summary>
    internal int ListenerCount(SignedInUser user)
    {
        lock (_gate)
        {
            return _listeners.TryGetValue(new Owner(user.TenantId, user.ObjectId), out var list) ? list.Count : 0;
        }
    }

    internal void Remove(DeclarationListener listener)
    {
        lock (_gate)
        {
            if (_listeners.TryGetValue(listener.Owner, out var list) && list.Remove(listener) && list.Count == 0)
            {
                _listeners.Remove(listener.Owner);
            }
        }
    }

    /// <summary>Data belongs to tenant id + object id, as everywhere else (see <see cref="DeclarationStore.FindOwnedAsync"/>).</summary>
    internal readonly record struct Owner(string TenantId, string ObjectId);
}

/// <summary>One open stream's queue of changes.</summary>
public sealed class DeclarationListener : IDisposable
{
    private readonly DeclarationChanges _changes;
    private readonly Channel<DeclarationChange> _queue;

    internal DeclarationListener(DeclarationChanges changes, DeclarationChanges.Owner owner, int capacity)
    {
        _changes = changes;
        Owner = owner;
        _queue = Channel.CreateBounded<DeclarationChange>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public ChannelReader<DeclarationChange> Changes => _queue.Reader;

    internal DeclarationChanges.Owner Owner { get; }

    /// <summary>Never blocks: a full queue drops its oldest change.</summary>
    internal void Offer(DeclarationChange change) => _queue.Writer.TryWrite(change);

    public void Dispose()
    {
        _changes.Remove(this);
        _queue.Writer.TryComplete();
    }
}
