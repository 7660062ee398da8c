using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Partners;
using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.RabbitMq;

namespace Network.Partners.Tests.Members;

/// <summary>
/// A partner's members live in the identity provider: approving an application makes its applicant the admin,
/// admins invite, change roles and remove, and every change is kept and published without anyone's name.
/// </summary>
public sealed class MembersTests(TestInfrastructure infrastructure) : MembersTest(infrastructure)
{
    [Fact]
    public async Task Approving_an_application_makes_the_applicant_its_admin_in_their_next_token()
    {
        using var applicant = await AsDemoUserAsync("nouvelle.structure");
        var id = await ApplyAsync(applicant, "Tiers-lieu du Paillon");
        using var coordinator = Coordinator();
        var pending = await coordinator.GetFromJsonAsync<JsonElement>(new Uri($"/api/partners/{id}", UriKind.Relative));
        Assert.Equal("nouvelle.structure", pending.GetProperty("applicant").GetProperty("username").GetString());

        var approved = await coordinator.PostAsJsonAsync($"/api/partners/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        await Eventually.AssertAsync(
            async () =>
            {
                var claims = Claims(await Identity.TokenAsync("nouvelle.structure"));
                return PartnerIds(claims).Contains(id) && RealmRoles(claims).Contains("partner-admin");
            },
            "the applicant's token carries the partner and partner-admin"
        );
        var members = await MembersAsync(coordinator, id);
        Assert.Equal("partner-admin", Assert.Single(members).GetProperty("role").GetString());
        var changes = await Service.WithScopeAsync<PartnersDbContext, int>(db =>
            db.MemberChanges.CountAsync(change => change.PartnerId == id && change.Change == "added")
        );
        Assert.Equal(1, changes);

        var archived = await coordinator.PostAsJsonAsync($"/api/partners/{id}/archive", new { });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        await Eventually.AssertAsync(
            async () =>
            {
                var claims = Claims(await Identity.TokenAsync("nouvelle.structure"));
                return PartnerIds(claims).Count == 0 && !RealmRoles(claims).Contains("partner-admin");
            },
            "the archived partner's admin works for no partner again"
        );
    }

    [Fact]
    public async Task An_admin_invites_a_colleague_changes_their_role_and_removes_them_each_change_published()
    {
        await using var added = await MessageProbe.StartAsync<PartnerMemberAdded>(RabbitMq);
        await using var removed = await MessageProbe.StartAsync<PartnerMemberRemoved>(RabbitMq);
        using var admin = await AsDemoUserAsync("admin.moulins");
        var invitation = new
        {
            email = "Lea.Fontvieille@example.org",
            firstName = "Léa",
            lastName = "Fontvieille",
            role = "partner-staff",
        };

        var invited = await admin.PostAsJsonAsync($"/api/partners/{Moulins}/members", invitation);
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var member = await invited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("lea.fontvieille@example.org", member.GetProperty("email").GetString());
        Assert.True(member.GetProperty("pending").GetBoolean());
        var userId = member.GetProperty("userId").GetString()!;
        Assert.EndsWith($"/api/partners/{Moulins}/members/{userId}", invited.Headers.Location!.ToString());
        Assert.Contains(Directory.GetFiles(Identity.MailFolder), file =>
            File.ReadAllText(file).Contains("lea.fontvieille@example.org", StringComparison.Ordinal)
        );

        var again = await admin.PostAsJsonAsync($"/api/partners/{Moulins}/members", invitation);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var promoted = await admin.PutAsJsonAsync(
            $"/api/partners/{Moulins}/members/{userId}",
            new { role = "partner-admin" }
        );
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        var listed = await MembersAsync(admin, Moulins);
        Assert.Equal(
            "partner-admin",
            listed.Single(m => m.GetProperty("userId").GetString() == userId).GetProperty("role").GetString()
        );

        var gone = await admin.DeleteAsync(new Uri($"/api/partners/{Moulins}/members/{userId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, gone.StatusCode);
        Assert.DoesNotContain(await MembersAsync(admin, Moulins), m => m.GetProperty("userId").GetString() == userId);

        var kinds = await Service.WithScopeAsync<PartnersDbContext, List<string>>(db =>
            db.MemberChanges.Where(change => change.MemberId == userId).Select(change => change.Change).ToListAsync()
        );
        Assert.Equal(["invited", "role-changed", "removed"], kinds);
        await Eventually.AssertAsync(
            () => Task.FromResult(added.Deliveries.Count == 1 && removed.Deliveries.Count == 1),
            "the invitation and the removal are published"
        );
        Assert.DoesNotContain("Fontvieille", added.Deliveries.Single().Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.org", added.Deliveries.Single().Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partner_keeps_at_least_one_admin()
    {
        using var admin = await AsDemoUserAsync("admin.moulins");
        var adminId = IdOf(await MembersAsync(admin, Moulins), "admin.moulins");

        var removed = await admin.DeleteAsync(new Uri($"/api/partners/{Moulins}/members/{adminId}", UriKind.Relative));
        var demoted = await admin.PutAsJsonAsync(
            $"/api/partners/{Moulins}/members/{adminId}",
            new { role = "partner-staff" }
        );

        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        var claims = Claims(await Identity.TokenAsync("admin.moulins"));
        Assert.Contains(Moulins, PartnerIds(claims));
        Assert.Contains("partner-admin", RealmRoles(claims));
    }

    [Fact]
    public async Task Only_the_partners_admins_and_the_coordinator_manage_its_members()
    {
        var path = new Uri($"/api/partners/{Moulins}/members", UriKind.Relative);
        using var coordinator = Coordinator();
        using var admin = AdminOf(Moulins);
        using var staff = StaffOf(Moulins);
        using var otherAdmin = AdminOf(Pasteur);
        using var otherStaff = StaffOf(Pasteur);
        using var anonymous = Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        var invite = new
        {
            email = "x@example.org",
            firstName = "X",
            lastName = "Y",
            role = "partner-staff",
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(path, invite)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.PostAsJsonAsync(path, invite)).StatusCode);
    }

    [Fact]
    public async Task A_person_of_two_partners_keeps_the_other_and_their_role_when_removed_from_one()
    {
        using var admin = await AsDemoUserAsync("admin.vesubie");
        var itinerant = IdOf(await MembersAsync(admin, Vesubie), "conseiller.itinerant");
        var promote = await admin.PutAsJsonAsync(
            $"/api/partners/{Vesubie}/members/{itinerant}",
            new { role = "partner-admin" }
        );
        Assert.Equal(HttpStatusCode.Conflict, promote.StatusCode);

        var removed = await admin.DeleteAsync(
            new Uri($"/api/partners/{Vesubie}/members/{itinerant}", UriKind.Relative)
        );

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var claims = Claims(await Identity.TokenAsync("conseiller.itinerant"));
        Assert.Equal([Guid.Parse("0193a000-0000-7000-8000-00000000000b")], PartnerIds(claims));
        Assert.Contains("partner-staff", RealmRoles(claims));
    }

    [Fact]
    public async Task Inviting_as_admin_a_person_who_is_staff_elsewhere_is_refused()
    {
        using var admin = await AsDemoUserAsync("admin.moulins");
        var email = Claims(await Identity.TokenAsync("conseillere.grasse")).GetProperty("email").GetString();

        var invited = await admin.PostAsJsonAsync(
            $"/api/partners/{Moulins}/members",
            new
            {
                email,
                firstName = "Conseillère",
                lastName = "Grasse",
                role = "partner-admin",
            }
        );

        Assert.Equal(HttpStatusCode.Conflict, invited.StatusCode);
        var claims = Claims(await Identity.TokenAsync("conseillere.grasse"));
        Assert.DoesNotContain(Moulins, PartnerIds(claims));
        Assert.DoesNotContain("partner-admin", RealmRoles(claims));
    }

    [Fact]
    public async Task Archiving_a_partner_takes_it_from_every_member()
    {
        using var coordinator = Coordinator();
        var archived = await coordinator.PostAsJsonAsync($"/api/partners/{Moulins}/archive", new { });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);

        await Eventually.AssertAsync(
            async () =>
            {
                var claims = Claims(await Identity.TokenAsync("mediateur.moulins"));
                return !PartnerIds(claims).Contains(Moulins) && !RealmRoles(claims).Contains("partner-staff");
            },
            "the archived partner's staff lose it and their role"
        );
        var admin = Claims(await Identity.TokenAsync("admin.moulins"));
        Assert.Empty(PartnerIds(admin));
        Assert.DoesNotContain("partner-admin", RealmRoles(admin));
    }
}
