using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Partners.Tests.Members;

/// <summary>
/// The identity provider away: the members' routes answer 503 with <c>Retry-After</c>, an approval still succeeds, and
/// its applicant's rights are given once the identity provider answers again: nothing is lost, nothing half done.
/// </summary>
public sealed class UnreachableIdentityTests(TestInfrastructure infrastructure) : MembersTest(infrastructure)
{
    private readonly int _port = FreePort.Next();

    /// <summary>Started at first to read the applicant's id, then stopped: its port answers nothing.</summary>
    protected override Task<DevIdentityServer> StartIdentityAsync() => DevIdentityServer.StartAsync(_port);

    [Fact]
    public async Task An_approval_while_the_identity_provider_is_away_gives_the_rights_once_it_answers()
    {
        using var applicant = await AsDemoUserAsync("nouvelle.structure");
        var id = await ApplyAsync(applicant, "Tiers-lieu de la Roya");
        await Identity.StopAsync();
        using var coordinator = Coordinator();

        var members = await coordinator.GetAsync(new Uri($"/api/partners/{Moulins}/members", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, members.StatusCode);
        Assert.NotNull(members.Headers.RetryAfter);
        Assert.Equal("application/problem+json", members.Content.Headers.ContentType?.MediaType);

        var approved = await coordinator.PostAsJsonAsync($"/api/partners/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await Eventually.AssertAsync(
            () =>
                Service.WithScopeAsync<PartnersDbContext, bool>(db =>
                    db.MembershipTasks.AnyAsync(task =>
                        task.PartnerId == id && task.Attempts > 0 && task.DoneAt == null
                    )
                ),
            "the grant was tried and waits"
        );

        await using var back = await DevIdentityServer.StartAsync(_port, Identity.DataFolder);
        await Eventually.AssertAsync(
            async () =>
            {
                var claims = Claims(await back.TokenAsync("nouvelle.structure"));
                return PartnerIds(claims).Contains(id) && RealmRoles(claims).Contains("partner-admin");
            },
            "the applicant's rights are given once the identity provider answers"
        );
    }
}
