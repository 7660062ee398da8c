using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Seeding;
using Network.ServiceDefaults.Validation;

namespace Network.Referrals.Seeding;

/// <summary>
/// Local mode only (<c>Seed:Demo</c>): a few referrals between the demo partners in several states, with
/// fictitious residents, so that the boxes are not empty. Each goes through the same validation and steps as
/// a partner's own; nothing is seeded once the service holds referrals.
/// </summary>
internal sealed class DemoReferralsSeeder(IServiceScopeFactory scopes, TimeProvider time) : IHostedService
{
    private const string Resource = "Network.Referrals.Seeding.demo-referrals.json";
    private static readonly Actor Demo = new(null, "demo-network", null);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var demo = await ReadAsync(cancellationToken);
        await SeedOnce.RunAsync(
            db,
            token => db.Referrals.AnyAsync(token),
            async token =>
            {
                foreach (var seed in demo)
                {
                    var sentAt = time.GetUtcNow().AddDays(-seed.DaysAgo);
                    var errors = await scope.ServiceProvider.ValidateAsync(seed.Referral, token);
                    if (errors.Count > 0)
                    {
                        throw new InvalidOperationException(
                            $"A demo referral is invalid: {JsonSerializer.Serialize(errors)}"
                        );
                    }

                    var (referral, sent) = Referral.Send(seed.From, seed.Referral.ToDetails(), Demo, sentAt);
                    db.Referrals.Add(referral);
                    db.History.Add(sent);
                    db.Publish(ReferralFacts.Sent(referral, sentAt), time);
                    foreach (var step in Steps(referral, seed.Status, sentAt.AddDays(1)).OfType<ReferralHistoryEntry>())
                    {
                        db.History.Add(step);
                        db.Publish(ReferralFacts.For(referral, step, step.At), time);
                    }
                }
            },
            cancellationToken
        );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<ReferralHistoryEntry?> Steps(Referral referral, string status, DateTimeOffset answeredAt)
    {
        switch (status)
        {
            case "accepted":
                yield return referral.Accept(Demo, answeredAt.AddDays(7), null, answeredAt);
                break;
            case "declined":
                yield return referral.Decline(Demo, DeclineReason.PasDePlace, null, answeredAt);
                break;
            case "completed":
                yield return referral.Accept(Demo, answeredAt.AddDays(3), null, answeredAt);
                yield return referral.Complete(Demo, "Dossier déposé avec la personne.", answeredAt.AddDays(3));
                break;
            case "no-show":
                yield return referral.Accept(Demo, answeredAt.AddDays(3), null, answeredAt);
                yield return referral.MarkNoShow(Demo, null, answeredAt.AddDays(3));
                break;
            default:
                break;
        }
    }

    private static Task<List<DemoReferral>> ReadAsync(CancellationToken cancellationToken) =>
        DemoData.ReadAsync<List<DemoReferral>>(typeof(DemoReferralsSeeder).Assembly, Resource, cancellationToken);

    private sealed record DemoReferral(Guid From, string Status, int DaysAgo, ReferralRequest Referral);
}
