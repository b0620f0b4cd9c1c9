using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvidenceHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvidenceHead",
                table: "declarations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EvidenceLength",
                table: "declarations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceSeal",
                table: "declarations",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvidenceHead",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "EvidenceLength",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "EvidenceSeal",
                table: "declarations");
        }
    }
}
