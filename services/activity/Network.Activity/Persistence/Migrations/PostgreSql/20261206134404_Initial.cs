using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Activity.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyTotals",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventsPublished = table.Column<int>(type: "integer", nullable: false),
                    EventsCancelled = table.Column<int>(type: "integer", nullable: false),
                    Registrations = table.Column<int>(type: "integer", nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false),
                    EventNoShows = table.Column<int>(type: "integer", nullable: false),
                    RecordedRegistered = table.Column<int>(type: "integer", nullable: false),
                    SeatsAtLimitedEvents = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    ReferralsSent = table.Column<int>(type: "integer", nullable: false),
                    ReferralsAccepted = table.Column<int>(type: "integer", nullable: false),
                    ReferralsDeclined = table.Column<int>(type: "integer", nullable: false),
                    ReferralsCompleted = table.Column<int>(type: "integer", nullable: false),
                    ReferralNoShows = table.Column<int>(type: "integer", nullable: false),
                    ReferralsExpired = table.Column<int>(type: "integer", nullable: false),
                    ReferralsCancelled = table.Column<int>(type: "integer", nullable: false),
                    ReferralsOpen = table.Column<int>(type: "integer", nullable: false),
                    ReferralsAnswered = table.Column<int>(type: "integer", nullable: false),
                    Loans = table.Column<int>(type: "integer", nullable: false),
                    LoanDays = table.Column<int>(type: "integer", nullable: false),
                    LoansOverdue = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyTotals", x => new { x.Day, x.Commune });
                });

            migrationBuilder.CreateTable(
                name: "EventActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganiserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    SnapshotAsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedSeats = table.Column<int>(type: "integer", nullable: false),
                    AttendanceAsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Registered = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<int>(type: "integer", nullable: false),
                    NoShows = table.Column<int>(type: "integer", nullable: false),
                    WalkIns = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventActivity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ETag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProtectedBody = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Scope, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "ItemActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SnapshotAsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemActivity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoanActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    BorrowerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SnapshotAsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckedOut = table.Column<bool>(type: "boolean", nullable: false),
                    Returned = table.Column<bool>(type: "boolean", nullable: false),
                    LoanDays = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    OverdueNoticed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanActivity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Destination = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockToken = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerReplicas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InseeCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerReplicas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivedMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AggregateId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HoursToAnswer = table.Column<double>(type: "double precision", nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    Declined = table.Column<bool>(type: "boolean", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    NoShow = table.Column<bool>(type: "boolean", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    Expired = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralActivity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationActivity", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyTotals_Commune_Day",
                table: "DailyTotals",
                columns: new[] { "Commune", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActivity_Commune_StartsAt",
                table: "EventActivity",
                columns: new[] { "Commune", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActivity_OrganiserId_StartsAt",
                table: "EventActivity",
                columns: new[] { "OrganiserId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventActivity_StartsAt",
                table: "EventActivity",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_HandledAt",
                table: "InboxMessages",
                column: "HandledAt");

            migrationBuilder.CreateIndex(
                name: "IX_ItemActivity_OwnerId",
                table: "ItemActivity",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanActivity_BorrowerId_From",
                table: "LoanActivity",
                columns: new[] { "BorrowerId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanActivity_From",
                table: "LoanActivity",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_LoanActivity_OwnerId_From",
                table: "LoanActivity",
                columns: new[] { "OwnerId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_LockToken",
                table: "OutboxMessages",
                column: "LockToken");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedMessages_AggregateId",
                table: "ReceivedMessages",
                column: "AggregateId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceivedMessages_OccurredAt_Id",
                table: "ReceivedMessages",
                columns: new[] { "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralActivity_Commune_SentAt",
                table: "ReferralActivity",
                columns: new[] { "Commune", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralActivity_FromPartnerId_SentAt",
                table: "ReferralActivity",
                columns: new[] { "FromPartnerId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralActivity_SentAt",
                table: "ReferralActivity",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralActivity_SentAt_HoursToAnswer",
                table: "ReferralActivity",
                columns: new[] { "SentAt", "HoursToAnswer" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralActivity_ToPartnerId_SentAt",
                table: "ReferralActivity",
                columns: new[] { "ToPartnerId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationActivity_EventId",
                table: "RegistrationActivity",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyTotals");

            migrationBuilder.DropTable(
                name: "EventActivity");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "ItemActivity");

            migrationBuilder.DropTable(
                name: "LoanActivity");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PartnerReplicas");

            migrationBuilder.DropTable(
                name: "ReceivedMessages");

            migrationBuilder.DropTable(
                name: "ReferralActivity");

            migrationBuilder.DropTable(
                name: "RegistrationActivity");
        }
    }
}
