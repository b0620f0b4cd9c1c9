namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "manifest.xml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookWin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutlookWin.sln not found above " + AppContext.BaseDirectory);
    }
}
