using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Api;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Seeding;
using Network.ServiceDefaults.Validation;

namespace Network.Partners.Seeding;

/// <summary>
/// Local mode only (<c>Seed:Demo</c>): registers the demo network's partners — a dozen structures across the
/// Alpes-Maritimes — so that a newcomer sees a living network. Each goes through the same validation as a
/// partner's own profile. Partners already there are left as they are.
/// </summary>
internal sealed class DemoNetworkSeeder(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    private const string Resource = "Network.Partners.Seeding.demo-partners.json";
    private const string SeededBy = "demo-network";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var demo = await ReadAsync(cancellationToken);
        var ids = demo.Select(seed => seed.Id).ToList();
        await SeedOnce.RunAsync(
            db,
            async token => await db.Partners.CountAsync(partner => ids.Contains(partner.Id), token) == ids.Count,
            async token =>
            {
                var existing = await db
                    .Partners.Where(partner => ids.Contains(partner.Id))
                    .Select(partner => partner.Id)
                    .ToListAsync(token);
                foreach (var (id, request) in demo.Where(seed => !existing.Contains(seed.Id)))
                {
                    var errors = await scope.ServiceProvider.ValidateAsync(request, token);
                    if (errors.Count > 0)
                    {
                        throw new InvalidOperationException(
                            $"Demo partner {id} is invalid: {JsonSerializer.Serialize(errors)}"
                        );
                    }

                    var partner = Partner.Register(
                        id,
                        request.ToProfile(),
                        byCoordinator: true,
                        SeededBy,
                        time.GetUtcNow()
                    );
                    db.Partners.Add(partner);
                    db.Publish(PartnerEvents.Registered(partner), time);
                }
            },
            cancellationToken
        );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<List<(Guid Id, PartnerProfileRequest Request)>> ReadAsync(
        CancellationToken cancellationToken
    )
    {
        await using var stream = typeof(DemoNetworkSeeder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from the assembly.");
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return
        [
            .. document
                .RootElement.EnumerateArray()
                .Select(item =>
                    (
                        item.GetProperty("id").GetGuid(),
                        item.Deserialize<PartnerProfileRequest>(JsonSerializerOptions.Web)!
                    )
                ),
        ];
    }
}
