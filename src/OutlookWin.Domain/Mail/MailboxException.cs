namespace OutlookWin.Domain.Mail;

/// <summary>What went wrong talking to the mailbox, in terms the caller can act on.</summary>
public enum MailboxFailure
{
    /// <summary>The message or subscription does not exist (any more).</summary>
    NotFound,

    /// <summary>Too many requests; retry after <see cref="MailboxException.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>The service is unavailable or timed out; retry later.</summary>
    Unavailable,

    /// <summary>The user's consent or session is gone: they must sign in again.</summary>
    ReauthorizationRequired,

    /// <summary>The request was refused as invalid (a bug on our side, or bad data).</summary>
    Rejected,

    /// <summary>The delta link expired: start a full sync.</summary>
    SyncReset,

    /// <summary>The message is larger than the caller agreed to download.</summary>
    TooLarge,
}

/// <summary>A mailbox call failed. <see cref="Failure"/> says whether retrying can help.</summary>
public sealed class MailboxException : Exception
{
    public MailboxException()
    {
    }

    public MailboxException(string message)
        : base(message)
    {
    }

    public MailboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailboxException(MailboxFailure failure, string message, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        Failure = failure;
        RetryAfter = retryAfter;
    }

    public MailboxFailure Failure { get; } = MailboxFailure.Rejected;

    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may succeed later without anyone doing anything.</summary>
    public bool IsTransient => Failure is MailboxFailure.Throttled or MailboxFailure.Unavailable;

    /// <summary>
    /// True when the call is known to have sent nothing, whatever <see cref="Failure"/> says: a send made of several
    /// steps that failed before its send step. An outage otherwise leaves it open whether the mail went out.
    /// </summary>
    public bool NotSent { get; init; }

    /// <summary>The same failure, known to have sent nothing.</summary>
    public MailboxException AsNotSent() =>
        NotSent ? this : new MailboxException(Failure, Message, InnerException, RetryAfter) { NotSent = true };
}
