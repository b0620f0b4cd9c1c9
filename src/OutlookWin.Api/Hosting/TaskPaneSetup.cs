namespace OutlookWin.Api.Hosting;

/// <summary>How the built task pane (and the local Outlook stand-in) are served.</summary>
public sealed class TaskPaneOptions
{
    public const string Section = "TaskPane";

    /// <summary>
    /// Serve the local Outlook stand-in page at <c>/</c>. On in Development; off elsewhere, where only the real
    /// task pane (<c>/taskpane.html</c>) and its assets are served.
    /// </summary>
    public bool ServeStandIn { get; set; }
}

public static class TaskPaneSetup
{
    public static IServiceCollection AddOutlookWinTaskPane(this IServiceCollection services)
    {
        services.AddOptions<TaskPaneOptions>().BindConfiguration(TaskPaneOptions.Section);
        return services;
    }

    /// <summary>Static files of the pane, served before authentication: Outlook loads them without a token.</summary>
    public static WebApplication UseOutlookWinTaskPane(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TaskPaneOptions>>().Value;
        if (!options.ServeStandIn)
        {
            app.Use(async (context, next) =>
            {
                var path = context.Request.Path;
                if (path == "/" || path.StartsWithSegments("/index.html") || path.StartsWithSegments("/standin"))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
            });
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.XContentTypeOptions = "nosniff";
                // Hashed assets never change; HTML must always be re-read so a deploy is picked up.
                ctx.Context.Response.Headers.CacheControl = ctx.File.Name.EndsWith(".html", StringComparison.Ordinal)
                    ? "no-cache"
                    : "public, max-age=31536000, immutable";
            },
        });
        return app;
    }
}
