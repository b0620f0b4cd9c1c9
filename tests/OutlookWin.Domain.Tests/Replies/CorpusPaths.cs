using OutlookWin.Testing;

namespace OutlookWin.Domain.Tests.Replies;

/// <summary>Where the reply corpora are: the golden corpus and blind sets in the repository, the shared ones beside it.</summary>
internal static class CorpusPaths
{
    public static string ReplyExtractionCorpus => Path.Combine(RepoPaths.Shared, "corpora", "reply-extraction");

    public static string GoldenCorpus => Path.Combine(RepoPaths.Root, "tests", "OutlookWin.Domain.Tests", "Replies", "Corpus");

    public static string BlindCorpus => Path.Combine(RepoPaths.Root, "tests", "OutlookWin.Domain.Tests", "Replies", "Blind");
}

/// <summary>A fact that is skipped, with a reason, when the shared corpora are not beside the repository.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!Directory.Exists(CorpusPaths.ReplyExtractionCorpus))
        {
            Skip = "skipped: ../shared not found";
        }
    }
}
