using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>
/// Saves the mailboxes to <see cref="SandboxOptions.DataPath"/> (one JSON file, MIME as base64) after changes, and
/// loads them at start, so a local run survives a restart. Does nothing when no path is set.
/// </summary>
public sealed class SandboxPersistence(SandboxMailStore store, IOptions<SandboxOptions> options, ILogger<SandboxPersistence> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    // A plain lock, not a semaphore: a save still running while the host is disposed must not find it disposed.
    private readonly Lock _saving = new();
    private int _dirty;

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
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignoring an unreadable Sandbox data file; starting with empty mailboxes");
        }
    }

    /// <summary>Schedules a save; saves are coalesced and written atomically (temp file, then move).</summary>
    internal void MarkChanged()
    {
        if (FilePath is null || Interlocked.Exchange(ref _dirty, 1) == 1)
        {
            return;
        }

        _ = Task.Run(SaveAsync);
    }

    internal Task SaveAsync()
    {
        if (FilePath is not { } file)
        {
            return Task.CompletedTask;
        }

        lock (_saving)
        {
            try
            {
                Interlocked.Exchange(ref _dirty, 0);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var temp = file + ".tmp";
                File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(store.Snapshot(), Json));
                File.Move(temp, file, overwrite: true);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not save the Sandbox mailboxes");
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Loads saved mailboxes at start, hooks saving, and wires subscriptions to the store.</summary>
internal sealed class SandboxStartup(SandboxPersistence persistence, SandboxMailStore store, SandboxSubscriptions subscriptions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the subscriptions singleton here makes it listen to the store before the first delivery.
        _ = subscriptions;
        persistence.Load();
        store.Changed += persistence.MarkChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => persistence.SaveAsync();
}
