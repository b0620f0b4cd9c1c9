using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Hosting;

/// <summary>The SQLite file the product runs on takes several writers: write-ahead logging, and SQLite's own busy wait.</summary>
public sealed class SqliteTuningTests
{
    [Fact]
    public async Task The_database_file_uses_write_ahead_logging_and_waits_for_a_lock_itself()
    {
        using var database = new SqliteTestDatabase();
        await using var app = new OutlookWinApplication(database);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteTuning.BusyTimeoutMilliseconds, await ScalarAsync(connection, "PRAGMA busy_timeout"));

        // A reader in the middle of a read no longer stops a writer from committing (in rollback-journal mode the
        // commit waits for the reader, and fails once the wait runs out).
        await using var reader = new SqliteConnection(database.ConnectionString);
        await reader.OpenAsync();
        await using (var begin = reader.CreateCommand())
        {
            begin.CommandText = "BEGIN; SELECT COUNT(*) FROM plans;";
            await begin.ExecuteScalarAsync();
        }

        await using (var write = connection.CreateCommand())
        {
            write.CommandText = "CREATE TABLE wal_probe (id INTEGER); INSERT INTO wal_probe VALUES (1);";
            write.CommandTimeout = 1;
            await write.ExecuteNonQueryAsync();
        }

        Assert.Equal(1L, await ScalarAsync(connection, "SELECT COUNT(*) FROM wal_probe"));
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
