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

    private static string Schemas => Path.Combine(RepoPaths.Root, "..", "shared", "schemas", "office-addin-manifest");

    [SkippableFact]
    public void A_manifest_for_another_environment_is_made_from_the_template_and_validates()
    {
        Skip.IfNot(Directory.Exists(Schemas), "skipped: ../shared not found");
        const string id = "0E3B6C51-9A7D-4C2E-8F10-6B2D4A9C7E55";
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.xml");
        try
        {
            var (code, output) = RunManifest("--base-url", "https://apps.contoso.example/outlookwin/", "--id", id, "--out", path);
            Assert.True(code == 0, output);

            Assert.Empty(Validate(path, Schemas));
            var manifest = XDocument.Load(path);
            var ns = manifest.Root!.Name.Namespace;
            Assert.Equal(id.ToLowerInvariant(), manifest.Root.Element(ns + "Id")!.Value);
            var urls = manifest.Descendants().SelectMany(e => e.Attributes("DefaultValue")).Select(a => a.Value).Where(v => v.Contains("://", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(urls);
            Assert.All(urls, u => Assert.StartsWith("https://apps.contoso.example/outlookwin/", u, StringComparison.Ordinal));
            Assert.DoesNotContain("localhost", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void The_manifest_generator_refuses_what_Outlook_would_not_load()
    {
        Skip.If(FindNode() is null, "skipped: node not found");
        var (http, httpOutput) = RunManifest("--base-url", "http://apps.contoso.example");
        Assert.NotEqual(0, http);
        Assert.Contains("--base-url must be https", httpOutput, StringComparison.Ordinal);
        var (badId, idOutput) = RunManifest("--base-url", "https://apps.contoso.example", "--id", "not-a-guid");
        Assert.NotEqual(0, badId);
        Assert.Contains("--id must be a GUID", idOutput, StringComparison.Ordinal);
        var (none, noneOutput) = RunManifest();
        Assert.NotEqual(0, none);
        Assert.Contains("--base-url is required", noneOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_checked_in_manifest_is_the_templates_for_localhost_and_the_services_default_add_in_id()
    {
        Skip.If(FindNode() is null, "skipped: node not found");
        var (code, output) = RunManifest("--base-url", "https://localhost:5443");
        Assert.True(code == 0, output);
        Assert.True(output == File.ReadAllText(RepoPaths.Manifest),
            "manifest.xml differs from manifest.template.xml: run npm run manifest -- --base-url https://localhost:5443 --out manifest.xml");
        var manifest = XDocument.Load(RepoPaths.Manifest);
        Assert.Equal(OutlookWin.Domain.Mail.DeclarationMark.DefaultAddinId, manifest.Root!.Element(manifest.Root.Name.Namespace + "Id")!.Value);
        Assert.Equal(OutlookWin.Domain.Mail.DeclarationMark.DefaultAddinId, new OutlookWin.Graph.GraphMailboxOptions().AddinId);
    }

    [Fact]
    public void Requires_Mailbox_1_3_and_offers_Track_Replies_on_Outlook_mobile()
    {
        var manifest = XDocument.Load(RepoPaths.Manifest);
        var ns = manifest.Root!.Name.Namespace;
        var set = manifest.Root.Element(ns + "Requirements")!.Descendants(ns + "Set").Single();
        Assert.Equal(("Mailbox", "1.3"), ((string)set.Attribute("Name")!, (string)set.Attribute("MinVersion")!));

        var v11 = manifest.Descendants(V11 + "VersionOverrides").Single();
        var mobile = v11.Descendants(V11 + "MobileFormFactor").Single();
        var surface = mobile.Descendants(V11 + "ExtensionPoint").Single();
        Assert.Equal("MobileMessageReadCommandSurface", (string?)surface.Attribute(Xsi + "type"));
        var urls = v11.Descendants(Bt + "Url").ToDictionary(s => (string)s.Attribute("id")!, s => (string)s.Attribute("DefaultValue")!);
        var panes = surface.Descendants(V11 + "SourceLocation").Select(l => urls[(string)l.Attribute("resid")!]).ToList();
        Assert.Contains(panes, u => u.EndsWith("/taskpane.html?view=tracking", StringComparison.Ordinal));
        // No compose surface on mobile: Outlook mobile runs add-ins on messages being read only.
        Assert.DoesNotContain(mobile.Descendants(V11 + "ExtensionPoint"), e => ((string?)e.Attribute(Xsi + "type"))!.Contains("Compose", StringComparison.Ordinal));
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <c>npm run manifest</c>'s script; its exit code and what it wrote (stdout, then stderr).</summary>
    private static (int Code, string Output) RunManifest(params string[] args)
    {
        var node = FindNode() ?? throw new InvalidOperationException("node is not on PATH.");
        var start = new System.Diagnostics.ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "manifest.mjs"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(30_000);
        return (process.ExitCode, stdout.Result + stderr.Result);
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
