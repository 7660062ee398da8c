using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Partners.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartnerProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Partners_Status",
                table: "Partners");

            migrationBuilder.AlterColumn<string>(
                name: "Address_Street",
                table: "Partners",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Accessibility_Notes",
                table: "Partners",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_Wheelchair",
                table: "Partners",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CommuneKey",
                table: "Partners",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Contact_Email",
                table: "Partners",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contact_Phone",
                table: "Partners",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Contact_Website",
                table: "Partners",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Labels",
                table: "Partners",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OpeningHours",
                table: "Partners",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Publics",
                table: "Partners",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Partners",
                type: "nvarchar(max)",
                maxLength: 4300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Services",
                table: "Partners",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Siret",
                table: "Partners",
                type: "nvarchar(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerStatusChanges_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Address_Latitude_Address_Longitude",
                table: "Partners",
                columns: new[] { "Address_Latitude", "Address_Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Address_PostalCode",
                table: "Partners",
                column: "Address_PostalCode");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_CommuneKey",
                table: "Partners",
                column: "CommuneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Kind",
                table: "Partners",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Status_Name",
                table: "Partners",
                columns: new[] { "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerStatusChanges_PartnerId_At",
                table: "PartnerStatusChanges",
                columns: new[] { "PartnerId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Address_Latitude_Address_Longitude",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Address_PostalCode",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_CommuneKey",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Kind",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Status_Name",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Accessibility_Notes",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Accessibility_Wheelchair",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "CommuneKey",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Contact_Email",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Contact_Phone",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Contact_Website",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Labels",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "OpeningHours",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Publics",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Services",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "Siret",
                table: "Partners");

            migrationBuilder.AlterColumn<string>(
                name: "Address_Street",
                table: "Partners",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Status",
                table: "Partners",
                column: "Status");
        }
    }
}
