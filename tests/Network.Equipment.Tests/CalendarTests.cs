using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;

namespace Network.Equipment.Tests;

/// <summary>An item's reservations as an iCalendar feed, for its owner only.</summary>
public sealed class CalendarTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    [Fact]
    public async Task The_owner_reads_the_items_reservations_as_icalendar_and_no_one_else_does()
    {
        var item = await RegisterItemAsync(requiresApproval: true);
        var requested = await ReservedAsync(item, Borrower, 24, 4);
        var cancelled = await ReservedAsync(item, Third, 48, 4);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(StaffOf(Third), $"/api/equipment/reservations/{cancelled}/cancel")).StatusCode
        );
        var path = new Uri($"/api/equipment/{item}/calendar.ics", UriKind.Relative);

        var feed = await StaffOf(Owner).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains($"UID:{requested}@equipment.network", text, StringComparison.Ordinal);
        Assert.Contains("STATUS:TENTATIVE", text, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", text, StringComparison.Ordinal);
        Assert.Contains("Centre social Les Moulins", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("BEGIN:VEVENT").Length - 1);

        Assert.Equal(HttpStatusCode.NotFound, (await StaffOf(Borrower).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StaffOf(Third).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(path)).StatusCode);
    }

    /// <summary>NUL, where the database can hold it: PostgreSQL's text refuses it outright.</summary>
    private static string Nul => TestDatabase.Provider == DatabaseProvider.PostgreSql ? "\u0001" : "\u0000";

    [Fact]
    public async Task No_control_character_stored_in_a_name_or_a_purpose_reaches_the_feed()
    {
        var item = await RegisterItemAsync();
        var reservation = await ReservedAsync(item, Borrower, 24, 4);
        await Service.WithScopeAsync<EquipmentDbContext, int>(async db =>
        {
            // Written as an older version or a message might have stored them: no request rule stands in the way.
            await db
                .Items.Where(i => i.Id == item)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Name, "Portable\u0007\r\nUID:x"));
            await db
                .Reservations.Where(r => r.Id == reservation)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Purpose, $"Atelier\u000b{Nul}du mardi"));
            return await db
                .Partners.Where(p => p.Id == Borrower)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, "Association\u001bPasteur"));
        });

        var text = await StaffOf(Owner)
            .GetStringAsync(new Uri($"/api/equipment/{item}/calendar.ics", UriKind.Relative));

        var lines = text.Split("\r\n");
        Assert.DoesNotContain(string.Concat(lines), c => char.IsControl(c));
        Assert.DoesNotContain(lines, line => line.StartsWith("UID:x", StringComparison.Ordinal));
        Assert.Contains("SUMMARY:Portable   UID:x — Association Pasteur", lines);
    }
}
