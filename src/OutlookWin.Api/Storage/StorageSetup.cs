using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;

namespace OutlookWin.Api.Storage;

public static class StorageSetup
{
    private static readonly SqliteTuning Tuning = new();
    private static readonly SqliteWriteGateInterceptor WriteGate = new();

    /// <summary>Registers <see cref="OutlookWinDb"/> on the configured provider.</summary>
    public static IServiceCollection AddOutlookWinStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is Postgres.")
            .ValidateOnStart();

        // Both flavours are registered; the configured one is handed out as OutlookWinDb. Each carries its own
        // migrations, because SQLite and PostgreSQL schemas differ in types.
        // The options are built once per process, not once per unit of work: building them parses the connection string
        // and makes EF look its internal services up again, which cost more than the small queries of a notification.
        services.AddDbContext<SqliteOutlookWinDb>(
            (sp, options) => options.UseSqlite(SqliteConnectionString(
                    sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
                    sp.GetRequiredService<IHostEnvironment>().ContentRootPath))
                .AddInterceptors(Tuning, WriteGate),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgresOutlookWinDb>(
            (sp, options) => options.UseNpgsql(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<OutlookWinDb>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? sp.GetRequiredService<PostgresOutlookWinDb>()
                : sp.GetRequiredService<SqliteOutlookWinDb>());

        // Data Protection keys (the token cache's encryption, the evidence seals) live in the database, so every
        // instance and every restart uses the same ring.
        services.AddDataProtection().SetApplicationName("OutlookWin").PersistKeysToDbContext<OutlookWinDb>();
        // In production, protect them with a certificate kept outside the database (see AddOutlookWinKeyRingProtection).
        return services;
    }

    /// <summary>Creates the data folder for the default SQLite file and resolves relative paths against the content root.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=data/outlookwin.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    /// <summary>Brings the schema up to date before the API takes requests.</summary>
    public static async Task MigrateOutlookWinStorageAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStart)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        await db.Database.MigrateAsync();
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the API.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOutlookWinDb>
{
    public SqliteOutlookWinDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOutlookWinDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server (no connection is opened).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOutlookWinDb>
{
    public PostgresOutlookWinDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOutlookWinDb>().UseNpgsql("Host=localhost;Database=outlookwin").Options);
}
