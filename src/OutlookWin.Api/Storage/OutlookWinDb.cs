using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Storage;

/// <summary>
/// The API's database. Two provider-specific subclasses carry their own migrations, so SQLite and PostgreSQL
/// each get a schema written for them.
/// </summary>
public abstract class OutlookWinDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys (they encrypt the token cache), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<ReplyRecord> Replies => Set<ReplyRecord>();

    public DbSet<MailNotificationRecord> MailNotifications => Set<MailNotificationRecord>();

    public DbSet<MailboxWatchRecord> MailboxWatches => Set<MailboxWatchRecord>();

    public DbSet<SeenMessageRecord> SeenMessages => Set<SeenMessageRecord>();

    public DbSet<MailboxSessionRecord> MailboxSessions => Set<MailboxSessionRecord>();

    public DbSet<MailboxOwnerRecord> MailboxOwners => Set<MailboxOwnerRecord>();

    public DbSet<EvidenceRecord> Evidence => Set<EvidenceRecord>();

    public DbSet<TokenCacheRecord> TokenCache => Set<TokenCacheRecord>();

    public DbSet<OutboundMailRecord> OutboundMail => Set<OutboundMailRecord>();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by their snake_case names, the same names the API speaks.
        configurationBuilder.Properties<DeclarationState>().HaveConversion<SnakeCaseEnumConverter<DeclarationState>>();
        configurationBuilder.Properties<DeliveryChannel>().HaveConversion<SnakeCaseEnumConverter<DeliveryChannel>>();
        configurationBuilder.Properties<DeclarationVariant>().HaveConversion<SnakeCaseEnumConverter<DeclarationVariant>>();
        configurationBuilder.Properties<ReplyVerdict>().HaveConversion<SnakeCaseEnumConverter<ReplyVerdict>>();
        configurationBuilder.Properties<MatchSignal>().HaveConversion<SnakeCaseEnumConverter<MatchSignal>>();
        configurationBuilder.Properties<OutboundKind>().HaveConversion<SnakeCaseEnumConverter<OutboundKind>>();
        configurationBuilder.Properties<OutboundState>().HaveConversion<SnakeCaseEnumConverter<OutboundState>>();
        configurationBuilder.Properties<SenderRole>().HaveConversion<SnakeCaseEnumConverter<SenderRole>>();
        configurationBuilder.Properties<SenderAuthentication>().HaveConversion<SnakeCaseEnumConverter<SenderAuthentication>>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

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

        modelBuilder.Entity<Declaration>(d =>
        {
            d.ToTable("declarations");
            d.HasKey(x => x.Id);
            d.Ignore(x => x.Owner);
            d.Ignore(x => x.Position);
            d.Ignore(x => x.AwaitsSentCopy);
            d.Ignore(x => x.AwaitsDecision);
            d.Ignore(x => x.IsLive);
            d.Property(x => x.SupersedeReason).HasMaxLength(1000);
            d.Property(x => x.Recipients).HasConversion(JsonConverter<DeclarationRecipients>());
            d.Property(x => x.OwnerTenantId).HasMaxLength(64);
            d.Property(x => x.OwnerObjectId).HasMaxLength(64);
            d.Property(x => x.OwnerEmail).HasMaxLength(254);
            d.Property(x => x.LeadEngineerEmail).HasMaxLength(254);
            d.Property(x => x.State).HasMaxLength(20);
            d.Property(x => x.Delivery).HasMaxLength(20);
            d.Property(x => x.Variant).HasMaxLength(20);
            d.Property(x => x.Subject).HasMaxLength(400);
            d.Property(x => x.ComposeItemId).HasMaxLength(512);
            d.Property(x => x.OverrideVerdict).HasMaxLength(20);
            d.Property(x => x.OverrideReason).HasMaxLength(1000);
            d.Property(x => x.OverrideBy).HasMaxLength(254);
            d.Property(x => x.Version).IsConcurrencyToken();
            d.Property(x => x.EvidenceHead).HasMaxLength(64);
            d.Property(x => x.SenderToAcknowledge).HasMaxLength(254);
            d.Property(x => x.SenderAcknowledgedBy).HasMaxLength(254);
            d.Property(x => x.EvidenceSeal).HasMaxLength(1024);
            d.HasIndex(x => new { x.OwnerTenantId, x.OwnerObjectId, x.CreatedAt });
            d.HasIndex(x => x.PlanId);
            d.HasOne<PlanRecord>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ReplyRecord>(r =>
        {
            r.ToTable("replies");
            r.HasKey(x => x.Id);
            r.Property(x => x.OwnerTenantId).HasMaxLength(64);
            r.Property(x => x.OwnerObjectId).HasMaxLength(64);
            r.Property(x => x.MessageId).HasMaxLength(512);
            r.Property(x => x.Sha256).HasMaxLength(64);
            r.Property(x => x.Verdict).HasMaxLength(20);
            r.Property(x => x.MatchedBy).HasMaxLength(40);
            r.Property(x => x.Reading).HasConversion(JsonConverter<ReplyReading>());
            r.Property(x => x.SenderRole).HasMaxLength(20);
            r.Property(x => x.Authentication).HasMaxLength(20);
            r.Property(x => x.AuthenticationResults).HasMaxLength(200);
            // One message is evidence once, however often Graph tells us about it.
            r.HasIndex(x => new { x.OwnerTenantId, x.OwnerObjectId, x.MessageId }).IsUnique();
            r.HasIndex(x => new { x.DeclarationId, x.ReceivedAt });
            r.HasOne<Declaration>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MailNotificationRecord>(n =>
        {
            n.ToTable("mail_notifications");
            n.HasKey(x => x.Id);
            n.Property(x => x.SubscriptionId).HasMaxLength(128);
            n.Property(x => x.MessageId).HasMaxLength(512);
            n.Property(x => x.ChangeType).HasMaxLength(32);
            n.Property(x => x.LifecycleEvent).HasMaxLength(64);
            n.Property(x => x.Outcome).HasMaxLength(400);
            n.Property(x => x.Version).IsConcurrencyToken();
            n.HasIndex(x => new { x.ProcessedAt, x.NotBefore });
        });

        modelBuilder.Entity<MailboxWatchRecord>(w =>
        {
            w.ToTable("mailbox_watches");
            w.HasKey(x => new { x.OwnerTenantId, x.OwnerObjectId });
            w.Property(x => x.OwnerTenantId).HasMaxLength(64);
            w.Property(x => x.OwnerObjectId).HasMaxLength(64);
            w.Property(x => x.OwnerEmail).HasMaxLength(254);
            w.Property(x => x.SubscriptionId).HasMaxLength(128);
            w.Property(x => x.LeaseHolder).HasMaxLength(200);
            w.Property(x => x.ClientState).HasMaxLength(128);
            w.Property(x => x.SessionKey).HasMaxLength(256);
            w.Property(x => x.Problem).HasMaxLength(400);
            w.Property(x => x.Version).IsConcurrencyToken();
            w.HasIndex(x => x.SubscriptionId);
        });

        modelBuilder.Entity<EvidenceRecord>(e =>
        {
            e.ToTable("evidence_chain");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Actor).HasMaxLength(254);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            // Two writers cannot both add link N: one of them fails and retries on the new end of the chain.
            e.HasIndex(x => new { x.DeclarationId, x.Sequence }).IsUnique();
            e.HasOne<Declaration>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MailboxSessionRecord>(m =>
        {
            m.ToTable("mailbox_sessions");
            m.HasKey(x => new { x.OwnerTenantId, x.OwnerObjectId });
            m.Property(x => x.OwnerTenantId).HasMaxLength(64);
            m.Property(x => x.OwnerObjectId).HasMaxLength(64);
            m.Property(x => x.SessionKey).HasMaxLength(256);
        });

        modelBuilder.Entity<MailboxOwnerRecord>(m =>
        {
            m.ToTable("mailbox_owners");
            m.HasKey(x => new { x.OwnerTenantId, x.OwnerObjectId });
            m.Property(x => x.OwnerTenantId).HasMaxLength(64);
            m.Property(x => x.OwnerObjectId).HasMaxLength(64);
            m.Property(x => x.Address).HasMaxLength(254);
        });

        modelBuilder.Entity<TokenCacheRecord>(t =>
        {
            t.ToTable("token_cache");
            t.HasKey(x => x.Key);
            t.Property(x => x.Key).HasMaxLength(512);
            t.HasIndex(x => x.ExpiresAt);
        });

        modelBuilder.Entity<OutboundMailRecord>(o =>
        {
            o.ToTable("outbound_mail");
            o.HasKey(x => x.Id);
            o.Property(x => x.OwnerTenantId).HasMaxLength(64);
            o.Property(x => x.OwnerObjectId).HasMaxLength(64);
            o.Property(x => x.Kind).HasMaxLength(20);
            o.Property(x => x.State).HasMaxLength(20);
            o.Property(x => x.IdempotencyKey).HasMaxLength(128);
            o.Property(x => x.MailId).HasMaxLength(512);
            o.Property(x => x.MailWebLink).HasMaxLength(2048);
            o.Property(x => x.Detail).HasMaxLength(40);
            o.Property(x => x.Error).HasMaxLength(400);
            // A key names one action of one user: the second request with it finds the first.
            o.HasIndex(x => new { x.OwnerTenantId, x.OwnerObjectId, x.IdempotencyKey }).IsUnique();
            o.HasIndex(x => new { x.DeclarationId, x.Kind, x.State });
            o.HasOne<Declaration>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SeenMessageRecord>(m =>
        {
            m.ToTable("seen_messages");
            m.HasKey(x => new { x.OwnerTenantId, x.OwnerObjectId, x.MessageId });
            m.Property(x => x.OwnerTenantId).HasMaxLength(64);
            m.Property(x => x.OwnerObjectId).HasMaxLength(64);
            m.Property(x => x.MessageId).HasMaxLength(512);
        });
    }

    /// <summary>A value kept as one JSON column (read and written whole).</summary>
    private static ValueConverter<T, string> JsonConverter<T>()
        where T : class =>
        new(v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<T>(s, Json)!);
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
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
            }
        }
    }
}

/// <summary>PostgreSQL flavour, for several API instances sharing one database.</summary>
public sealed class PostgresOutlookWinDb(DbContextOptions<PostgresOutlookWinDb> options) : OutlookWinDb(options);
