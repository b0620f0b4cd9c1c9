using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>
/// Saves the mailboxes, their subscriptions and delta tokens to <see cref="SandboxOptions.DataPath"/> (one JSON file,
/// MIME as base64) after every change, before the change is acknowledged, and loads them at start, so a local run
/// survives a restart — or a crash — as Exchange and Graph do. Does nothing when no path is set.
/// </summary>
public sealed class SandboxPersistence(
    SandboxMailStore store,
    SandboxSubscriptions subscriptions,
    SandboxDelta delta,
    IOptions<SandboxOptions> options,
    ILogger<SandboxPersistence> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    // A plain lock, not a semaphore: a save still running while the host is disposed must not find it disposed.
    private readonly Lock _saving = new();
    private long _changes;
    private long _saved;

    private string? FilePath => options.Value.DataPath is { Length: > 0 } folder ? Path.Combine(folder, "sandbox-mailboxes.json") : null;

    internal void Load()
    {
        if (FilePath is not { } file || !File.Exists(file))
        {
            return;
        }

        try
        {
            var snapshot = JsonSerializer.Deserialize<SandboxSnapshot>(File.ReadAllBytes(file), Json);
            if (snapshot is not null)
            {
                store.Restore(snapshot);
                subscriptions.Restore(snapshot.Subscriptions ?? []);
                delta.Restore(snapshot.DeltaTokens ?? []);
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignoring an unreadable Sandbox data file; starting with empty mailboxes");
        }
    }

    /// <summary>
    /// Called after every change, before the change is acknowledged to anyone (Graph's 201/202, the prospect's reply):
    /// returns once a save that includes it is on disk, as Exchange's store would. Concurrent changes share one save
    /// (group commit): a writer that finds its change already saved by another returns at once.
    /// </summary>
    internal void MarkChanged()
    {
        if (FilePath is null)
        {
            return;
        }

        var mine = Interlocked.Increment(ref _changes);
        lock (_saving)
        {
            if (Interlocked.Read(ref _saved) >= mine)
            {
                return;
            }

            // Every change counted so far is in the store already, so the snapshot taken now holds them all.
            var upTo = Interlocked.Read(ref _changes);
            if (Write())
            {
                Interlocked.Exchange(ref _saved, upTo);
            }
        }
    }

    internal Task SaveAsync()
    {
        lock (_saving)
        {
            Write();
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes the whole store atomically and durably: a temp file flushed to disk, then moved over the old one.</summary>
    private bool Write()
    {
        if (FilePath is not { } file)
        {
            return false;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.WriteThrough))
            {
                JsonSerializer.Serialize(stream, store.Snapshot() with { Subscriptions = subscriptions.Snapshot(), DeltaTokens = delta.Snapshot() }, Json);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, file, overwrite: true);
            return true;
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not save the Sandbox mailboxes");
            return false;
        }
    }
}

/// <summary>Loads saved mailboxes at start, hooks saving, and wires subscriptions to the store.</summary>
internal sealed class SandboxStartup(SandboxPersistence persistence, SandboxMailStore store, SandboxSubscriptions subscriptions, SandboxDelta delta) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the subscriptions singleton here makes it listen to the store before the first delivery.
        _ = subscriptions;
        persistence.Load();
        store.Changed += persistence.MarkChanged;
        subscriptions.Changed += persistence.MarkChanged;
        delta.Changed += persistence.MarkChanged;
        // What was still waiting in an Outbox when the Sandbox stopped goes out now.
        store.CompleteQueuedSends();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => persistence.SaveAsync();
}
