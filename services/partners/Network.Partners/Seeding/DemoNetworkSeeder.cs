using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Api;
using Network.Partners.Domain;
using Network.Partners.Persistence;

namespace Network.Partners.Seeding;

/// <summary>
/// Local mode only (<c>Seed:Demo</c>): registers the demo network's partners — a dozen structures across the
/// Alpes-Maritimes — so that a newcomer sees a living network. Partners already there are left as they are.
/// </summary>
internal sealed class DemoNetworkSeeder(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    private const string Resource = "Network.Partners.Seeding.demo-partners.json";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnersDbContext>();
        var demo = await ReadAsync(cancellationToken);
        var ids = demo.Select(partner => partner.Id).ToList();
        var existing = await db.Partners.Where(partner => ids.Contains(partner.Id)).Select(partner => partner.Id).ToListAsync(cancellationToken);

        foreach (var seed in demo.Where(partner => !existing.Contains(partner.Id)))
        {
            var address = seed.Address;
            var partner = Partner.Register(
                seed.Id,
                seed.Name,
                seed.Kind,
                seed.Description,
                new Address(address.Street, address.PostalCode, address.Commune, address.InseeCode, address.Latitude, address.Longitude),
                byCoordinator: true,
                time.GetUtcNow());
            db.Partners.Add(partner);
            db.Publish(PartnerEvents.Registered(partner), time);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<List<DemoPartner>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoNetworkSeeder).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from the assembly.");
        return await JsonSerializer.DeserializeAsync<List<DemoPartner>>(stream, JsonSerializerOptions.Web, cancellationToken) ?? [];
    }
}
