using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Events.Tests;

/// <summary>Who may create, see and register; cancelling with the registration's token.</summary>
public sealed class RegistrationAccessTests(TestInfrastructure infrastructure) : OrganiserTest(infrastructure)
{
    [Fact]
    public async Task Only_staff_of_an_active_partner_create_events_and_drafts_stay_private()
    {
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().PostAsJsonAsync("/api/events", EventBody(10))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await StaffOf(Guid.NewGuid()).PostAsJsonAsync("/api/events", EventBody(10))).StatusCode
        );

        var draft = await StaffOf(Organiser).PostAsJsonAsync("/api/events", EventBody(10));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(draft.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffOf(Organiser).GetAsync(draft.Headers.Location)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await StaffOf(OtherPartner).GetAsync(draft.Headers.Location)).StatusCode
        );
    }

    [Fact]
    public async Task A_registration_is_cancelled_with_its_token_and_refused_with_a_wrong_one()
    {
        var eventId = await PublishedEventAsync(capacity: 1);
        var first = await (
            await Anonymous()
                .PostAsJsonAsync(
                    $"/api/events/{eventId}/registrations",
                    new { firstName = "Awa", email = "awa@example.org" }
                )
        ).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (
            await Anonymous()
                .PostAsJsonAsync(
                    $"/api/events/{eventId}/registrations",
                    new { firstName = "Louis", phone = "06 12 34 56 78" }
                )
        ).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("confirmed", first.GetProperty("status").GetString());
        Assert.Equal("waitlisted", second.GetProperty("status").GetString());
        Assert.Equal(1, second.GetProperty("waitlistPosition").GetInt32());

        var path = $"/api/events/{eventId}/registrations/{first.GetProperty("id").GetGuid()}";
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            (await Anonymous().DeleteAsync(new Uri(path, UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await Anonymous().DeleteAsync(new Uri($"{path}?token=not-the-token", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await StaffOf(OtherPartner).DeleteAsync(new Uri(path, UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NoContent,
            (
                await Anonymous()
                    .DeleteAsync(
                        new Uri($"{path}?token={first.GetProperty("cancellationToken").GetString()}", UriKind.Relative)
                    )
            ).StatusCode
        );

        var attendees = await StaffOf(Organiser)
            .GetFromJsonAsync<JsonElement>(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative));
        Assert.Equal(
            ["cancelled", "confirmed"],
            attendees.EnumerateArray().Select(r => r.GetProperty("status").GetString())
        );
    }

    [Fact]
    public async Task Staff_registering_the_same_email_twice_get_the_first_registration_back()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        using var staff = StaffOf(Organiser);
        var first = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new
            {
                firstName = "Awa",
                email = "awa@example.org",
                seats = 2,
            }
        );
        var again = await staff.PostAsJsonAsync(
            $"/api/events/{eventId}/registrations",
            new { firstName = "Awa", email = "AWA@example.org" }
        );

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (a, b) = (
            await first.Content.ReadFromJsonAsync<JsonElement>(),
            await again.Content.ReadFromJsonAsync<JsonElement>()
        );
        Assert.Equal(a.GetProperty("id").GetGuid(), b.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, b.GetProperty("cancellationToken").ValueKind);
    }

    [Fact]
    public async Task Only_the_organisers_staff_read_the_attendee_list()
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        var path = new Uri($"/api/events/{eventId}/registrations", UriKind.Relative);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StaffOf(OtherPartner).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffOf(Organiser).GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("{\"seats\": 1}", "firstName")]
    [InlineData("{\"firstName\": \"Awa\", \"seats\": 11}", "seats")]
    [InlineData("{\"firstName\": \"Awa\", \"seats\": 0}", "seats")]
    [InlineData("{\"firstName\": \"Awa\", \"email\": \"awa@\"}", "email")]
    [InlineData("{\"firstName\": \"Awa\", \"seats\": 5}", "seats")]
    [InlineData("{\"firstName\": \"<b>Awa</b>\"}", "firstName")]
    [InlineData("{\"firstName\": \"Awa\", \"lastName\": \"<script>\"}", "lastName")]
    public async Task A_bad_registration_is_400_naming_the_field(string body, string field)
    {
        var eventId = await PublishedEventAsync(capacity: 10);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await Anonymous()
            .PostAsync(new Uri($"/api/events/{eventId}/registrations", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _)
        );
    }
}
