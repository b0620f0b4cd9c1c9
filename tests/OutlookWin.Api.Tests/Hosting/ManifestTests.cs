using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OutlookWin.Testing;

namespace OutlookWin.Api.Tests.Hosting;

/// <summary>manifest.xml validates offline against the official Office add-in schemas and offers the right buttons.</summary>
public sealed class ManifestTests
{
    private static readonly XNamespace V10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace V11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    [SkippableFact]
    public void Manifest_validates_against_the_official_schemas()
    {
        var schemas = Path.Combine(RepoPaths.Root, "..", "shared", "schemas", "office-addin-manifest");
        Skip.IfNot(Directory.Exists(schemas), "skipped: ../shared not found");

        var errors = Validate(RepoPaths.Manifest, schemas);

        Assert.True(errors.Count == 0, "manifest.xml is not schema-valid:\n" + string.Join("\n", errors));
    }

    [SkippableFact]
    public void The_schema_check_itself_catches_a_broken_manifest()
    {
        var schemas = Path.Combine(RepoPaths.Root, "..", "shared", "schemas", "office-addin-manifest");
        Skip.IfNot(Directory.Exists(schemas), "skipped: ../shared not found");
        var broken = XDocument.Load(RepoPaths.Manifest);
        // Version must be at most four dotted parts.
        broken.Root!.Element(broken.Root.Name.Namespace + "Version")!.Value = "1.0.0.0.0";
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.xml");
        broken.Save(path);
        try
        {
            Assert.NotEmpty(Validate(path, schemas));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Draft_declaration_opens_a_pinnable_task_pane_on_read_and_compose()
    {
        var manifest = XDocument.Load(RepoPaths.Manifest);
        var v11 = manifest.Descendants(V11 + "VersionOverrides").Single();
        var labels = v11.Descendants(Bt + "String").ToDictionary(s => (string)s.Attribute("id")!, s => (string)s.Attribute("DefaultValue")!);
        var urls = v11.Descendants(Bt + "Url").ToDictionary(s => (string)s.Attribute("id")!, s => (string)s.Attribute("DefaultValue")!);

        foreach (var surface in new[] { "MessageReadCommandSurface", "MessageComposeCommandSurface" })
        {
            var point = v11.Descendants(V11 + "ExtensionPoint").Single(e => (string?)e.Attribute(Xsi + "type") == surface);
            var buttons = point.Descendants(V11 + "Control")
                .ToDictionary(c => labels[(string)c.Element(V11 + "Label")!.Attribute("resid")!], c => c);

            var draft = buttons["Draft Declaration"];
            var action = draft.Element(V11 + "Action")!;
            Assert.Equal("ShowTaskpane", (string?)action.Attribute(Xsi + "type"));
            Assert.Equal("true", action.Element(V11 + "SupportsPinning")?.Value);
            var url = urls[(string)action.Element(V11 + "SourceLocation")!.Attribute("resid")!];
            Assert.StartsWith("https://", url, StringComparison.Ordinal);
            Assert.EndsWith("/taskpane.html", url, StringComparison.Ordinal);

            Assert.True(buttons.ContainsKey("Track Replies"), $"{surface} has no Track Replies button");
        }
    }

    private static List<string> Validate(string manifestPath, string schemaFolder)
    {
        var set = new XmlSchemaSet { XmlResolver = null }; // nothing is fetched
        foreach (var xsd in Directory.GetFiles(schemaFolder, "*.xsd"))
        {
            set.Add(null, xsd);
        }

        set.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = set,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
            errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(manifestPath, settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
