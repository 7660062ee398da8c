using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Activity.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PartnerContactEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "PartnerReplicas",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "PartnerReplicas");
        }
    }
}
