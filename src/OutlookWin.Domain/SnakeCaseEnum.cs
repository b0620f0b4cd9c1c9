using System.Collections.Frozen;
using System.Text.Json;

namespace OutlookWin.Domain;

/// <summary>
/// The one place enum names become strings: snake_case (<c>AutoReply</c> is <c>auto_reply</c>), the same on the wire
/// (<see cref="System.Text.Json.Serialization.JsonStringEnumConverter"/> with <see cref="JsonNamingPolicy.SnakeCaseLower"/>)
/// and in the database.
/// </summary>
public static class SnakeCaseEnum
{
    /// <summary>Every name, in declaration order (for "must be one of" messages).</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.All;

    public static string Name<T>(T value)
        where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum => Names<T>.ByName.TryGetValue(name ?? string.Empty, out value);

    public static T Parse<T>(string name)
        where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<T>().Select(v => ByValue[v])];
    }
}
