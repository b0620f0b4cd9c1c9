namespace OutlookWin.Domain.Replies;

/// <summary>
/// Limits and choices for <see cref="ReplyReader"/>. Every limit has a default that keeps a hostile
/// message (10 MB bodies, 10,000-deep nesting) cheap to read; the defaults are documented on each
/// property. Instances are immutable: use <c>with</c> to change a value.
/// </summary>
public sealed record ReplyReaderOptions
{
    /// <summary>Every language the reader knows, as ISO 639-1 codes.</summary>
    public static IReadOnlyList<string> AllLanguages { get; } = ["en", "de", "fr", "es", "pt", "nl", "it", "ja"];

    // Declared after AllLanguages: static initialisers run in order.
    /// <summary>The defaults described on each property.</summary>
    public static ReplyReaderOptions Default { get; } = new();

    /// <summary>
    /// Largest raw MIME message accepted, in bytes. Default 25 MiB (the usual Exchange Online
    /// message size limit). A larger message is rejected with <see cref="ReplyReadError.TooLarge"/>.
    /// </summary>
    public long MaxMessageBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>
    /// Largest top-level header block (everything before the first empty line), in bytes. Default 256 KiB, what
    /// Exchange Online accepts. A larger one is rejected with <see cref="ReplyReadError.TooLarge"/> before parsing:
    /// long folded headers cost the MIME parser the square of their length.
    /// </summary>
    public int MaxHeaderBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Longest HTML or text body read, in characters. Default 1,000,000. Longer bodies are cut
    /// before parsing: what the person wrote now is at the top, the quoted history below, so the
    /// cut only loses history.
    /// </summary>
    public int MaxBodyChars { get; init; } = 1_000_000;

    /// <summary>
    /// Deepest element nesting kept when parsing HTML. Default 256. Tags opened deeper than this are
    /// dropped (their text is kept) before the HTML parser sees them, because HTML tree building costs
    /// grow with depth squared.
    /// </summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>
    /// Longest extracted reply text that is classified, in characters. Default 20,000. A reply longer
    /// than this is classified on its first part and the explanation says so.
    /// </summary>
    public int MaxReplyChars { get; init; } = 20_000;

    /// <summary>
    /// Wall-clock budget for one read, checked between stages and during HTML walking. Default 5
    /// seconds. When it runs out the read fails with <see cref="ReplyReadError.TimeBudgetExceeded"/>.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Languages whose lexicons are used (ISO 639-1 codes). Default: every language in
    /// <see cref="AllLanguages"/>. English is always used.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = AllLanguages;

    /// <summary>
    /// Clock for the time budget and, when a message has no Date header, the day a stated return
    /// date ("back on Monday", "until 3 Dec") is counted from. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (MaxMessageBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMessageBytes), MaxMessageBytes, "must be positive");
        }

        if (MaxHeaderBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHeaderBytes), MaxHeaderBytes, "must be at least 1024");
        }

        if (MaxBodyChars <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBodyChars), MaxBodyChars, "must be positive");
        }

        if (MaxHtmlDepth < 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHtmlDepth), MaxHtmlDepth, "must be at least 8");
        }

        if (MaxReplyChars <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxReplyChars), MaxReplyChars, "must be positive");
        }

        if (TimeBudget <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), TimeBudget, "must be positive");
        }

        ArgumentNullException.ThrowIfNull(Languages);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        foreach (var language in Languages)
        {
            if (!AllLanguages.Contains(language))
            {
                throw new ArgumentException($"Unknown language '{language}'. Known: {string.Join(", ", AllLanguages)}.", nameof(Languages));
            }
        }
    }
}
