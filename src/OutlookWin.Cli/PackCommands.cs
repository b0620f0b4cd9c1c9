using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookWin.Domain.Evidence;

namespace OutlookWin.Cli;

/// <summary>
/// <c>outlookwin verify PACK.zip [--head HASH]</c>: checks an evidence pack offline, without the service or its
/// database. Every link of the chain is recomputed, every message in the pack is hashed and compared with the manifest
/// and with what the chain recorded when it arrived, and the chain must end at the head the manifest names (and at
/// <c>--head</c>, the head noted from the pane or an earlier pack, when given). One JSON line; exit 0 when the pack
/// holds, 1 when it does not, 2 for a usage error or a file that is not a pack.
/// </summary>
internal static class PackCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Verify(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = args.ToList();
        string? expectedHead = null;
        if (files.IndexOf("--head") is var at and >= 0)
        {
            if (at + 1 >= files.Count)
            {
                stderr.WriteLine("outlookwin verify: --head needs the chain's head hash");
                return 2;
            }

            expectedHead = files[at + 1].Trim().ToLowerInvariant();
            files.RemoveRange(at, 2);
        }

        if (files.Count != 1)
        {
            stderr.WriteLine("usage: outlookwin verify PACK.zip [--head HASH]");
            return 2;
        }

        JsonObject result;
        try
        {
            using var zip = ZipFile.OpenRead(files[0]);
            result = Check(zip, files[0], expectedHead);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException)
        {
            stderr.WriteLine($"outlookwin verify: {files[0]} is not a readable evidence pack ({e.Message})");
            return 2;
        }

        stdout.WriteLine(result.ToJsonString(Json));
        return (bool)result["valid"]! ? 0 : 1;
    }

    private static JsonObject Check(ZipArchive zip, string file, string? expectedHead)
    {
        var manifest = JsonNode.Parse(Read(zip, "manifest.json") ?? throw new InvalidOperationException("no manifest.json"))!.AsObject();
        var raw = JsonNode.Parse(Read(zip, "chain.json") ?? throw new InvalidOperationException("no chain.json (a pack from before offline checking)"))!.AsArray();
        var links = raw.Select(n => new EvidenceLink(
            (int)n!["sequence"]!,
            (string)n["kind"]!,
            DateTimeOffset.Parse((string)n["at"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            (string)n["actor"]!,
            (string)n["payload"]!,
            (string)n["previousHash"]!,
            (string)n["hash"]!)).ToList();

        var problems = EvidenceChain.Verify(links).Select(p => Problem($"chain link {p.Sequence}", p.Problem)).ToList();
        var head = links.Count == 0 ? null : links[^1].Hash;
        var named = (string?)manifest["head"]?["hash"];
        if (named is not null && (named != head || (int?)manifest["head"]?["length"] != links.Count))
        {
            problems.Add(Problem("chain end", $"The manifest says the chain ends at link {(int?)manifest["head"]?["length"]} ({Short(named)}), but it has {links.Count} ending in {Short(head)}."));
        }

        if (expectedHead is not null && expectedHead != head)
        {
            problems.Add(Problem("chain end", $"The chain ends in {Short(head)}, not in the head you noted ({Short(expectedHead)}): it was cut or rewritten since."));
        }

        var payloads = links.Select(l => (l.Kind, Payload: JsonNode.Parse(l.Payload) as JsonObject)).ToList();
        var messages = 0;
        foreach (var reply in manifest["replies"]?.AsArray() ?? [])
        {
            var name = (string?)reply?["file"] ?? "?";
            messages++;
            var bytes = ReadBytes(zip, name);
            var actual = bytes is null ? null : EvidenceChain.Sha256(bytes);
            var arrived = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.ReplyReceived && (string?)p.Payload?["replyId"] == (string?)reply?["id"]).Payload;
            if (bytes is null)
            {
                problems.Add(Problem(name, "The message is missing from the pack."));
            }
            else if (actual != (string?)reply?["sha256"])
            {
                problems.Add(Problem(name, "The message does not match the SHA-256 in the manifest: it was changed."));
            }

            if (arrived is null)
            {
                problems.Add(Problem(name, "The chain has no record of this reply arriving."));
            }
            else if (actual is not null && actual != (string?)arrived["sha256"])
            {
                problems.Add(Problem(name, "The message differs from the one the chain recorded on arrival."));
            }
        }

        var recordedIds = manifest["replies"]?.AsArray().Select(r => (string?)r?["id"]).ToHashSet() ?? [];
        foreach (var (_, payload) in payloads.Where(p => p.Kind == EvidenceEventKind.ReplyReceived))
        {
            if (!recordedIds.Contains((string?)payload?["replyId"]))
            {
                problems.Add(Problem($"reply from {(string?)payload?["from"]}", "The chain recorded this reply arriving, but it is not in the pack."));
            }
        }

        if ((string?)manifest["declaration"]?["file"] is { } declarationFile)
        {
            messages++;
            var sent = ReadBytes(zip, declarationFile);
            var recorded = (string?)payloads.LastOrDefault(p => p.Kind == EvidenceEventKind.SentCopyFound).Payload?["mimeSha256"];
            if (sent is null || (recorded is not null && EvidenceChain.Sha256(sent) != recorded))
            {
                problems.Add(Problem(declarationFile, "The sent declaration is missing or differs from the copy the chain recorded."));
            }
        }

        return new JsonObject
        {
            ["file"] = file,
            ["valid"] = problems.Count == 0,
            ["links"] = links.Count,
            ["messages"] = messages,
            ["head"] = head,
            ["problems"] = new JsonArray([.. problems]),
        };
    }

    private static JsonNode Problem(string where, string problem) => new JsonObject { ["where"] = where, ["problem"] = problem };

    private static string Short(string? hash) => hash is null ? "nothing" : hash[..Math.Min(12, hash.Length)] + "…";

    private static string? Read(ZipArchive zip, string name) =>
        ReadBytes(zip, name) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    private static byte[]? ReadBytes(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
