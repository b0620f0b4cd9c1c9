using System.ComponentModel.DataAnnotations;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Api.Tracking;

/// <summary>The reply reader's limits an administrator may change (<c>Replies:*</c>); the rest keep their defaults.</summary>
public sealed class ReplyReaderSettings
{
    public const string Section = "Replies";

    /// <summary>Largest raw message read, in bytes (default 25 MiB, Exchange Online's usual limit). A larger one is stored unread.</summary>
    [Range(1024, 200L * 1024 * 1024)]
    public long MaxMessageBytes { get; set; } = ReplyReaderOptions.Default.MaxMessageBytes;

    /// <summary>
    /// Largest raw message downloaded from the mailbox and kept as evidence, in bytes (default 64 MiB; Exchange Online
    /// accepts up to 150 MB). A larger reply is not downloaded: it is stored without its MIME, read as "could not be
    /// read", and the SE reads it in Outlook and sets the verdict.
    /// </summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxDownloadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Wall-clock budget for reading one message, MIME parsing included (default 5 s). Over it, the message is stored unread.</summary>
    [Range(typeof(TimeSpan), "00:00:00.000001", "00:05:00")]
    public TimeSpan TimeBudget { get; set; } = ReplyReaderOptions.Default.TimeBudget;

    /// <summary>
    /// A reply the background intake could not read within <see cref="TimeBudget"/> is read once more with this budget
    /// (default 30 s) before it is stored unread: on a machine starved of CPU an ordinary reply can take longer than the
    /// budget, and reading it as "could not be read" for good would lose a confirmation to a busy minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.000001", "00:05:00")]
    public TimeSpan PatientTimeBudget { get; set; } = TimeSpan.FromSeconds(30);

    public ReplyReader CreateReader() =>
        new(ReplyReaderOptions.Default with { MaxMessageBytes = MaxMessageBytes, TimeBudget = TimeBudget });

    /// <summary>The reader for the second try, with <see cref="PatientTimeBudget"/>.</summary>
    public ReplyReader CreatePatientReader() =>
        new(ReplyReaderOptions.Default with { MaxMessageBytes = MaxMessageBytes, TimeBudget = PatientTimeBudget > TimeBudget ? PatientTimeBudget : TimeBudget });
}
