using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;

namespace OutlookWin.Api.Hosting;

public static class ProblemsSetup
{
    /// <summary>Every error is a ProblemDetails; a body that is not the JSON we expect names the field.</summary>
    public static IServiceCollection AddOutlookWinProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<UnreadableBodyHandler>();
        // Binding failures throw, so UnreadableBodyHandler can say which field was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.MaxDepth = 32;
            // Enums on the wire by their snake_case names (auto_reply), as they are stored.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        return services;
    }
}

/// <summary>Maps a body that cannot be read (bad JSON, a string where a date belongs) to a 400 naming the field.</summary>
internal sealed class UnreadableBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? FieldOf(path) : "body";
        var message = json is null
            ? bad.Message
            : $"{field} could not be read: expected {Expected(json)}.";
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Title = "The request body could not be read.",
            Status = bad.StatusCode,
        };
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary><c>$.criteria[2].blocker.fixDue</c> becomes <c>criteria[2].blocker.fixDue</c>.</summary>
    internal static string FieldOf(string jsonPath)
    {
        var field = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    private static string Expected(JsonException json)
    {
        // The converter's own message (in InnerException) names the type it wanted.
        var text = json.InnerException?.Message ?? json.Message;
        if (text.Contains("DateOnly", StringComparison.Ordinal))
        {
            return "a date as YYYY-MM-DD";
        }

        if (text.Contains("boolean", StringComparison.OrdinalIgnoreCase))
        {
            return "true or false";
        }

        if (text.Contains("Int32", StringComparison.Ordinal) || text.Contains("Decimal", StringComparison.Ordinal))
        {
            return "a number";
        }

        if (text.Contains("as a string", StringComparison.OrdinalIgnoreCase))
        {
            return "a string";
        }

        return "valid JSON of the documented shape";
    }
}
