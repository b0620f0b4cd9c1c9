using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// Carries declaration changes between API instances on one PostgreSQL database: a save sends <c>pg_notify</c> once it
/// is committed, and every instance <c>LISTEN</c>s and tells its own open streams, so a pane connected to one instance
/// hears of a verdict another instance stored within the second, not at its fallback poll. On SQLite (one process) it
/// does nothing. A notification lost while the listener reconnects costs only the fallback poll's delay.
/// </summary>
public sealed class DeclarationChangeRelay(
    IOptions<StorageOptions> storage, DeclarationChanges changes, ServiceInstance instance, ILogger<DeclarationChangeRelay> log) : BackgroundService
{
    /// <summary>The PostgreSQL channel the instances share.</summary>
    public const string Channel = "outlookwin_declaration_changes";

    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this instance listens for the others' changes (at once on SQLite, where there are none).</summary>
    public Task Listening => Enabled ? _listening.Task : Task.CompletedTask;

    private bool Enabled => storage.Value.Provider == StorageProvider.Postgres;

    /// <summary>Tells the other instances that these declarations were saved (after the commit).</summary>
    public async Task SendAsync(OutlookWinDb db, IReadOnlyList<Declaration> changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changed);
        if (!Enabled)
        {
            return;
        }

        foreach (var d in changed)
        {
            var payload = string.Join('\n', instance.Id, d.OwnerTenantId, d.OwnerObjectId, d.Id.ToString(), d.Version.ToString(CultureInfo.InvariantCulture));
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, payload], ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is saved; the other instances' panes see it at their fallback poll.
                log.LogWarning(e, "Could not tell the other instances that declaration {DeclarationId} changed", d.Id);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(storage.Value.ConnectionString);
                connection.Notification += (_, e) => Receive(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening.TrySetResult();

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Listening for other instances' declaration changes failed; trying again in {Delay}", Reconnect);
                await Task.Delay(Reconnect, stoppingToken);
            }
        }
    }

    /// <summary>A change another instance saved, passed to this instance's streams (its own changes it told already).</summary>
    internal void Receive(string payload)
    {
        var parts = payload.Split('\n');
        if (parts.Length != 5 || parts[0] == instance.Id
            || !Guid.TryParse(parts[3], out var id) || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return;
        }

        changes.Publish(parts[1], parts[2], new DeclarationChange(id, version));
    }
}
