using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Events.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartnerReplicaPlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InseeCode",
                table: "PartnerReplicas",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "PartnerReplicas",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "PartnerReplicas",
                type: "float",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InseeCode",
                table: "PartnerReplicas");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "PartnerReplicas");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "PartnerReplicas");
        }
    }
}
