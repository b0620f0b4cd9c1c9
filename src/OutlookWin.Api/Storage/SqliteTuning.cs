using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookWin.Api.Storage;

/// <summary>
/// Makes one SQLite file behave under several writers (the webhook, the workers, a second API process):
/// <list type="bullet">
/// <item>Write-ahead logging, set once per file: readers no longer block a writer's commit, nor a commit the readers.
/// Without it every pane poll and delta round held up the webhook's insert.</item>
/// <item><c>busy_timeout</c> on every connection: a writer that finds the file locked is retried by SQLite itself within
/// a millisecond or two. Left to Microsoft.Data.Sqlite's own loop, it slept 150 ms per try, which is what a webhook
/// answer took whenever a worker was saving.</item>
/// </list>
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    /// <summary>How long SQLite keeps retrying a locked file before the command fails (its own busy handler).</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly ConcurrentDictionary<string, bool> Walled = new(StringComparer.Ordinal);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Pragmas(DbConnection connection)
    {
        var busy = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        // journal_mode is stored in the file: once per file and process is enough (":memory:" has no WAL and says so).
        return Walled.TryAdd(connection.DataSource, true) ? busy + " PRAGMA journal_mode = WAL;" : busy;
    }
}
