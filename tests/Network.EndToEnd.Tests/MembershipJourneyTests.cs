using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.EndToEnd.Tests;

/// <summary>
/// From an application to a team, in local mode and without anybody editing accounts by hand: the coordinator's
/// approval makes the applicant the structure's admin, who publishes a workshop, invites a colleague by e-mail; the
/// colleague chooses a password from that e-mail and works as staff until the admin removes them.
/// </summary>
[Collection(PlatformFixture.Collection)]
public sealed class MembershipJourneyTests(PlatformFixture platform)
{
    private const string Applicant = "nouvelle.structure";
    private const string Colleague = "karim.benali@tiers-lieu-roya.example.org";
    private const string ColleaguePassword = "Le mot de passe de Karim 2026";

    [Fact]
    public async Task An_approved_applicant_publishes_a_workshop_and_manages_their_team()
    {
        using var applicant = await ClientAsAsync(Applicant, Applicant);
        var applied = await applicant.PostAsJsonAsync("/api/partners", Structure());
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using (var coordinator = await ClientAsAsync("coordinatrice", "coordinatrice"))
        {
            var approved = await coordinator.PostAsJsonAsync($"/api/partners/{id}/approve", new { });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        await Eventually.AssertAsync(
            async () => Grants(await TokenAsync(Applicant, Applicant), id, "partner-admin"),
            "a new token of the applicant names the structure and partner-admin"
        );
        using var admin = await ClientAsAsync(Applicant, Applicant);
        var workshop = await PublishWorkshopAsync(admin, id);
        Assert.Equal("published", workshop.GetProperty("status").GetString());

        var invited = await admin.PostAsJsonAsync(
            $"/api/partners/{id}/members",
            new
            {
                email = Colleague,
                firstName = "Karim",
                lastName = "Benali",
                role = "partner-staff",
            }
        );
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var colleagueId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();
        var mail = DevIdentityMail.LatestTo(Path.Combine(platform.DataFolder, "mail"), Colleague);
        Assert.NotNull(mail);
        using (var browser = new HttpClient())
        {
            using var set = await AccountSetup.SetPasswordAsync(browser, mail.ActionLink, ColleaguePassword);
            Assert.True(set.IsSuccessStatusCode);
        }

        Assert.True(Grants(await TokenAsync(Colleague, ColleaguePassword), id, "partner-staff"));

        var removed = await admin.DeleteAsync(new Uri($"/api/partners/{id}/members/{colleagueId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var after = TokenClaims.Of(await TokenAsync(Colleague, ColleaguePassword));
        Assert.Empty(TokenClaims.PartnerIds(after));
        Assert.DoesNotContain("partner-staff", TokenClaims.RealmRoles(after));
    }

    private static bool Grants(string token, Guid partnerId, string role)
    {
        var claims = TokenClaims.Of(token);
        return TokenClaims.PartnerIds(claims).Contains(partnerId) && TokenClaims.RealmRoles(claims).Contains(role);
    }

    private Task<string> TokenAsync(string username, string password) =>
        DevIdentityClient.PasswordTokenAsync(platform.Identity, username, password);

    private async Task<HttpClient> ClientAsAsync(string username, string password) =>
        new HttpClient { BaseAddress = platform.Gateway }.Acting(await TokenAsync(username, password));

    /// <summary>A draft, published: the events service knows the new structure as active once its replica has
    /// the approval, so the creation is tried until then.</summary>
    private static async Task<JsonElement> PublishWorkshopAsync(HttpClient admin, Guid partnerId)
    {
        var start = DateTimeOffset.UtcNow.AddDays(10).Date.AddHours(14);
        HttpResponseMessage? created = null;
        await Eventually.AssertAsync(
            async () =>
            {
                created = await admin.PostAsJsonAsync(
                    "/api/events",
                    new
                    {
                        title = "Premiers pas sur la tablette",
                        description = "Un atelier pour découvrir la tablette, à votre rythme.",
                        category = "atelier-numerique",
                        startsAt = start,
                        endsAt = start.AddHours(2),
                        location = new
                        {
                            name = "Tiers-lieu de la Roya",
                            street = "3 place de la République",
                            postalCode = "06540",
                            commune = "Breil-sur-Roya",
                        },
                        capacity = 8,
                    }
                );
                return created.StatusCode == HttpStatusCode.Created;
            },
            "the events service lets the new structure's admin create a workshop"
        );
        var id = (await created!.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var published = await admin.PostAsJsonAsync($"/api/events/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return await published.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static object Structure() =>
        new
        {
            name = "Tiers-lieu de la Roya",
            kind = "tiers-lieu",
            description = "Un tiers-lieu associatif : accès libre aux ordinateurs et ateliers numériques.",
            address = new
            {
                street = "3 place de la République",
                postalCode = "06540",
                commune = "Breil-sur-Roya",
            },
            contact = new { email = "contact@tiers-lieu-roya.example.org" },
            services = new[] { "aide-aux-demarches-administratives" },
            publics = Array.Empty<string>(),
            labels = Array.Empty<string>(),
        };
}
