using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace.Overview;

/// <summary>The e-mails a service could not deliver to a structure's contact address open its staff's « Mon espace »,
/// each leading to what it told of, with the way to the address for an admin; a structure without any sees none of
/// it.</summary>
[Collection(PortalFixture.Collection)]
public sealed class UndeliveredMailsTests(PortalFixture portal)
{
    private static readonly Guid Pasteur = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    [Fact]
    public async Task Pasteur_s_admin_sees_the_mails_that_did_not_reach_the_structure_first_and_the_way_to_its_address()
    {
        var referral = Guid.CreateVersion7();
        var loan = Guid.CreateVersion7();
        await FailedNoticeAsync("referralsdb", "ReferralReceived", referral, DateTimeOffset.UtcNow.AddHours(-3));
        await FailedNoticeAsync("equipmentdb", "LoanRequested", loan, DateTimeOffset.UtcNow.AddDays(-2));
        await FailedNoticeAsync("referralsdb", "ReferralReminder", referral, DateTimeOffset.UtcNow.AddDays(-31));

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.PasteurAdmin, "/espace");
        var page = tab.Page;
        var mails = page.GetByRole(AriaRole.Region, new() { Name = "E-mails non remis à votre structure" });
        await Assertions.Expect(mails).ToContainTextAsync("contact@pasteur.example.org");
        Assert.Equal("emails-non-remis-titre", await page.Locator("main h2").First.GetAttributeAsync("id"));
        var rows = mails.GetByRole(AriaRole.Row);
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(
            $"/espace/orientations/{referral}",
            await rows.Nth(1)
                .GetByRole(AriaRole.Link, new() { Name = "Nouvelle orientation" })
                .GetAttributeAsync("href")
        );
        Assert.Equal(
            $"/espace/materiel/prets/{loan}",
            await rows.Nth(2).GetByRole(AriaRole.Link, new() { Name = "Demande de prêt" }).GetAttributeAsync("href")
        );
        Assert.Equal(
            "/espace/structure#email",
            await mails
                .GetByRole(AriaRole.Link, new() { Name = "Vérifier l'adresse de contact de la structure" })
                .GetAttributeAsync("href")
        );
        await page.AssertNoAxeViolationsAsync("mon espace, e-mails non remis");
        await page.ScreenshotAsync("espace-emails-non-remis");

        await using var other = await portal.NewSignedInPageAsync(DemoUsers.GrasseStaff, "/espace");
        await Assertions
            .Expect(other.Page.GetByRole(AriaRole.Heading, new() { Name = "Vos ateliers" }))
            .ToBeVisibleAsync();
        Assert.Equal(0, await other.Page.GetByText("E-mails non remis").CountAsync());
    }

    /// <summary>A notice to Pasteur Connecté that ended failed, written into the service's database as its sender
    /// leaves one: the local platform's mail server accepts every address, so none fails there by itself (the services'
    /// tests have a real server refuse one).</summary>
    private async Task FailedNoticeAsync(string database, string kind, Guid subject, DateTimeOffset createdAt)
    {
        var path = Path.Combine(portal.DataFolder, $"{database}.db");
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO "Notices" ("Id", "Kind", "SubjectId", "RecipientId", "Outcome", "Attempts", "CreatedAt",
                "NextAttemptAt")
            VALUES ($id, $kind, $subject, $recipient, 'Failed', 1, $at, $at)
            """;
        insert.Parameters.AddWithValue("$id", Text(Guid.CreateVersion7(createdAt)));
        insert.Parameters.AddWithValue("$kind", kind);
        insert.Parameters.AddWithValue("$subject", Text(subject));
        insert.Parameters.AddWithValue("$recipient", Text(Pasteur));
        insert.Parameters.AddWithValue("$at", createdAt.UtcTicks);
        await insert.ExecuteNonQueryAsync();
    }

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();
}
