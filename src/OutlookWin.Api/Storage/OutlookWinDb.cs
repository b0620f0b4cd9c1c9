using Microsoft.EntityFrameworkCore;

namespace OutlookWin.Api.Storage;

/// <summary>
/// The API's database. Two provider-specific subclasses carry their own migrations, so SQLite and PostgreSQL
/// each get a schema written for them.
/// </summary>
public abstract class OutlookWinDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PlanRecord>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(p => p.Id);
            plan.Property(p => p.OwnerTenantId).HasMaxLength(64);
            plan.Property(p => p.OwnerObjectId).HasMaxLength(64);
            plan.Property(p => p.Prospect).HasMaxLength(200);
            plan.Property(p => p.DealName).HasMaxLength(200);
            plan.Property(p => p.Version).IsConcurrencyToken();
            plan.HasIndex(p => new { p.OwnerTenantId, p.OwnerObjectId, p.UpdatedAt });
        });
    }
}

/// <summary>SQLite flavour (the default: a single file).</summary>
public sealed class SqliteOutlookWinDb(DbContextOptions<SqliteOutlookWinDb> options) : OutlookWinDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite has no native DateTimeOffset ordering; store UTC ticks so ORDER BY is chronological.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset)))
            {
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
            }
        }
    }
}

/// <summary>PostgreSQL flavour, for several API instances sharing one database.</summary>
public sealed class PostgresOutlookWinDb(DbContextOptions<PostgresOutlookWinDb> options) : OutlookWinDb(options);
