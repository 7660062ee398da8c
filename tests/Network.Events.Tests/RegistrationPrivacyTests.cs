using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Events;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Identity;
using Network.Testing.RabbitMq;

namespace Network.Events.Tests;

/// <summary>
/// Registrants' names and contacts at rest: encrypted in the database, found again by a keyed hash when the same
/// contact registers twice, and erased on the organiser's admin's request while the seats stay.
/// </summary>
public sealed class RegistrationPrivacyTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    private static readonly string[] Secrets =
    [
        "Perpétue",
        "Vanderlinden",
        "perpetue.vanderlinden@example.org",
        "0677889911",
        "Théodore",
        "0644556677",
    ];

    [SkippableFact]
    public async Task A_database_dump_holds_no_registrant_name_or_contact_in_clear_and_duplicates_are_still_found()
    {
        Skip.If(TestDatabase.Provider != DatabaseProvider.Sqlite, "The dump reads the SQLite file.");
        var eventId = await PublishedEventAsync(capacity: 10);
        using var anonymous = Anonymous();
        var first = await anonymous.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new
            {
                firstName = "Perpétue",
                lastName = "Vanderlinden",
                email = "perpetue.vanderlinden@example.org",
                phone = "06 77 88 99 11",
            }
        );
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var staff = StaffOf(Organiser);
        Assert.Equal(
            HttpStatusCode.Created,
            (
                await staff.PostAsJsonAsync(
                    $"/api/events/{eventId}/registrations",
                    new { firstName = "Théodore", phone = "0644556677" }
                )
            ).StatusCode
        );

        // The same contacts, written otherwise, are recognised: staff get the existing registration back.
        var again = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName = "Perpétue", email = "Perpetue.Vanderlinden@Example.org" }
        );
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var byPhone = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName = "Théodore", phone = "06.44.55.66.77" }
        );
        Assert.Equal(HttpStatusCode.OK, byPhone.StatusCode);
        var attendees = await staff.GetStringAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative));
        Assert.Equal(2, JsonDocument.Parse(attendees).RootElement.GetArrayLength());
        Assert.All(Secrets, secret => Assert.Contains(secret, attendees, StringComparison.Ordinal));

        var dump = await SqliteDump.DumpAsync(Settings["ConnectionStrings:eventsdb"]!);
        Assert.Contains("Café IA", dump, StringComparison.Ordinal);
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, dump, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("PERPETUE.VANDERLINDEN", dump, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_organisers_admins_erase_a_registration_the_seats_stay_and_nobody_else_may()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        using var anonymous = Anonymous();
        var created = await anonymous.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new
            {
                firstName = "Perpétue",
                lastName = "Vanderlinden",
                email = "perpetue.vanderlinden@example.org",
                seats = 3,
            }
        );
        var registration = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var erase = new Uri($"/api/events/{eventId}/registrations/{registration}/erase", UriKind.Relative);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(erase, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StaffOf(Organiser).PostAsync(erase, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StaffOf(OtherPartner).PostAsync(erase, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminOf(OtherPartner).PostAsync(erase, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator().PostAsync(erase, null)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await AdminOf(Organiser)
                    .PostAsync(
                        new Uri($"/api/events/{eventId}/registrations/{Guid.NewGuid()}/erase", UriKind.Relative),
                        null
                    )
            ).StatusCode
        );
        Assert.Contains(
            "Vanderlinden",
            await StaffOf(Organiser).GetStringAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative)),
            StringComparison.Ordinal
        );

        Assert.Equal(HttpStatusCode.NoContent, (await AdminOf(Organiser).PostAsync(erase, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await AdminOf(Organiser).PostAsync(erase, null)).StatusCode);

        var attendee = Assert.Single(
            (
                await StaffOf(Organiser)
                    .GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative))
            ).EnumerateArray()
        );
        Assert.DoesNotContain("Perpétue", attendee.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(
            (JsonValueKind.Null, JsonValueKind.Null, 3, "confirmed"),
            (
                attendee.GetProperty("lastName").ValueKind,
                attendee.GetProperty("email").ValueKind,
                attendee.GetProperty("seats").GetInt32(),
                attendee.GetProperty("status").GetString()
            )
        );
        Assert.Equal(
            3,
            (await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}", UriKind.Relative)))
                .GetProperty("seatsTaken")
                .GetInt32()
        );
    }

    private HttpClient AdminOf(Guid partner) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Admin(partner)));

    private HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));
}
