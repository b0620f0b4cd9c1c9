using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboundMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbound_mail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerTenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    MailWebLink = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbound_mail", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outbound_mail_declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbound_mail_DeclarationId_Kind_State",
                table: "outbound_mail",
                columns: new[] { "DeclarationId", "Kind", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_outbound_mail_OwnerTenantId_OwnerObjectId_IdempotencyKey",
                table: "outbound_mail",
                columns: new[] { "OwnerTenantId", "OwnerObjectId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbound_mail");
        }
    }
}
