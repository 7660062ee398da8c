using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Activity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DailyTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyTotals",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Commune = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EventsPublished = table.Column<int>(type: "int", nullable: false),
                    EventsCancelled = table.Column<int>(type: "int", nullable: false),
                    Registrations = table.Column<int>(type: "int", nullable: false),
                    Attendance = table.Column<int>(type: "int", nullable: false),
                    EventNoShows = table.Column<int>(type: "int", nullable: false),
                    RecordedRegistered = table.Column<int>(type: "int", nullable: false),
                    SeatsAtLimitedEvents = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    ReferralsSent = table.Column<int>(type: "int", nullable: false),
                    ReferralsAccepted = table.Column<int>(type: "int", nullable: false),
                    ReferralsDeclined = table.Column<int>(type: "int", nullable: false),
                    ReferralsCompleted = table.Column<int>(type: "int", nullable: false),
                    ReferralNoShows = table.Column<int>(type: "int", nullable: false),
                    ReferralsExpired = table.Column<int>(type: "int", nullable: false),
                    ReferralsCancelled = table.Column<int>(type: "int", nullable: false),
                    ReferralsOpen = table.Column<int>(type: "int", nullable: false),
                    ReferralsAnswered = table.Column<int>(type: "int", nullable: false),
                    Loans = table.Column<int>(type: "int", nullable: false),
                    LoanDays = table.Column<int>(type: "int", nullable: false),
                    LoansOverdue = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyTotals", x => new { x.Day, x.Commune });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyTotals_Commune_Day",
                table: "DailyTotals",
                columns: new[] { "Commune", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyTotals");
        }
    }
}
