using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Contracts.Referrals;
using Network.Referrals.Persistence;
using Network.Testing;

namespace Network.Referrals.Tests;

/// <summary>
/// A referral erased while its <see cref="RegisterResidentForEvent"/> still waits in the outbox (the broker away): the
/// command, which holds the resident's first name and initial, is withdrawn with the erasure and never sent.
/// </summary>
public sealed class ErasureWithdrawsCommandTests(TestInfrastructure infrastructure) : ReferralsTest(infrastructure)
{
    /// <summary>No dispatcher: what the outbox holds stays there, as while the broker is unreachable.</summary>
    protected override void ConfigureServices(IServiceCollection services)
    {
        var dispatcher = services.Single(d =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "OutboxDispatcher"
        );
        services.Remove(dispatcher);
    }

    [Fact]
    public async Task Erasing_a_referral_withdraws_its_unsent_registration_command_and_keeps_the_others()
    {
        var erased = await SendAsync(await PublishedEventAsync());
        var kept = await SendAsync(await PublishedEventAsync());
        using var receiver = StaffOf(Receiver);
        (await PostAsync(receiver, erased, "accept")).EnsureSuccessStatusCode();
        (await PostAsync(receiver, kept, "accept")).EnsureSuccessStatusCode();
        Assert.Equal(2, await UnsentCommandsAsync());

        (await PostAsync(AdminOf(Receiver), erased, "erase")).EnsureSuccessStatusCode();

        var bodies = await Service.WithScopeAsync<ReferralsDbContext, List<string>>(db =>
            db.OutboxMessages.Where(m => m.Destination == RegisterResidentForEvent.Queue && m.SentAt == null)
                .Select(m => m.Body)
                .ToListAsync()
        );
        Assert.Contains(kept.ToString(), Assert.Single(bodies), StringComparison.Ordinal);
        // The erasure's own facts wait beside it, without personal data.
        var facts = await Service.WithScopeAsync<ReferralsDbContext, List<string>>(db =>
            db.OutboxMessages.Where(m => m.Destination == null && m.Body.Contains(erased.ToString()))
                .Select(m => m.Body)
                .ToListAsync()
        );
        Assert.Contains(facts, body => body.Contains("\"cause\":\"request\"", StringComparison.Ordinal));
        Assert.Empty(Resident.FoundIn(string.Join('\n', facts)));
    }

    private Task<int> UnsentCommandsAsync() =>
        Service.WithScopeAsync<ReferralsDbContext, int>(db =>
            db.OutboxMessages.CountAsync(m => m.Destination == RegisterResidentForEvent.Queue && m.SentAt == null)
        );
}
