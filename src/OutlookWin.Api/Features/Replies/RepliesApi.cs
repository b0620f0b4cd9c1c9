using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Api.Features.Replies;

/// <summary>A reply given as the parts Graph returns in JSON.</summary>
public sealed record ClassifyRequest(
    string? Subject,
    string? From,
    string? Html,
    string? Text,
    IReadOnlyDictionary<string, string>? Headers,
    DateTimeOffset? Date);

/// <summary><c>/api/replies</c>: read any reply, without storing it.</summary>
public static class RepliesApi
{
    /// <summary>The largest message accepted: Exchange Online's default send limit.</summary>
    public const long MaxMessageBytes = 25L * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapReplies(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/replies").WithTags("Replies");
        group.MapPost("/classify", Classify).WithName("ClassifyReply")
            .WithSummary("Extract what the prospect newly wrote and classify it: confirmed, conditional, declined, ambiguous or auto_reply, with the sentences it rests on. Body: message/rfc822, or JSON parts. Optional planId for a per-criterion reading.")
            .Accepts<ClassifyRequest>("application/json", "message/rfc822")
            .Produces<ReplyReading>()
            .WithMetadata(new RequestSizeLimitAttribute(MaxMessageBytes));
        return group;
    }

    public static async Task<Results<Ok<ReplyReading>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Classify(
        HttpRequest request, Guid? planId, ClaimsPrincipal principal, OutlookWinDb db, ReplyReader reader, CancellationToken ct)
    {
        SuccessPlan? plan = null;
        if (planId is { } id)
        {
            if (await db.FindOwnedPlanAsync(SignedInUser.Of(principal), id, ct) is not { } record)
            {
                return Problems.PlanNotFound(id);
            }

            plan = PlanDocument.Read(record.Document);
        }

        var mediaType = request.ContentType is { } ct2 && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(ct2, out var parsed)
            ? parsed.MediaType.Value?.ToLowerInvariant()
            : null;
        try
        {
            switch (mediaType)
            {
                case "message/rfc822":
                {
                    // Buffer: MimeKit wants a seekable stream, and the size is already capped by the request limit.
                    using var buffer = new MemoryStream();
                    await request.Body.CopyToAsync(buffer, ct);
                    if (buffer.Length == 0)
                    {
                        return Invalid("body", "The message/rfc822 body is empty.");
                    }

                    buffer.Position = 0;
                    return TypedResults.Ok(reader.Read(buffer, plan, ct));
                }

                case "application/json":
                {
                    ClassifyRequest? parts;
                    try
                    {
                        parts = await JsonSerializer.DeserializeAsync<ClassifyRequest>(request.Body, Json, ct);
                    }
                    catch (JsonException e)
                    {
                        return Invalid(e.Path is { Length: > 2 } path ? path[2..] : "body", "The JSON could not be read: expected { subject, from, html | text, headers }.");
                    }

                    if (parts is null || (string.IsNullOrEmpty(parts.Html) && string.IsNullOrEmpty(parts.Text)))
                    {
                        return Invalid("text", "Give the reply's html or text.");
                    }

                    return TypedResults.Ok(reader.Read(
                        new ReplyParts
                        {
                            Subject = parts.Subject,
                            From = parts.From,
                            Html = parts.Html,
                            Text = parts.Text,
                            Headers = parts.Headers,
                            Date = parts.Date,
                        },
                        plan,
                        ct));
                }

                default:
                    return TypedResults.Problem(
                        title: "Unsupported body.",
                        detail: "Send the reply as message/rfc822 (raw MIME) or application/json ({ subject, from, html | text, headers }).",
                        statusCode: StatusCodes.Status415UnsupportedMediaType);
            }
        }
        catch (ReplyReadException e)
        {
            return TypedResults.Problem(
                title: "The reply could not be read.",
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["error"] = e.Error.ToString() });
        }
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The reply could not be read.");
}
