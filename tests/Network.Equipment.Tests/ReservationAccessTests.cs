using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Equipment.Tests;

/// <summary>
/// Each reservation route for each role: the owner's users answer requests and hand items over, the borrower's
/// extend, either cancels; a third partner does not know the loan exists; the coordinator takes part in none.
/// </summary>
public sealed class ReservationAccessTests(TestInfrastructure infrastructure) : PoolTest(infrastructure)
{
    [Fact]
    public async Task Any_active_partners_staff_ask_for_a_shared_item_and_the_owner_gets_it_at_once()
    {
        var item = await RegisterItemAsync(requiresApproval: true);
        var kept = await RegisterItemAsync(shareable: false);

        var asked = await ReserveAsync(item, Borrower, 24, 4);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var request = await JsonAsync(asked);
        Assert.Equal("requested", request.GetProperty("status").GetString());
        Assert.Equal(
            $"/api/equipment/reservations/{request.GetProperty("id").GetGuid()}",
            asked.Headers.Location!.OriginalString
        );
        Assert.Equal(
            "requested",
            (await JsonAsync(await ReserveAsync(item, Third, 24, 4))).GetProperty("status").GetString()
        );
        Assert.Equal(
            "approved",
            (await JsonAsync(await ReserveAsync(item, Owner, 24, 4, AdminOf(Owner)))).GetProperty("status").GetString()
        );
        Assert.Equal(HttpStatusCode.NotFound, (await ReserveAsync(kept, Borrower, 24, 4)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReserveAsync(kept, Owner, 48, 4)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReserveAsync(item, Borrower, 24, 4, Anonymous())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReserveAsync(item, Borrower, 24, 4, Coordinator())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReserveAsync(item, Borrower, 24, 4, Newcomer())).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await ReserveAsync(item, Borrower, 24, 4, StaffOf(Guid.NewGuid()))).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await ReserveAsync(Guid.NewGuid(), Borrower, 24, 4)).StatusCode);
    }

    [Fact]
    public async Task A_bad_request_names_every_field_and_a_long_one_is_refused()
    {
        var item = await RegisterItemAsync(maxDays: 2);
        var bad = await StaffOf(Borrower)
            .PostAsJsonAsync(
                $"/api/equipment/{item}/reservations",
                new { from = DateTimeOffset.UtcNow.AddDays(-2), to = DateTimeOffset.UtcNow.AddDays(-3) }
            );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["from", "purpose", "to"],
            (await JsonAsync(bad))
                .GetProperty("errors")
                .EnumerateObject()
                .Select(e => e.Name)
                .Order(StringComparer.Ordinal)
        );

        var tooLong = await ReserveAsync(item, Borrower, 24, (24 * 2) + 1);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await JsonAsync(tooLong)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.Created, (await ReserveAsync(item, Borrower, 24, 24 * 2)).StatusCode);
    }

    [Fact]
    public async Task Only_the_owners_users_approve_and_reject_and_a_third_partner_does_not_see_the_request()
    {
        var item = await RegisterItemAsync();
        var first = await ReservedAsync(item, Borrower, 24, 4);
        var second = await ReservedAsync(item, Borrower, 26, 4);
        var path = $"/api/equipment/reservations/{first}";

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(StaffOf(Borrower), $"{path}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(StaffOf(Third), $"{path}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Coordinator(), $"{path}/approve")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(Third).GetAsync(new Uri(path, UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await PostAsync(StaffOf(Borrower), $"{path}/reject", new { reason = "non" })).StatusCode
        );

        Assert.Equal(
            "approved",
            (await JsonAsync(await PostAsync(AdminOf(Owner), $"{path}/approve"))).GetProperty("status").GetString()
        );
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(StaffOf(Owner), $"{path}/approve")).StatusCode);

        // The second overlaps the first, approved meanwhile: approving it is refused with the window that holds.
        var clash = await PostAsync(StaffOf(Owner), $"/api/equipment/reservations/{second}/approve");
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var conflict = (await JsonAsync(clash)).GetProperty("conflict");
        Assert.Equal(
            (await JsonAsync(await StaffOf(Owner).GetAsync(new Uri(path, UriKind.Relative))))
                .GetProperty("from")
                .GetDateTimeOffset(),
            conflict.GetProperty("from").GetDateTimeOffset()
        );

        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await PostAsync(StaffOf(Owner), $"/api/equipment/reservations/{second}/reject", new { reason = " " })
            ).StatusCode
        );
        var rejected = await JsonAsync(
            await PostAsync(
                StaffOf(Owner),
                $"/api/equipment/reservations/{second}/reject",
                new { reason = "Déjà prêté ce jour-là." }
            )
        );
        Assert.Equal(
            ("rejected", "Déjà prêté ce jour-là."),
            (rejected.GetProperty("status").GetString(), rejected.GetProperty("rejectionReason").GetString())
        );
    }

    [Fact]
    public async Task The_borrower_or_the_owner_cancels_and_no_one_else()
    {
        var item = await RegisterItemAsync(requiresApproval: false);
        var byBorrower = await ReservedAsync(item, Borrower, 24, 4);
        var byOwner = await ReservedAsync(item, Borrower, 48, 4);

        Assert.Equal(
            HttpStatusCode.NotFound,
            (await PostAsync(StaffOf(Third), $"/api/equipment/reservations/{byBorrower}/cancel")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await PostAsync(Coordinator(), $"/api/equipment/reservations/{byBorrower}/cancel")).StatusCode
        );
        Assert.Equal(
            "cancelled",
            (await JsonAsync(await PostAsync(StaffOf(Borrower), $"/api/equipment/reservations/{byBorrower}/cancel")))
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal(
            "cancelled",
            (await JsonAsync(await PostAsync(StaffOf(Owner), $"/api/equipment/reservations/{byOwner}/cancel")))
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await PostAsync(StaffOf(Owner), $"/api/equipment/reservations/{byOwner}/cancel")).StatusCode
        );

        // The window is free again.
        Assert.Equal(HttpStatusCode.Created, (await ReserveAsync(item, Third, 24, 4)).StatusCode);
    }

    [Fact]
    public async Task Hand_over_and_return_are_the_owners_and_extension_the_borrowers()
    {
        var item = await RegisterItemAsync(requiresApproval: false, maxDays: 3);
        var loan = await ReservedAsync(item, Borrower, 1, 24);
        var path = $"/api/equipment/reservations/{loan}";

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(StaffOf(Borrower), $"{path}/checkout")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(StaffOf(Third), $"{path}/checkout")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await PostAsync(StaffOf(Owner), $"{path}/extend", new { to = Now.AddHours(30) })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await PostAsync(StaffOf(Third), $"{path}/extend", new { to = Now.AddHours(30) })).StatusCode
        );

        Assert.Equal(
            "checked-out",
            (await JsonAsync(await StaffOf(Owner).PostAsync(new Uri($"{path}/checkout", UriKind.Relative), null)))
                .GetProperty("status")
                .GetString()
        );
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(StaffOf(Borrower), $"{path}/cancel")).StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (await PostAsync(StaffOf(Borrower), $"{path}/extend", new { to = Now.AddHours(30) })).StatusCode
        );

        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await PostAsync(StaffOf(Borrower), $"{path}/return", new { condition = "good" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await PostAsync(StaffOf(Third), $"{path}/return", new { condition = "good" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await PostAsync(StaffOf(Owner), $"{path}/return", new { notes = "rendu" })).StatusCode
        );
        var back = await JsonAsync(
            await PostAsync(StaffOf(Owner), $"{path}/return", new { condition = "fair", notes = "Un peu rayé." })
        );
        Assert.Equal(
            ("returned", "fair", "Un peu rayé."),
            (
                back.GetProperty("status").GetString(),
                back.GetProperty("returnCondition").GetString(),
                back.GetProperty("notes").GetString()
            )
        );
    }

    [Fact]
    public async Task Each_side_lists_its_own_reservations_and_the_item_page_hides_others_purposes()
    {
        var item = await RegisterItemAsync(requiresApproval: false);
        var mine = await ReservedAsync(item, Borrower, 24, 4);
        var theirs = await ReservedAsync(item, Third, 48, 4);

        Assert.Equal([mine], await ListAsync(StaffOf(Borrower), "as=borrower"));
        Assert.Empty(await ListAsync(StaffOf(Borrower), "as=owner"));
        Assert.Equal(2, (await ListAsync(StaffOf(Owner), "as=owner&status=approved")).Count);
        Assert.Empty(await ListAsync(StaffOf(Owner), "as=owner&status=requested"));
        Assert.Equal([theirs], await ListAsync(StaffOf(Third), ""));
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Coordinator().GetAsync(new Uri("/api/equipment/reservations", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await StaffOf(Owner)
                    .GetAsync(new Uri("/api/equipment/reservations?as=friend&status=lost", UriKind.Relative))
            ).StatusCode
        );

        var page = await StaffOf(Borrower)
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/{item}", UriKind.Relative));
        var upcoming = page.GetProperty("upcomingReservations").EnumerateArray().ToList();
        Assert.Equal(
            ["Centre social Les Moulins", "CCAS de Menton"],
            upcoming.Select(r => r.GetProperty("borrowerName").GetString())
        );
        Assert.Equal("Atelier numérique du mardi", upcoming[0].GetProperty("purpose").GetString());
        Assert.Equal(JsonValueKind.Null, upcoming[1].GetProperty("purpose").ValueKind);
        var coordinatorView = await Coordinator()
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/equipment/{item}", UriKind.Relative));
        Assert.All(coordinatorView.GetProperty("upcomingReservations").EnumerateArray(), r =>
            Assert.Equal(JsonValueKind.Null, r.GetProperty("purpose").ValueKind)
        );
    }

    private static async Task<List<Guid>> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/equipment/reservations?{query}", UriKind.Relative)
        );
        return [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];
    }
}
