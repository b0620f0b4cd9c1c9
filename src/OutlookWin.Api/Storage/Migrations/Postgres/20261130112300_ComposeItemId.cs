using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookWin.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComposeItemId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComposeItemId",
                table: "declarations",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ComposeItemId",
                table: "declarations");
        }
    }
}
