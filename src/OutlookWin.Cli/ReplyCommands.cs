using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Cli;

/// <summary>
/// <c>outlookwin classify FILE...</c> and <c>outlookwin extract FILE...</c>: one JSON object per line and
/// file on stdout. A file that cannot be read yields <c>{"file","error"}</c>; the others are still read and
/// the exit code is 1. Usage errors exit with 2.
/// </summary>
internal static class ReplyCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public const string Usage = """
        usage: outlookwin classify FILE...   verdict, evidence, conditions, objections, return date
               outlookwin extract FILE...    the new text of each reply
        FILE is a raw message (.eml), an HTML body (.html, .htm) or a text body (.txt); one JSON object per line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length < 2 || args[0] is not ("classify" or "extract"))
        {
            stderr.WriteLine(args.Length == 1 && args[0] is "classify" or "extract" ? $"outlookwin {args[0]}: no FILE given" : Usage);
            return 2;
        }

        var reader = new ReplyReader();
        var failed = false;
        foreach (var file in args.Skip(1))
        {
            JsonObject line;
            try
            {
                line = args[0] == "classify" ? Classify(reader, file) : Extract(reader, file);
            }
            catch (Exception ex) when (ex is ReplyReadException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                failed = true;
                line = new JsonObject { ["file"] = file, ["error"] = Describe(ex) };
            }

            stdout.WriteLine(line.ToJsonString(Json));
        }

        return failed ? 1 : 0;
    }

    private static JsonObject Classify(ReplyReader reader, string file)
    {
        var reading = Read(file, stream => reader.Read(stream), parts => reader.Read(parts));
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
        new() { ["file"] = file, ["replyText"] = Read(file, reader.Extract, reader.Extract) };

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
