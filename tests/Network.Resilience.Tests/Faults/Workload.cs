using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Faults;

/// <summary>
/// Writes across the services through the gateway, as the network's users make them: the coordinator creates partners,
/// partner A publishes events that residents register to, sends referrals to partner B and lends B its equipment.
/// Each accepted write is counted in <see cref="Done"/>; a refused one fails the test, unless it is a registration
/// the events service waitlisted.
/// </summary>
internal sealed class Workload : IDisposable
{
    private readonly HttpClient _coordinator;
    private readonly HttpClient _staffA;
    private readonly HttpClient _adminA;
    private readonly HttpClient _staffB;
    private readonly HttpClient _anonymous;

    private Workload(
        HttpClient coordinator,
        HttpClient staffA,
        HttpClient adminA,
        HttpClient staffB,
        HttpClient anonymous
    ) => (_coordinator, _staffA, _adminA, _staffB, _anonymous) = (coordinator, staffA, adminA, staffB, anonymous);

    public Writes Done { get; } = new();

    public static async Task<Workload> StartAsync(RunningPlatform platform, bool retryWhenUnavailable = false) =>
        new(
            await platform.ClientAsync(DemoUsers.Coordinator),
            await platform.ClientAsync(DemoUsers.StaffA),
            await platform.ClientAsync(DemoUsers.AdminA),
            await platform.ClientAsync(DemoUsers.StaffB),
            await platform.ClientAsync(null)
        )
        {
            RetryWhenUnavailable = retryWhenUnavailable,
        };

    /// <summary>
    /// A mixed burst: <paramref name="rounds"/> rounds, each of a partner created, an event published with four
    /// registrations, a referral, and every third round a loan (registered item, reservation, hand-over): 10 or 13
    /// writes a round.
    /// </summary>
    public async Task MixedAsync(int rounds, int parallel = 4) =>
        await Parallel.ForEachAsync(
            Enumerable.Range(0, rounds),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (round, _) =>
            {
                await CreatePartnerAsync();
                var published = await PublishEventAsync(capacity: 40);
                for (var seats = 1; seats <= 4; seats++)
                {
                    await RegisterAsync(published, seats % 3 + 1);
                }

                await SendReferralAsync();
                if (round % 3 == 0)
                {
                    await LendAsync();
                }
            }
        );

    /// <summary>Partners created by the coordinator, each followed by a registration to one event of partner
    /// A.</summary>
    public async Task PartnersAsync(int count, int parallel)
    {
        var published = await PublishEventAsync(capacity: 2 * count);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (_, _) =>
            {
                await CreatePartnerAsync();
                await RegisterAsync(published, 1);
            }
        );
    }

    public async Task<Guid> CreatePartnerAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var created = await PostAsync(
            _coordinator,
            "/api/partners",
            new
            {
                name = $"Espace numérique {suffix}",
                kind = "centre-social",
                address = new
                {
                    street = "12 avenue de la République",
                    postalCode = "06300",
                    commune = "Nice",
                },
            }
        );
        var id = created.GetProperty("id").GetGuid();
        Done.PartnerCreated(id);
        return id;
    }

    public async Task<Guid> PublishEventAsync(int capacity)
    {
        var startsAt = DateTimeOffset.UtcNow.Date.AddDays(10 + Random.Shared.Next(30)).AddHours(14);
        var created = await PostAsync(
            _staffA,
            "/api/events",
            new
            {
                title = $"Atelier numérique : premiers pas ({Guid.NewGuid().ToString("N")[..6]})",
                category = "atelier-numerique",
                startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero),
                endsAt = new DateTimeOffset(startsAt.AddHours(2), TimeSpan.Zero),
                location = new
                {
                    name = "Centre social Les Moulins",
                    postalCode = "06200",
                    commune = "Nice",
                },
                capacity,
            }
        );
        var id = created.GetProperty("id").GetGuid();
        await PostAsync(_staffA, $"/api/events/{id}/publish", null);
        Done.EventPublished();
        return id;
    }

    /// <summary>A resident registers; answers the status (confirmed or waitlisted).</summary>
    public async Task<string> RegisterAsync(Guid eventId, int seats)
    {
        var registration = await PostAsync(
            _anonymous,
            $"/api/events/{eventId}/registrations",
            new { firstName = "Awa", seats }
        );
        var status = registration.GetProperty("status").GetString()!;
        if (status == "confirmed")
        {
            Done.SeatsConfirmed(seats);
        }

        return status;
    }

    public async Task SendReferralAsync()
    {
        await PostAsync(
            _staffA,
            "/api/referrals",
            new
            {
                toPartnerId = DemoUsers.PartnerB,
                resident = new
                {
                    firstName = "Karim",
                    lastName = "Benali",
                    phone = "0612345678",
                    commune = "Nice",
                },
                needs = new[] { "demarches-caf" },
                urgency = "normal",
                consent = new { method = "oral", obtainedAt = DateTimeOffset.UtcNow.AddMinutes(-5) },
            }
        );
        Done.ReferralSent();
    }

    /// <summary>Partner A registers a tablet, partner B reserves it for tomorrow (no approval needed), A hands it
    /// over.</summary>
    public async Task LendAsync()
    {
        var item = (
            await PostAsync(
                _adminA,
                "/api/equipment",
                new
                {
                    name = "Tablette de prêt",
                    category = "tablet",
                    shareable = true,
                    loanRules = new
                    {
                        maxDays = 3,
                        bufferHours = 2,
                        requiresApproval = false,
                    },
                    components = Array.Empty<string>(),
                }
            )
        ).GetProperty("id").GetGuid();
        var from = DateTimeOffset.UtcNow.AddDays(1);
        var reservation = (
            await PostAsync(
                _staffB,
                $"/api/equipment/{item}/reservations",
                new
                {
                    from,
                    to = from.AddHours(6),
                    purpose = "Atelier tablette",
                }
            )
        ).GetProperty("id").GetGuid();
        await PostAsync(_adminA, $"/api/equipment/reservations/{reservation}/checkout", null);
        Done.LoanHandedOver();
    }

    /// <summary>The referrals partner A sent and partner B received, all time, as the referrals service counts
    /// them.</summary>
    public async Task<(int SentByA, int ReceivedByB)> ReferralTotalsAsync()
    {
        var sent = await _staffA.GetFromJsonAsync<JsonElement>(
            new Uri("/api/referrals?box=sent&pageSize=1", UriKind.Relative)
        );
        var received = await _staffB.GetFromJsonAsync<JsonElement>(
            new Uri("/api/referrals?box=received&pageSize=1", UriKind.Relative)
        );
        return (sent.GetProperty("total").GetInt32(), received.GetProperty("total").GetInt32());
    }

    public HttpClient Coordinator => _coordinator;

    public HttpClient StaffA => _staffA;

    public HttpClient Anonymous => _anonymous;

    /// <summary>
    /// Whether a write answered "come back shortly" (502, 503 or 504) is sent again, as a well-behaved client does,
    /// under the same <c>Idempotency-Key</c>, until it is answered otherwise (a minute at most): for the faults that
    /// make a whole service briefly unavailable, such as its database server restarting.
    /// </summary>
    public bool RetryWhenUnavailable { get; init; }

    private async Task<JsonElement> PostAsync(HttpClient client, string path, object? body)
    {
        var key = Guid.NewGuid().ToString("N");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        HttpResponseMessage response;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = JsonContent.Create(body ?? new { }),
            };
            if (RetryWhenUnavailable)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            response = await client.SendAsync(request);
            if (
                !RetryWhenUnavailable
                || DateTime.UtcNow > deadline
                || response.StatusCode
                    is not (
                        HttpStatusCode.BadGateway
                        or HttpStatusCode.ServiceUnavailable
                        or HttpStatusCode.GatewayTimeout
                    )
            )
            {
                break;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait > TimeSpan.FromSeconds(2) ? TimeSpan.FromSeconds(2) : wait);
        }

        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}",
                null,
                response.StatusCode
            );
        }

        Done.Accept();
        return response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
            ? default
            : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose()
    {
        _coordinator.Dispose();
        _staffA.Dispose();
        _adminA.Dispose();
        _staffB.Dispose();
        _anonymous.Dispose();
    }
}
