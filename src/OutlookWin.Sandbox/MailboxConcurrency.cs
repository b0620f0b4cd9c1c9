using Microsoft.Extensions.Options;

namespace OutlookWin.Sandbox;

/// <summary>
/// Exchange's limit on requests one application has in flight against one mailbox (4): a request beyond it is refused
/// with 429 "MailboxConcurrency" at once, not queued, so a client that fans out per mailbox meets it here as in Graph.
/// </summary>
public sealed class MailboxConcurrency(IOptions<SandboxOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most requests seen in flight at once for one mailbox (for tests and the soak benchmark).</summary>
    public int HighWater { get; private set; }

    /// <summary>Takes a slot for the mailbox; <see cref="Slot.Granted"/> is false when all are taken. Dispose to give it back.</summary>
    public Slot Enter(string mailbox)
    {
        lock (_gate)
        {
            var count = _inFlight.GetValueOrDefault(mailbox);
            if (count >= options.Value.MaxConcurrentRequestsPerMailbox)
            {
                return new Slot(this, mailbox, granted: false);
            }

            _inFlight[mailbox] = ++count;
            HighWater = Math.Max(HighWater, count);
            return new Slot(this, mailbox, granted: true);
        }
    }

    private void Exit(string mailbox)
    {
        lock (_gate)
        {
            if (_inFlight.TryGetValue(mailbox, out var count))
            {
                if (count <= 1)
                {
                    _inFlight.Remove(mailbox);
                }
                else
                {
                    _inFlight[mailbox] = count - 1;
                }
            }
        }
    }

    public sealed class Slot(MailboxConcurrency owner, string mailbox, bool granted) : IDisposable
    {
        private int _disposed;

        public bool Granted { get; } = granted;

        public void Dispose()
        {
            if (Granted && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Exit(mailbox);
            }
        }
    }
}
