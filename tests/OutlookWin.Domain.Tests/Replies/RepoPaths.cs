namespace OutlookWin.Domain.Tests.Replies;

/// <summary>Finds the repository root (the folder with OutlookWin.sln) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>&lt;repo&gt;/../shared</c>, as laid out beside a clone in CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ReplyExtractionCorpus => Path.Combine(Shared, "corpora", "reply-extraction");

    public static string GoldenCorpus => Path.Combine(Root, "tests", "OutlookWin.Domain.Tests", "Replies", "Corpus");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutlookWin.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OutlookWin.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that is skipped, with a reason, when the shared corpora are not beside the repository.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.ReplyExtractionCorpus))
        {
            Skip = "skipped: ../shared not found";
        }
    }
}
