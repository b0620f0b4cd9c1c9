namespace OutlookWin.Api.Tracking;

/// <summary>This process among the service's instances: what holds a mailbox's watch lease.</summary>
public sealed class ServiceInstance(string? id = null)
{
    public string Id { get; } = id ?? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
