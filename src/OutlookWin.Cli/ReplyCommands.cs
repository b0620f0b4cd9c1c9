using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Cli;

/// <summary>
/// <c>outlookwin classify [--plan plan.json] FILE...</c> and <c>outlookwin extract FILE...</c>: one JSON object per
/// line and file on stdout. With a plan (the payload the API accepts), each reply is read as an answer to that plan's
/// declaration: its variant (full or conditional), its criteria and people. A file that cannot be read yields
/// <c>{"file","error"}</c>; the others are still read and the exit code is 1. Usage errors (and a plan that does not
/// read) exit with 2.
/// </summary>
internal static class ReplyCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public const string Usage = """
        usage: outlookwin classify [--plan plan.json] FILE...   verdict, evidence, conditions, objections, return date
               outlookwin extract FILE...                      the new text of each reply
               outlookwin verify PACK.zip [--head HASH]        check an evidence pack offline
        FILE is a raw message (.eml), an HTML body (.html, .htm) or a text body (.txt); one JSON object per line.
        --plan: the plan the replies answer (the JSON the API accepts for POST /api/plans); its criteria, people and
                declaration (full or conditional) are the context the replies are read in.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["verify", .. var rest])
        {
            return PackCommands.Verify(rest, stdout, stderr);
        }

        if (args.Length < 2 || args[0] is not ("classify" or "extract"))
        {
            stderr.WriteLine(args.Length == 1 && args[0] is "classify" or "extract" ? $"outlookwin {args[0]}: no FILE given" : Usage);
            return 2;
        }

        var files = args.Skip(1).ToList();
        SuccessPlan? plan = null;
        if (files.IndexOf("--plan") is var at and >= 0)
        {
            if (args[0] != "classify" || at + 1 >= files.Count)
            {
                stderr.WriteLine(args[0] != "classify" ? "outlookwin extract: --plan goes with classify" : "outlookwin classify: --plan needs a file");
                return 2;
            }

            if (!TryReadPlan(files[at + 1], stderr, out plan))
            {
                return 2;
            }

            files.RemoveRange(at, 2);
            if (files.Count == 0)
            {
                stderr.WriteLine("outlookwin classify: no FILE given");
                return 2;
            }
        }

        var reader = new ReplyReader();
        var failed = false;
        foreach (var file in files)
        {
            JsonObject line;
            try
            {
                line = args[0] == "classify" ? Classify(reader, file, plan) : Extract(reader, file);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad file (or a fault in the reader on it) is reported on its own line; the batch goes on.
                failed = true;
                line = new JsonObject { ["file"] = file, ["error"] = Describe(ex) };
            }

            stdout.WriteLine(line.ToJsonString(Json));
        }

        return failed ? 1 : 0;
    }

    private static bool TryReadPlan(string path, TextWriter stderr, out SuccessPlan? plan)
    {
        plan = null;
        PlanRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PlanRequest>(File.ReadAllText(path, Encoding.UTF8), PlanDocument.Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            stderr.WriteLine($"outlookwin classify: the plan {path} could not be read: {(ex is JsonException j ? $"{j.Path}: not the plan's JSON shape" : Describe(ex))}");
            return false;
        }

        var errors = new Dictionary<string, string[]> { ["plan"] = ["The file holds no plan."] };
        if (request is null || !PlanReader.TryRead(request, out plan, out errors))
        {
            stderr.WriteLine($"outlookwin classify: the plan {path} is not valid:");
            foreach (var (field, messages) in errors)
            {
                stderr.WriteLine($"  {field}: {string.Join(" ", messages)}");
            }

            return false;
        }

        return true;
    }

    private static JsonObject Classify(ReplyReader reader, string file, SuccessPlan? plan)
    {
        var reading = Read(file, stream => reader.Read(stream, plan), parts => reader.Read(parts, plan));
        var node = JsonSerializer.SerializeToNode(reading, Json)!.AsObject();
        var line = new JsonObject { ["file"] = file };
        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            line[name] = value;
        }

        return line;
    }

    private static JsonObject Extract(ReplyReader reader, string file) =>
        new() { ["file"] = file, ["replyText"] = Read(file, stream => reader.Extract(stream), parts => reader.Extract(parts)) };

    private static T Read<T>(string file, Func<Stream, T> mime, Func<ReplyParts, T> parts)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".eml":
                using (var stream = File.OpenRead(file))
                {
                    return mime(stream);
                }

            case ".html" or ".htm":
                return parts(new ReplyParts { Html = File.ReadAllText(file, Encoding.UTF8) });
            case ".txt":
                return parts(new ReplyParts { Text = File.ReadAllText(file, Encoding.UTF8) });
            default:
                throw new NotSupportedException($"unsupported file type '{extension}': use .eml, .html or .txt");
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "directory not found",
        UnauthorizedAccessException => "access denied",
        ReplyReadException r => $"{r.Error}: {r.Message}",
        _ => ex.Message,
    };
}
