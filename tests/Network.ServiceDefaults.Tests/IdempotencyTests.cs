using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Idempotency;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.ServiceDefaults.Tests;

/// <summary>The same create sent twice with one <c>Idempotency-Key</c> creates one thing and answers the
/// same.</summary>
public sealed class IdempotencyTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task A_repeated_key_returns_the_first_response_and_creates_nothing_new()
    {
        using var client = ClientWithKey(TestUser.Staff(PartnerA), "retry-1");

        var first = await client.PostAsJsonAsync("/api/notes", new { text = "once" });
        var second = await client.PostAsJsonAsync("/api/notes", new { text = "once" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Contains(IdempotencyKey.ReplayedHeaderName));
        Assert.Equal(1, await Service.WithDbAsync(db => db.Notes.CountAsync()));
        Assert.Equal(1, await Service.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_key_reused_for_another_request_is_422()
    {
        using var client = ClientWithKey(TestUser.Staff(PartnerA), "retry-2");

        await client.PostAsJsonAsync("/api/notes", new { text = "first" });
        var other = await client.PostAsJsonAsync("/api/notes", new { text = "something else" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await Service.WithDbAsync(db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        using var alice = ClientWithKey(TestUser.Staff(PartnerA), "shared-key");
        using var bob = ClientWithKey(TestUser.Staff(PartnerA), "shared-key");

        Assert.Equal(
            HttpStatusCode.Created,
            (await alice.PostAsJsonAsync("/api/notes", new { text = "same" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Created,
            (await bob.PostAsJsonAsync("/api/notes", new { text = "same" })).StatusCode
        );
        Assert.Equal(2, await Service.WithDbAsync(db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task A_key_used_again_for_another_partner_is_a_new_request()
    {
        var user = TestUser.Staff(PartnerA, PartnerB);
        using var forA = ClientWithKey(user, "two-structures", PartnerA);
        using var forB = ClientWithKey(user, "two-structures", PartnerB);

        var first = await forA.PostAsJsonAsync("/api/notes", new { text = "same" });
        var second = await forB.PostAsJsonAsync("/api/notes", new { text = "same" });

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains(IdempotencyKey.ReplayedHeaderName));
        Assert.Equal(PartnerA, (await first.Content.ReadFromJsonAsync<Sample.Note>())!.PartnerId);
        Assert.Equal(PartnerB, (await second.Content.ReadFromJsonAsync<Sample.Note>())!.PartnerId);
        Assert.Equal(2, await Service.WithDbAsync(db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task A_rejected_request_is_replayed_as_rejected_and_its_record_holds_no_clear_text()
    {
        using var client = ClientWithKey(TestUser.Staff(PartnerA, PartnerB), "no-partner");

        var first = await client.PostAsJsonAsync("/api/notes", new { text = "secret words" });
        var second = await client.PostAsJsonAsync("/api/notes", new { text = "secret words" });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var stored = await Service.WithDbAsync(db => db.IdempotencyRecords.SingleAsync());
        Assert.DoesNotContain(
            "X-Partner-Id",
            System.Text.Encoding.UTF8.GetString(stored.ProtectedBody!),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_overlong_key_is_400()
    {
        using var client = ClientWithKey(TestUser.Staff(PartnerA), new string('k', IdempotencyKey.MaxLength + 1));
        var response = await client.PostAsJsonAsync("/api/notes", new { text = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Service.WithDbAsync(db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task A_key_whose_first_request_never_finished_can_be_used_again()
    {
        var user = TestUser.Staff(PartnerA);
        await Service.WithDbAsync(db =>
        {
            db.IdempotencyRecords.Add(
                new Idempotency.IdempotencyRecord
                {
                    Scope = $"user:{user.Subject}/partner:{PartnerA}",
                    Key = "interrupted",
                    Fingerprint = new string('0', 64),
                    CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                }
            );
            return db.SaveChangesAsync();
        });

        using var client = ClientWithKey(user, "interrupted");
        var response = await client.PostAsJsonAsync("/api/notes", new { text = "again" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private HttpClient ClientWithKey(TestUser user, string key, Guid? actingPartner = null)
    {
        var client = Service.Client(Infrastructure.Issuer.TokenFor(user), actingPartner);
        client.DefaultRequestHeaders.Add(IdempotencyKey.HeaderName, key);
        return client;
    }
}
