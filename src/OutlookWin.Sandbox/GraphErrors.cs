using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutlookWin.Sandbox;

/// <summary>A failure answered in Graph's error shape: <c>{ "error": { "code", "message", "innerError" } }</c>.</summary>
internal sealed class GraphErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public static GraphErrorException NotFound() =>
        new(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");

    public static GraphErrorException BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}

internal static class GraphErrors
{
    public static IResult Result(HttpContext context, int status, string code, string message, TimeSpan? retryAfter = null)
    {
        var requestId = context.Items.TryGetValue(GraphRequestIds.Key, out var id) ? id as string : null;
        requestId ??= Guid.NewGuid().ToString();
        var clientRequestId = context.Request.Headers["client-request-id"].ToString();
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = GraphJson.Date(DateTimeOffset.UtcNow),
                    ["request-id"] = requestId,
                    ["client-request-id"] = string.IsNullOrEmpty(clientRequestId) ? requestId : clientRequestId,
                },
            },
        };
        return Results.Content(body.ToJsonString(), "application/json", statusCode: status);
    }
}

internal static class GraphRequestIds
{
    public const string Key = "OutlookWin.Sandbox.RequestId";
}

internal static class GraphJson
{
    /// <summary>Graph's date-time format (UTC, seconds).</summary>
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Address(MailAddressRecord address) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = address.Name, ["address"] = address.Email },
    };

    public static JsonArray Addresses(IEnumerable<MailAddressRecord> addresses) => new(addresses.Select(a => (JsonNode)Address(a)).ToArray());
}
