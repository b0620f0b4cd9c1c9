using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Evidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverrideAt",
                table: "declarations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideBy",
                table: "declarations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "declarations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideVerdict",
                table: "declarations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SentMime",
                table: "declarations",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evidence_chain",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_chain", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evidence_chain_declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_chain_DeclarationId_Sequence",
                table: "evidence_chain",
                columns: new[] { "DeclarationId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_chain");

            migrationBuilder.DropColumn(
                name: "OverrideAt",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "OverrideBy",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "OverrideVerdict",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "SentMime",
                table: "declarations");
        }
    }
}
