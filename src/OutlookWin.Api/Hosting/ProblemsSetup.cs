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
        services.AddExceptionHandler<StorageFailureHandler>();
        services.AddExceptionHandler<OutlookWin.Api.Declarations.UnsignedEmailHandler>();
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

/// <summary>
/// A save that lost a race (someone changed the row since it was read) is a 409 the caller can retry after reloading;
/// a database that cannot be reached or is busy is a 503 with Retry-After. Never a bare 500, and nothing half-saved:
/// the unit of work is one transaction.
/// </summary>
internal sealed class StorageFailureHandler(IProblemDetailsService problems, ILogger<StorageFailureHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        (int Status, string Title, string Detail)? answer = exception switch
        {
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Changed meanwhile.",
                "Someone (or the service itself, as a reply arrived) changed this while your request was running. Nothing of your request was saved; reload and try again."),
            // Two writers adding the same next link of a chain (or the same row): the later one lost the race.
            Microsoft.EntityFrameworkCore.DbUpdateException when IsDuplicate(exception) => (StatusCodes.Status409Conflict, "Changed meanwhile.",
                "Someone (or the service itself, as a reply arrived) changed this while your request was running. Nothing of your request was saved; reload and try again."),
            _ when IsUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable, "The database is unavailable.",
                "OutlookWin could not reach its database, or it was busy. Nothing was saved; try again shortly."),
            _ => null,
        };
        if (answer is not { } a)
        {
            return false;
        }

        log.LogWarning(exception, "{Path} answered {Status}", httpContext.Request.Path, a.Status);
        httpContext.Response.StatusCode = a.Status;
        if (a.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Title = a.Title, Detail = a.Detail, Status = a.Status },
            Exception = exception,
        });
    }

    private static bool IsDuplicate(Exception e) => e.InnerException switch
    {
        Npgsql.PostgresException { SqlState: "23505" } => true,
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => true,
        _ => false,
    };

    private static bool IsUnavailable(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case Npgsql.NpgsqlException { IsTransient: true }:
                case System.Net.Sockets.SocketException:
                case TimeoutException:
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer held the file too long.
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
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
