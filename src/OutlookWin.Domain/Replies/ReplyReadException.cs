namespace OutlookWin.Domain.Replies;

/// <summary>Why a message could not be read.</summary>
public enum ReplyReadError
{
    /// <summary>No bytes, or no body and no subject.</summary>
    Empty,

    /// <summary>Larger than <see cref="ReplyReaderOptions.MaxMessageBytes"/>.</summary>
    TooLarge,

    /// <summary>Not parseable as a MIME message.</summary>
    Malformed,

    /// <summary>Reading took longer than <see cref="ReplyReaderOptions.TimeBudget"/>.</summary>
    TimeBudgetExceeded,
}

/// <summary>Thrown by <see cref="ReplyReader"/> for input it cannot read. Anything readable gets a verdict instead.</summary>
public sealed class ReplyReadException : Exception
{
    public ReplyReadException()
        : this(ReplyReadError.Malformed, "The message could not be read.")
    {
    }

    public ReplyReadException(string message)
        : this(ReplyReadError.Malformed, message)
    {
    }

    public ReplyReadException(string message, Exception innerException)
        : this(ReplyReadError.Malformed, message, innerException)
    {
    }

    public ReplyReadException(ReplyReadError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    public ReplyReadError Error { get; }
}
