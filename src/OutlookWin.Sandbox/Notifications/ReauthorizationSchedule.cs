using Microsoft.Extensions.Hosting;

namespace OutlookWin.Sandbox;

/// <summary>Looks every minute (on the Sandbox's clock) for subscriptions Graph would now ask to be reauthorized.</summary>
internal sealed class ReauthorizationSchedule(SandboxSubscriptions subscriptions, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Every, time, stoppingToken);
                subscriptions.AskForReauthorization();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
