using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supersede : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupersedeReason",
                table: "declarations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "declarations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededBy",
                table: "declarations",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SupersedeReason",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "SupersededBy",
                table: "declarations");
        }
    }
}
