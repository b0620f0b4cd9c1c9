using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReplyTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerTenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Variant = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Recipients = table.Column<string>(type: "text", nullable: false),
                    PlanSnapshot = table.Column<string>(type: "text", nullable: false),
                    LeadEngineerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    DraftMessageId = table.Column<string>(type: "text", nullable: true),
                    DraftWebLink = table.Column<string>(type: "text", nullable: true),
                    SentMessageId = table.Column<string>(type: "text", nullable: true),
                    InternetMessageId = table.Column<string>(type: "text", nullable: true),
                    ConversationId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReturnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_declarations_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mail_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubscriptionId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ChangeType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LifecycleEvent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MessageId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_sessions",
                columns: table => new
                {
                    OwnerTenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SessionKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailbox_sessions", x => new { x.OwnerTenantId, x.OwnerObjectId });
                });

            migrationBuilder.CreateTable(
                name: "mailbox_watches",
                columns: table => new
                {
                    OwnerTenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    SubscriptionId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ClientState = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeltaLink = table.Column<string>(type: "text", nullable: true),
                    LastSyncAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResyncRequested = table.Column<bool>(type: "boolean", nullable: false),
                    SessionKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Problem = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailbox_watches", x => new { x.OwnerTenantId, x.OwnerObjectId });
                });

            migrationBuilder.CreateTable(
                name: "seen_messages",
                columns: table => new
                {
                    OwnerTenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seen_messages", x => new { x.OwnerTenantId, x.OwnerObjectId, x.MessageId });
                });

            migrationBuilder.CreateTable(
                name: "token_cache",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Value = table.Column<byte[]>(type: "bytea", nullable: false),
                    AbsoluteExpiration = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SlidingExpiration = table.Column<TimeSpan>(type: "interval", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_token_cache", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerTenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    InternetMessageId = table.Column<string>(type: "text", nullable: true),
                    FromEmail = table.Column<string>(type: "text", nullable: false),
                    FromName = table.Column<string>(type: "text", nullable: true),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MatchedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Mime = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    ReplyText = table.Column<string>(type: "text", nullable: false),
                    Reading = table.Column<string>(type: "text", nullable: false),
                    ReturnDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_replies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_replies_declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OwnerTenantId_OwnerObjectId_CreatedAt",
                table: "declarations",
                columns: new[] { "OwnerTenantId", "OwnerObjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_PlanId",
                table: "declarations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_mail_notifications_ProcessedAt_NotBefore",
                table: "mail_notifications",
                columns: new[] { "ProcessedAt", "NotBefore" });

            migrationBuilder.CreateIndex(
                name: "IX_mailbox_watches_SubscriptionId",
                table: "mailbox_watches",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_replies_DeclarationId_ReceivedAt",
                table: "replies",
                columns: new[] { "DeclarationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_replies_OwnerTenantId_OwnerObjectId_MessageId",
                table: "replies",
                columns: new[] { "OwnerTenantId", "OwnerObjectId", "MessageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_token_cache_ExpiresAt",
                table: "token_cache",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "mail_notifications");

            migrationBuilder.DropTable(
                name: "mailbox_sessions");

            migrationBuilder.DropTable(
                name: "mailbox_watches");

            migrationBuilder.DropTable(
                name: "replies");

            migrationBuilder.DropTable(
                name: "seen_messages");

            migrationBuilder.DropTable(
                name: "token_cache");

            migrationBuilder.DropTable(
                name: "declarations");
        }
    }
}
