using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SenderTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Authentication",
                table: "replies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "none");

            migrationBuilder.AddColumn<string>(
                name: "AuthenticationResults",
                table: "replies",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SenderRole",
                table: "replies",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "lead_engineer");

            migrationBuilder.AddColumn<long>(
                name: "SenderAcknowledgedAt",
                table: "declarations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderAcknowledgedBy",
                table: "declarations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderToAcknowledge",
                table: "declarations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Authentication",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "AuthenticationResults",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "SenderRole",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "SenderAcknowledgedAt",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "SenderAcknowledgedBy",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "SenderToAcknowledge",
                table: "declarations");
        }
    }
}
