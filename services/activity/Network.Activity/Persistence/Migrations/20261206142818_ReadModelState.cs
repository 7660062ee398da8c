using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Activity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReadModelState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReadModelState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadModelState", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ReadModelState",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReadModelState");
        }
    }
}
