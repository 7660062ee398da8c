using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Events.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EventAccessibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_EasyToRead",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_HearingLoop",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_SignLanguage",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_SubtitlesOrWrittenSupport",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_VisualImpairment",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Accessibility_Wheelchair",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Accessibility_EasyToRead",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Accessibility_HearingLoop",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Accessibility_SignLanguage",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Accessibility_SubtitlesOrWrittenSupport",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Accessibility_VisualImpairment",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Accessibility_Wheelchair",
                table: "Events");
        }
    }
}
