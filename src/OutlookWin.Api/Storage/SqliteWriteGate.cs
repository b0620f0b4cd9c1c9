using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookWin.Api.Storage;

/// <summary>
/// One writer at a time per SQLite file within this process, in order, the webhook's inserts first. SQLite lets one
/// writer in at a time anyway; without the gate, the others find the file locked and SQLite's busy handler puts their
/// thread to sleep in growing steps (1, 2, 5, 10, 15, 20, 25 ms …), so a webhook answer waited up to a step longer than the
/// write it was behind. With the gate, a writer of this process waits without a thread and goes in the moment the
/// previous one is done. (Another process on the same file still meets SQLite's busy handler: run several instances on
/// PostgreSQL.)
/// </summary>
public sealed class SqliteWriteGate
{
    /// <summary>How long a writer waits at the gate before going on to SQLite's own busy handling.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(SqliteTuning.BusyTimeoutMilliseconds);

    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Files = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<bool> Priority = new();

    private readonly Lock _sync = new();
    private readonly Queue<TaskCompletionSource<bool>> _first = new();
    private readonly Queue<TaskCompletionSource<bool>> _others = new();
    private bool _held;

    /// <summary>The gate of one database file.</summary>
    public static SqliteWriteGate For(string dataSource) => Files.GetOrAdd(dataSource, _ => new SqliteWriteGate());

    /// <summary>Writes started in the current flow until disposal go before the others waiting (the webhook's inserts).</summary>
    public static IDisposable First()
    {
        Priority.Value = true;
        return new Scope();
    }

    /// <summary>Whether a writer holds the gate (for tests).</summary>
    public bool IsHeld
    {
        get
        {
            lock (_sync)
            {
                return _held;
            }
        }
    }

    /// <summary>How many writers wait for the gate (for tests).</summary>
    public int Waiting
    {
        get
        {
            lock (_sync)
            {
                return _first.Count(t => !t.Task.IsCompleted) + _others.Count(t => !t.Task.IsCompleted);
            }
        }
    }

    /// <summary>Waits for the gate: true once held (call <see cref="Exit"/>), false when patience ran out (go on without it).</summary>
    public async ValueTask<bool> EnterAsync(CancellationToken ct)
    {
        TaskCompletionSource<bool> turn;
        lock (_sync)
        {
            if (!_held)
            {
                _held = true;
                return true;
            }

            turn = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            (Priority.Value ? _first : _others).Enqueue(turn);
        }

        try
        {
            return await turn.Task.WaitAsync(Patience, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Given up: unless the gate was handed over at this very moment, the turn is cancelled and skipped.
            if (turn.TrySetCanceled(CancellationToken.None))
            {
                if (e is OperationCanceledException)
                {
                    throw;
                }

                return false;
            }

            return true;
        }
    }

    /// <summary>Waits for the gate on a thread that must block (synchronous saves).</summary>
    public bool Enter() => EnterAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Hands the gate to the next writer waiting (the webhook's first), or leaves it open.</summary>
    public void Exit()
    {
        lock (_sync)
        {
            while (_first.TryDequeue(out var next) || _others.TryDequeue(out next))
            {
                if (next.TrySetResult(true))
                {
                    return;
                }
            }

            _held = false;
        }
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Priority.Value = false;
    }
}

/// <summary>
/// Takes <see cref="SqliteWriteGate"/> around every write on a SQLite connection: a transaction from its start to its end,
/// and a single writing statement outside one from its execution to the end of its reader. Released at the latest when the
/// connection closes.
/// </summary>
public sealed class SqliteWriteGateInterceptor : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, SqliteWriteGate> Holding = [];

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(ConnectionOf(transaction, eventData));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(ConnectionOf(transaction, eventData));
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(ConnectionOf(transaction, eventData));

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(ConnectionOf(transaction, eventData));
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(ConnectionOf(transaction, eventData));

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(ConnectionOf(transaction, eventData));
        return Task.CompletedTask;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (Writes(command))
        {
            Enter(command.Connection!);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Writes(command))
        {
            await EnterAsync(command.Connection!, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (Writes(command))
        {
            Enter(command.Connection!);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Writes(command))
        {
            await EnterAsync(command.Connection!, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitAfterStatement(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitAfterStatement(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        // The statement's own transaction ends when its reader lets go of it: release just after, at the connection's
        // close or at the next statement's start, whichever comes first.
        ExitAfterStatement(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitAfterStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitAfterStatement(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitAfterStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitAfterStatement(command);
        return Task.CompletedTask;
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Exit(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Exit(connection);
        return Task.CompletedTask;
    }

    // After a commit the transaction no longer names its connection; the context still does.
    private static DbConnection? ConnectionOf(DbTransaction transaction, TransactionEventData eventData) =>
        eventData.Context is { } context ? Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(context.Database) : transaction.Connection;

    /// <summary>A statement that writes, outside a transaction (a transaction holds the gate for its statements).</summary>
    private static bool Writes(DbCommand command)
    {
        if (command.Transaction is not null || command.Connection is null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        return !(text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
    }

    private static void ExitAfterStatement(DbCommand command)
    {
        if (command.Transaction is null && command.Connection is { } connection)
        {
            Exit(connection);
        }
    }

    private static void Enter(DbConnection connection)
    {
        if (Holding.TryGetValue(connection, out _))
        {
            return;
        }

        var gate = SqliteWriteGate.For(connection.DataSource);
        if (gate.Enter())
        {
            Holding.AddOrUpdate(connection, gate);
        }
    }

    private static async ValueTask EnterAsync(DbConnection connection, CancellationToken ct)
    {
        if (Holding.TryGetValue(connection, out _))
        {
            return;
        }

        var gate = SqliteWriteGate.For(connection.DataSource);
        if (await gate.EnterAsync(ct).ConfigureAwait(false))
        {
            Holding.AddOrUpdate(connection, gate);
        }
    }

    private static void Exit(DbConnection? connection)
    {
        if (connection is not null && Holding.TryGetValue(connection, out var gate) && Holding.Remove(connection))
        {
            gate.Exit();
        }
    }
}
