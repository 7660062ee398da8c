using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Contracts.Events;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Referrals.Tests;

/// <summary>The contract's rules through HTTP: what is refused and how, and what each side sees.</summary>
public sealed class ReferralRulesApiTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    private static readonly string[] RequiredFields = ["toPartnerId", "resident", "needs", "consent"];
    private static readonly string[] WrongFields = ["consent", "resident.email", "resident.birthYear", "needs"];
    private static readonly string[] UnknownNeed = ["cuisine"];

    [Fact]
    public async Task A_referral_without_consent_or_details_is_400_naming_every_bad_field()
    {
        using var staff = StaffOf(Sender);

        var empty = await staff.PostAsJsonAsync("/api/referrals", new { });
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.All(RequiredFields, field => Assert.True(errors.TryGetProperty(field, out _), field));

        var noConsent = await staff.PostAsJsonAsync(
            "/api/referrals",
            new
            {
                toPartnerId = Receiver,
                resident = new
                {
                    firstName = "Awa",
                    lastName = "Diallo",
                    email = "pas-une-adresse",
                    birthYear = 1850,
                    commune = "Nice",
                },
                needs = UnknownNeed,
            }
        );
        var named = (await noConsent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(WrongFields, field => Assert.True(named.TryGetProperty(field, out _), field));
        Assert.DoesNotContain("toPartnerId", named.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task A_cancellation_reason_on_two_lines_is_400_naming_it_and_a_comment_may_hold_lines()
    {
        var id = await SendAsync();
        using var sender = StaffOf(Sender);

        var comment = await PostAsync(sender, id, "comments", new { text = "Rappeler jeudi.\nAprès 14 h." });
        var cancel = await PostAsync(sender, id, "cancel", new { reason = "Déménagement\r\nX-Autre: valeur" });

        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cancel.StatusCode);
        Assert.Equal(
            ["reason"],
            (await cancel.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .EnumerateObject()
                .Select(error => error.Name)
        );
        Assert.Equal("sent", (await GetJsonAsync(sender, $"/api/referrals/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_comment_sent_twice_with_the_same_key_is_written_once_and_answered_the_same()
    {
        var id = await SendAsync();
        using var sender = StaffOf(Sender);

        async Task<HttpResponseMessage> CommentAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{id}/comments")
            {
                Content = JsonContent.Create(new { text = "Elle viendra avec sa fille." }),
            };
            request.Headers.Add("Idempotency-Key", "commentaire-double-clic");
            return await sender.SendAsync(request);
        }

        using var first = await CommentAsync();
        using var second = await CommentAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
        );
        Assert.Single((await GetJsonAsync(sender, $"/api/referrals/{id}/comments")).EnumerateArray());
    }

    [Fact]
    public async Task A_suspended_partner_receives_nothing_new_and_its_open_referrals_stay_readable()
    {
        using var staff = StaffOf(Sender);
        var refused = await staff.PostAsJsonAsync("/api/referrals", Body(Suspended));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(
            (await refused.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("toPartnerId", out _)
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await staff.PostAsJsonAsync("/api/referrals", Body(Sender))).StatusCode
        );

        var id = await SendAsync();
        await using (var partners = await TestPublisher.StartAsync(RabbitMq))
        {
            await AnnounceAsync(partners, Receiver, "suspended");
        }

        await Eventually.AssertAsync(
            async () =>
                (await staff.PostAsJsonAsync("/api/referrals", Body(Receiver))).StatusCode == HttpStatusCode.BadRequest,
            "the receiver's suspension reaches the replica"
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await staff.GetAsync(new Uri($"/api/referrals/{id}", UriKind.Relative))).StatusCode
        );
    }

    [Fact]
    public async Task An_illegal_step_is_409_naming_the_current_status_and_a_stale_etag_is_412()
    {
        var id = await SendAsync();
        using var receiver = StaffOf(Receiver);
        (await PostAsync(receiver, id, "decline", new { reason = "pas-de-place" })).EnsureSuccessStatusCode();

        var conflict = await PostAsync(receiver, id, "accept");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("declined", problem.GetProperty("currentStatus").GetString());
        Assert.Contains("declined", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var other = await SendAsync();
        var otherEtag = (await receiver.GetAsync(new Uri($"/api/referrals/{other}", UriKind.Relative)))
            .Headers
            .ETag!
            .Tag;
        await receiver.PostAsJsonAsync($"/api/referrals/{other}/comments", new { text = "ok" });
        (await PostAsync(receiver, other, "accept")).EnsureSuccessStatusCode();
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{other}/no-show");
        stale.Headers.IfMatch.ParseAdd(otherEtag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await receiver.SendAsync(stale)).StatusCode);

        var badReason = await PostAsync(receiver, await SendAsync(), "decline", new { reason = "trop-loin" });
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await PostAsync(StaffOf(Sender), other, "cancel", new { })).StatusCode
        );
    }

    [Fact]
    public async Task An_appointment_outside_the_plausible_years_is_400_and_racing_steps_are_one_success_and_409s()
    {
        var id = await SendAsync();
        using var receiver = StaffOf(Receiver);
        foreach (var appointmentAt in new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z" })
        {
            var refused = await PostAsync(receiver, id, "accept", new { appointmentAt });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True(
                (await refused.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("errors")
                    .TryGetProperty("appointmentAt", out _)
            );
        }

        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(StaffOf(Receiver), id, "accept")));
        Assert.Equal(1, racing.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(racing.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode)
        );
    }

    [Fact]
    public async Task Lists_show_a_first_name_and_initial_the_full_record_is_logged_erasure_keeps_the_anonymous_record()
    {
        var id = await SendAsync();
        using var senderAdmin = AdminOf(Sender);

        var item = (await GetJsonAsync(StaffOf(Receiver), "/api/referrals?box=received")).GetProperty("items")[0];
        Assert.Equal(
            (Resident.FirstName, "K."),
            (
                item.GetProperty("resident").GetProperty("firstName").GetString(),
                item.GetProperty("resident").GetProperty("lastNameInitial").GetString()
            )
        );
        Assert.Empty(Resident.FoundIn(item.ToString()).Except([Resident.FirstName]));

        await GetJsonAsync(StaffOf(Receiver), $"/api/referrals/{id}");
        await GetJsonAsync(senderAdmin, $"/api/referrals/{id}");
        await GetJsonAsync(StaffOf(Receiver), $"/api/referrals/{id}/comments");
        var log = (await GetJsonAsync(senderAdmin, $"/api/referrals/{id}/access-log")).EnumerateArray().ToList();
        Assert.Equal([Receiver, Sender, Receiver], log.Select(entry => entry.GetProperty("partnerId").GetGuid()));

        (await PostAsync(senderAdmin, id, "erase")).EnsureSuccessStatusCode();
        var erased = await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}");
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("resident").GetProperty("lastName").ValueKind);
        Assert.Equal(
            ("cancelled", "Nice"),
            (
                erased.GetProperty("status").GetString(),
                erased.GetProperty("resident").GetProperty("commune").GetString()
            )
        );
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await StaffOf(Sender).PostAsJsonAsync($"/api/referrals/{id}/comments", new { text = "encore" })).StatusCode
        );
        var reasons = (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}/history"))
            .EnumerateArray()
            .Select(e => e.GetProperty("reason").GetString());
        Assert.Equal([null, "erased", "erased-request"], reasons);
    }

    [Fact]
    public async Task The_events_answers_are_written_to_the_history_and_an_absence_is_a_no_show()
    {
        var eventId = await PublishedEventAsync();
        var id = await SendAsync(eventId);
        (await PostAsync(StaffOf(Receiver), id, "accept")).EnsureSuccessStatusCode();
        await using var events = await TestPublisher.StartAsync(RabbitMq);

        var answer = Guid.NewGuid();
        await events.PublishAsync(
            new ReferralRegistrationWaitlisted(id, eventId, Guid.NewGuid(), 2, DateTimeOffset.UtcNow),
            answer
        );
        await events.PublishAsync(
            new ReferralRegistrationWaitlisted(id, eventId, Guid.NewGuid(), 2, DateTimeOffset.UtcNow),
            answer
        );
        // Attendance is recorded after the event, long after the registration's answer: the test keeps that order.
        await Eventually.AssertAsync(
            async () =>
                (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}"))
                    .GetProperty("eventRegistration")
                    .GetString() == "waitlisted",
            "the registration's answer is recorded"
        );
        await events.PublishAsync(
            new ReferralAttendanceRecorded(id, eventId, false, DateTimeOffset.UtcNow),
            Guid.NewGuid()
        );

        await Eventually.AssertAsync(
            async () =>
                (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}/history"))
                    .EnumerateArray()
                    .Any(e => e.GetProperty("to").GetString() == "no-show"),
            "the absence closes the referral"
        );
        var history = (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}/history")).EnumerateArray().ToList();
        Assert.Single(history, e => e.GetProperty("reason").GetString() == "event-waitlisted");
        Assert.Equal(
            "waitlisted",
            (await GetJsonAsync(StaffOf(Sender), $"/api/referrals/{id}")).GetProperty("eventRegistration").GetString()
        );
    }

    [Fact]
    public async Task Needs_are_served_with_french_labels()
    {
        var needs = await GetJsonAsync(StaffOf(Third), "/api/referrals/needs");
        var caf = needs.EnumerateArray().Single(need => need.GetProperty("code").GetString() == "demarches-caf");
        Assert.StartsWith("Démarches CAF", caf.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Contains(needs.EnumerateArray(), need =>
            need.GetProperty("code").GetString() == "parentalite-numerique"
        );
    }

    [Fact]
    public async Task The_openapi_document_describes_the_routes_and_the_choices()
    {
        using var anonymous = Anonymous();
        var document = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("Referrals service", document, StringComparison.Ordinal);
        Assert.Contains("/api/referrals/{id}/consent/withdraw", document, StringComparison.Ordinal);
        Assert.Contains("/api/referrals/{id}/access-log", document, StringComparison.Ordinal);
    }
}
