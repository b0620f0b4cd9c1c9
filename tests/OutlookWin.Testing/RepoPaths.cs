namespace OutlookWin.Testing;

/// <summary>Finds the repository root (the folder with OutlookWin.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "manifest.xml");

    /// <summary><c>&lt;repo&gt;/../shared</c>, as laid out beside a clone in CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
