using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Postgres
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "none");

            migrationBuilder.AddColumn<string>(
                name: "AuthenticationResults",
                table: "replies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SenderRole",
                table: "replies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "lead_engineer");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SenderAcknowledgedAt",
                table: "declarations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderAcknowledgedBy",
                table: "declarations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderToAcknowledge",
                table: "declarations",
                type: "character varying(254)",
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
