using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>
/// Through a real SMTP server: the coordinator hears of each new application at the address of
/// <c>Notices:CoordinatorEmail</c>; a structure hears of its approval and of its suspension, with the reason, at the
/// contact e-mail of its profile.
/// </summary>
public sealed class PartnerNoticesTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    private const string Portal = "https://portail.example.org/";
    private const string CoordinatorMail = "coordination@reseau.example.org";
    private const string StructureMail = "accueil@paillon.example.org";

    protected override bool SendsMail => true;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Notices:PortalUrl"] = Portal;
        settings["Notices:CoordinatorEmail"] = CoordinatorMail;
    }

    [Fact]
    public async Task The_coordinator_hears_of_an_application_and_the_structure_of_its_approval_and_suspension()
    {
        using var newcomer = Newcomer();
        var applied = await newcomer.PostAsJsonAsync("/api/partners", Profile());
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var application = Assert.Single(
            await Inbox.WaitForAsync(
                m => m.Subject == "Nouvelle demande d'adhésion : Espace de vie sociale du Paillon (Drap)",
                1,
                "the coordinator hears of the application"
            )
        );
        Assert.Equal(CoordinatorMail, application.To.Mailboxes.Single().Address);
        Assert.Contains($"{Portal}coordination/structures/{id}", application.TextBody, StringComparison.Ordinal);

        using var coordinator = Coordinator();
        (await coordinator.PostAsJsonAsync($"/api/partners/{id}/approve", new { })).EnsureSuccessStatusCode();
        var welcome = Assert.Single(
            await Inbox.WaitForAsync(
                m => m.Subject == "Bienvenue dans le réseau : Espace de vie sociale du Paillon",
                1,
                "the structure hears of its approval"
            )
        );
        Assert.Equal(StructureMail, welcome.To.Mailboxes.Single().Address);
        Assert.Contains(
            "La demande d'adhésion de Espace de vie sociale du Paillon (Drap) est approuvée le ",
            welcome.TextBody,
            StringComparison.Ordinal
        );

        (
            await coordinator.PostAsJsonAsync(
                $"/api/partners/{id}/suspend",
                new { reason = "Convention à renouveler." }
            )
        ).EnsureSuccessStatusCode();
        var suspended = Assert.Single(
            await Inbox.WaitForAsync(
                m => m.Subject == "Structure suspendue : Espace de vie sociale du Paillon",
                1,
                "the structure hears of its suspension"
            )
        );
        Assert.Equal(StructureMail, suspended.To.Mailboxes.Single().Address);
        Assert.Contains("Motif : Convention à renouveler.", suspended.TextBody, StringComparison.Ordinal);
        Assert.Equal(3, Inbox.Messages.Count);
    }

    [Fact]
    public async Task A_welcome_the_structure_s_server_refuses_is_listed_for_its_staff_and_the_coordinator_s_is_not()
    {
        Inbox.Refuse(StructureMail);
        Inbox.Refuse(CoordinatorMail);
        using var newcomer = Newcomer();
        var applied = await newcomer.PostAsJsonAsync("/api/partners", Profile());
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var coordinator = Coordinator();
        (await coordinator.PostAsJsonAsync($"/api/partners/{id}/approve", new { })).EnsureSuccessStatusCode();

        const string path = "/api/partners/notices/undelivered";
        using var staff = StaffOf(id);
        await Eventually.AssertAsync(
            async () => (await staff.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32() == 1,
            "the refused welcome is listed for the structure"
        );
        var item = Assert.Single(
            (await staff.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()
        );
        Assert.Equal(
            ("partner-approved", id),
            (item.GetProperty("kind").GetString(), item.GetProperty("subjectId").GetGuid())
        );
        Assert.Empty(Inbox.Messages);
    }
}
