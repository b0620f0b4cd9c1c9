using System.Runtime.CompilerServices;

namespace OutlookWin.Domain.Tests.Declarations;

/// <summary>
/// The Contoso declarations, word for word. These files are the product's face: when the wording
/// changes on purpose, update them by hand and read the diff.
/// </summary>
public class DeclarationGoldenTests
{
    [Fact]
    public void Full_declaration_for_Contoso_matches_the_golden_text()
    {
        var draft = DeclarationPlans.DraftOf(DeclarationPlans.Full());

        Assert.Equal(Golden("contoso-full.txt"), draft.Text);
    }

    [Fact]
    public void Conditional_declaration_for_Contoso_matches_the_golden_text()
    {
        var draft = DeclarationPlans.DraftOf(DeclarationPlans.Conditional());

        Assert.Equal(Golden("contoso-conditional.txt"), draft.Text);
    }

    /// <summary>
    /// Reads a golden file from the test output when it is copied there, else next to this source
    /// file, so the test runs whether or not the project copies the files.
    /// </summary>
    private static string Golden(string name, [CallerFilePath] string sourceFile = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Declarations", "Golden", name);
        var path = File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(sourceFile)!, "Golden", name);
        return File.ReadAllText(path);
    }
}
