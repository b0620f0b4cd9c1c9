using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>
/// What a delta round was asked to cover, kept in its tokens as Graph encodes the initial request's options into its
/// links: messages received since a time (<c>$filter=receivedDateTime ge|gt …</c>, then at most 5,000 of them), and
/// one kind of change only (<c>changeType=created|updated|deleted</c>).
/// </summary>
internal sealed record DeltaFilter(DateTimeOffset? ReceivedFrom = null, bool ReceivedStrictlyAfter = false, string? ChangeType = null)
{
    /// <summary>Graph's cap on a delta round with a <c>$filter</c>.</summary>
    public const int FilteredLimit = 5000;

    public bool Admits(SandboxMessage message)
    {
        if (ReceivedFrom is not { } from)
        {
            return true;
        }

        var received = message.ReceivedAt ?? message.CreatedAt;
        return ReceivedStrictlyAfter ? received > from : received >= from;
    }
}

/// <summary>One page of a folder's delta round.</summary>
internal sealed record DeltaPageResult(
    IReadOnlyList<SandboxMessage> Messages,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string>? Select,
    string? SkipToken,
    string? DeltaToken)
{
    /// <summary>
    /// The change sequence the round started from: a message created before it was only updated since (read, moved),
    /// and Graph sends such a change as a partial object — the id and the properties that changed, not the whole message.
    /// </summary>
    public long Since { get; init; }
}

/// <summary>
/// Delta query state tokens for message folders. Tokens are opaque and kept server-side in a bounded cache, like
/// Exchange's: an unknown or evicted token answers 410 <c>syncStateNotFound</c> and the client restarts a full sync.
/// Saved with the mailboxes (<see cref="SandboxPersistence"/>): Exchange's sync state outlives a restart of its front
/// ends, so a client's stored delta link still works after the Sandbox restarts.
/// </summary>
public sealed class SandboxDelta(SandboxMailStore store, IOptions<SandboxOptions> options)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DeltaState> _tokens = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Raised outside the lock after tokens were added or forgotten (for persistence).</summary>
    internal event Action? Changed;

    /// <summary>Forgets every delta and skip token (the next use of any answers 410).</summary>
    public void ExpireAllTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
            _order.Clear();
        }

        Changed?.Invoke();
    }

    /// <summary>Expires the delta tokens of one mailbox only.</summary>
    public void ExpireTokens(string mailbox)
    {
        lock (_gate)
        {
            foreach (var token in _tokens.Where(t => string.Equals(t.Value.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase)).Select(t => t.Key).ToList())
            {
                _tokens.Remove(token);
            }
        }

        Changed?.Invoke();
    }

    /// <summary>The tokens, oldest first, for persistence.</summary>
    internal IReadOnlyList<SavedDeltaToken> Snapshot()
    {
        lock (_gate)
        {
            return [.. _order.Where(_tokens.ContainsKey).Select(t => new SavedDeltaToken(t, _tokens[t]))];
        }
    }

    internal void Restore(IEnumerable<SavedDeltaToken> tokens)
    {
        lock (_gate)
        {
            _tokens.Clear();
            _order.Clear();
            foreach (var saved in tokens)
            {
                _tokens[saved.Token] = saved.State;
                _order.Enqueue(saved.Token);
            }
        }
    }

    internal DeltaPageResult Page(string mailbox, string folder, string? skipToken, string? deltaToken, IReadOnlyList<string>? select, int pageSize, DeltaFilter? filter = null)
    {
        DeltaState state;
        if (skipToken is not null || deltaToken is not null)
        {
            lock (_gate)
            {
                if (!_tokens.TryGetValue(skipToken ?? deltaToken!, out var found)
                    || !string.Equals(found.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase) || found.Folder != folder
                    || found.IsDelta != (deltaToken is not null))
                {
                    throw new GraphErrorException(410, "syncStateNotFound", "The sync state generation is not found. Please resync.");
                }

                state = found;
            }

            if (state.IsDelta)
            {
                state = StartRound(mailbox, folder, state.Since, state.Select, state.Filter);
            }
        }
        else
        {
            state = StartRound(mailbox, folder, 0, select, filter);
        }

        var take = state.PendingIds.Take(pageSize).ToList();
        var rest = state.PendingIds.Skip(take.Count).ToList();
        var messages = new List<SandboxMessage>();
        var removed = new List<string>();
        foreach (var id in take)
        {
            if (state.RemovedIds.Contains(id))
            {
                removed.Add(id);
            }
            else if (store.Find(mailbox, id) is { } message && message.Folder == folder)
            {
                messages.Add(message);
            }
            else
            {
                // Changed and then gone before this page was read.
                removed.Add(id);
            }
        }

        if (rest.Count > 0)
        {
            var next = state with { PendingIds = rest };
            return new DeltaPageResult(messages, removed, state.Select, Remember(next), null) { Since = state.Since };
        }

        var delta = new DeltaState(mailbox, folder, state.Select, state.UpTo, state.UpTo, [], [], IsDelta: true) { Filter = state.Filter };
        return new DeltaPageResult(messages, removed, state.Select, null, Remember(delta)) { Since = state.Since };
    }

    private static DeltaState StartRound(SandboxMailStore store, string mailbox, string folder, long since, IReadOnlyList<string>? select, DeltaFilter? filter)
    {
        var (sequence, changed, removed) = store.ChangesSince(mailbox, folder, since);
        IEnumerable<SandboxMessage> messages = changed;
        if (filter is not null)
        {
            messages = messages.Where(filter.Admits);
            messages = filter.ChangeType switch
            {
                "created" => messages.Where(m => m.CreatedSequence > since),
                "updated" => messages.Where(m => m.CreatedSequence <= since),
                "deleted" => [],
                _ => messages,
            };
            if (filter.ChangeType is "created" or "updated")
            {
                removed = [];
            }

            if (filter.ReceivedFrom is not null)
            {
                messages = messages.Take(DeltaFilter.FilteredLimit);
            }
        }

        return new DeltaState(
            mailbox,
            folder,
            select,
            since,
            sequence,
            [.. messages.Select(m => m.Id), .. removed],
            removed,
            IsDelta: false)
        { Filter = filter };
    }

    private DeltaState StartRound(string mailbox, string folder, long since, IReadOnlyList<string>? select, DeltaFilter? filter) =>
        StartRound(store, mailbox, folder, since, select, filter);

    private string Remember(DeltaState state)
    {
        var token = SandboxIds.NewToken();
        lock (_gate)
        {
            _tokens[token] = state;
            _order.Enqueue(token);
            while (_order.Count > options.Value.DeltaTokenCapacity)
            {
                _tokens.Remove(_order.Dequeue());
            }
        }

        Changed?.Invoke();
        return token;
    }
}

/// <summary>A delta or skip token and the sync state it stands for, as saved.</summary>
internal sealed record SavedDeltaToken(string Token, DeltaState State);

/// <summary>Where a delta round stands: what is left to page through, and where the next round starts.</summary>
internal sealed record DeltaState(
    string Mailbox,
    string Folder,
    IReadOnlyList<string>? Select,
    long Since,
    long UpTo,
    IReadOnlyList<string> PendingIds,
    IReadOnlyList<string> RemovedIds,
    bool IsDelta)
{
    /// <summary>The initial request's filter, applied to every round the tokens lead to.</summary>
    public DeltaFilter? Filter { get; init; }
}
