using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OverrideAt",
                table: "declarations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideBy",
                table: "declarations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "declarations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideVerdict",
                table: "declarations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SentMime",
                table: "declarations",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evidence_chain",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
