using Microsoft.OpenApi;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Hosting;

public static class SwaggerSetup
{
    public static IServiceCollection AddOutlookWinSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "OutlookWin API",
                Version = "v1",
                Description = "Drafts the Formal Technical Win Declaration from the Mutual Success Plan, and keeps the prospect's written confirmation as evidence.",
            });
            c.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The add-in's Entra ID access token (scope access_as_user).",
            });
            c.AddSecurityDefinition("devUser", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = DevUserAuthenticationHandler.Header,
                Description = "Development only: the email address to sign in as.",
            });
            c.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("bearer", document)] = [],
            });
            c.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("devUser", document)] = [],
            });
        });
        return services;
    }

    /// <summary>Swagger UI at <c>/swagger</c> (Development, or when Api:Swagger is on).</summary>
    public static WebApplication UseOutlookWinSwagger(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSwagger();
        app.UseSwaggerUI(o => o.DocumentTitle = "OutlookWin API");
        return app;
    }
}
