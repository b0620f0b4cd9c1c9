using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Storage;

/// <summary>
/// Writers of one process on one SQLite file take turns at a gate instead of sleeping in SQLite's busy handler: in
/// order, the webhook's inserts first, each going in as soon as the one before is done.
/// </summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task The_gate_is_handed_to_the_first_lane_before_writers_that_waited_longer()
    {
        var gate = new SqliteWriteGate();
        Assert.True(await gate.EnterAsync(CancellationToken.None));
        var order = new List<string>();
        var worker = Task.Run(async () =>
        {
            Assert.True(await gate.EnterAsync(CancellationToken.None));
            lock (order) { order.Add("worker"); }
            gate.Exit();
        });
        await WaitUntilAsync(() => gate.Waiting == 1);
        var webhook = Task.Run(async () =>
        {
            using (SqliteWriteGate.First())
            {
                Assert.True(await gate.EnterAsync(CancellationToken.None));
            }

            lock (order) { order.Add("webhook"); }
            gate.Exit();
        });
        await WaitUntilAsync(() => gate.Waiting == 2);

        gate.Exit();
        await Task.WhenAll(worker, webhook);
        Assert.Equal(["webhook", "worker"], order);
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task A_writer_that_gave_up_waiting_is_skipped_and_the_next_one_gets_the_gate()
    {
        var gate = new SqliteWriteGate();
        Assert.True(await gate.EnterAsync(CancellationToken.None));
        using var cancel = new CancellationTokenSource();
        var givingUp = gate.EnterAsync(cancel.Token).AsTask();
        var next = gate.EnterAsync(CancellationToken.None).AsTask();
        await WaitUntilAsync(() => gate.Waiting == 2);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givingUp);
        gate.Exit();
        Assert.True(await next);
        Assert.True(gate.IsHeld);
        gate.Exit();
        Assert.False(gate.IsHeld);
    }

    [Fact]
    public async Task Saves_of_one_process_wait_for_an_open_transaction_and_the_webhooks_insert_goes_first()
    {
        await using var app = new OutlookWinApplication(_database);
        var gate = SqliteWriteGate.For(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource);
        await using var holderScope = app.Services.CreateAsyncScope();
        var holder = holderScope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.MailNotifications.Add(Notification("holder"));
        await holder.SaveChangesAsync();
        Assert.True(gate.IsHeld);

        var committed = new List<string>();
        var worker = SaveAsync(app, "worker", first: false, committed);
        await WaitUntilAsync(() => gate.Waiting == 1);
        var webhook = SaveAsync(app, "webhook", first: true, committed);
        await WaitUntilAsync(() => gate.Waiting == 2);

        // Neither went in while the transaction was open (SQLite would have told them the file is locked).
        Assert.Empty(committed);
        await transaction.CommitAsync();
        await Task.WhenAll(worker, webhook);

        Assert.Equal(["webhook", "worker"], committed);
        Assert.False(gate.IsHeld);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.CountAsync(n => n.SubscriptionId.StartsWith("gate-")));
    }

    [Fact]
    public async Task A_single_statement_update_and_a_failed_save_both_let_the_gate_go()
    {
        await using var app = new OutlookWinApplication(_database);
        var gate = SqliteWriteGate.For(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_database.ConnectionString).DataSource);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        db.MailNotifications.Add(Notification("single"));
        await db.SaveChangesAsync();
        Assert.False(gate.IsHeld);

        await db.MailNotifications.Where(n => n.SubscriptionId == "gate-single").ExecuteUpdateAsync(u => u.SetProperty(n => n.Attempts, 3));
        Assert.False(gate.IsHeld);

        // A row whose key is taken: the save fails, and the gate is free for the next writer.
        await using var failing = app.Services.CreateAsyncScope();
        var bad = failing.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var row = Notification("failing");
        row.Id = (await db.MailNotifications.Where(n => n.SubscriptionId == "gate-single").Select(n => n.Id).FirstAsync());
        bad.MailNotifications.Add(row);
        await Assert.ThrowsAsync<DbUpdateException>(() => bad.SaveChangesAsync());
        Assert.False(gate.IsHeld);
    }

    private static async Task SaveAsync(OutlookWinApplication app, string name, bool first, List<string> committed)
    {
        await Task.Yield();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        db.MailNotifications.Add(Notification(name));
        using (first ? SqliteWriteGate.First() : null)
        {
            await db.SaveChangesAsync();
        }

        lock (committed)
        {
            committed.Add(name);
        }
    }

    private static MailNotificationRecord Notification(string name) =>
        new() { SubscriptionId = "gate-" + name, MessageId = name, ChangeType = "created", ReceivedAt = DateTimeOffset.UnixEpoch };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    public void Dispose() => _database.Dispose();
}
