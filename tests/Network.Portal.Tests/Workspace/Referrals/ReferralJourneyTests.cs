using System.Text.Json;
using Microsoft.Playwright;
using Network.Portal.Tests.Pages;
using Network.Testing;

namespace Network.Portal.Tests.Workspace.Referrals;

/// <summary>
/// A referral's whole life through the pages, by the demo structures' staff, checked against the API after each step:
/// sent with a seat at the receiver's workshop, accepted, completed by the attendance recorded at the workshop,
/// followed by the sender on its timeline, and its data read and erased by an admin.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class ReferralJourneyTests(PortalFixture portal)
{
    /// <summary>Long enough for the referral to be sent and accepted before the workshop starts, as acceptance
    /// requires; the attendance is recorded once it has.</summary>
    private static readonly TimeSpan WorkshopLead = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_referral_with_a_seat_is_sent_accepted_completed_by_attendance_then_its_data_erased()
    {
        var startsAt = DateTimeOffset.UtcNow + WorkshopLead;
        var workshop = await ReferralData.PublishGrasseWorkshopAsync(portal, "Atelier allocations en ligne", startsAt);

        var id = await SendWithSeatAsync();
        var sent = await ReferralData.RecordAsync(portal, id);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(workshop, sent.GetProperty("eventId").GetGuid());
        Assert.Equal("Lambert", sent.GetProperty("resident").GetProperty("lastName").GetString());
        Assert.Equal("oral", sent.GetProperty("consent").GetProperty("method").GetString());
        Assert.Equal(["demarches-caf"], sent.GetProperty("needs").EnumerateArray().Select(n => n.GetString()));

        await AcceptAsync(id);
        Assert.Equal("accepted", (await ReferralData.RecordAsync(portal, id)).GetProperty("status").GetString());

        await RecordAttendanceAsync(workshop, startsAt, id);
        await Eventually.AssertAsync(
            async () => (await ReferralData.RecordAsync(portal, id)).GetProperty("status").GetString() == "completed",
            "the attendance recorded at the workshop completes the referral"
        );

        await using (var sender = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/orientations/{id}"))
        {
            var timeline = sender.Page.Locator(".timeline li");
            await Assertions.Expect(timeline).ToHaveCountAsync(4);
            await Assertions
                .Expect(timeline)
                .ToContainTextAsync([
                    "Orientation envoyée",
                    "Acceptée",
                    "La personne est inscrite à l'atelier",
                    "Terminée : la personne est venue à l'atelier",
                ]);
            await sender.Page.AssertNoAxeViolationsAsync("orientation terminée, historique");
            await sender.Page.ScreenshotAsync("orientation-terminee");
        }

        await ReadAccessLogAndEraseAsync(id);
        var erased = await ReferralData.RecordAsync(portal, id);
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("resident").GetProperty("firstName").ValueKind);
        Assert.Equal(JsonValueKind.String, erased.GetProperty("erasedAt").ValueKind);
    }

    private async Task<Guid> SendWithSeatAsync()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/orientations");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Orienter une personne" }).ClickAsync();
        await page.GetByLabel("Nom de la structure ou mot-clé").FillAsync("Grasse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Choisir {ReferralData.Receiver}" }).ClickAsync();

        await page.GetByLabel("Démarches CAF (allocations, prime d'activité)").CheckAsync();
        await page.GetByLabel("Prénom").FillAsync("Odette");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Lambert");
        await page.GetByLabel("Commune où vit la personne").FillAsync("Grasse");
        await page.GetByLabel("Téléphone").FillAsync("06 11 22 33 44");
        await page.GetByLabel("Atelier allocations en ligne").CheckAsync();
        await page.GetByLabel("À l'oral").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Relire avant d'envoyer" }).ClickAsync();

        await Assertions
            .Expect(
                page.GetByRole(AriaRole.Heading, new() { Name = $"Envoyer l'orientation à {ReferralData.Receiver} ?" })
            )
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("nouvelle orientation, confirmation");
        await page.ScreenshotAsync("orientation-nouvelle-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'orientation" }).ClickAsync();

        await Assertions
            .Expect(page.GetByText($"L'orientation est envoyée à {ReferralData.Receiver}."))
            .ToBeVisibleAsync();
        await page.ScreenshotAsync("orientation-envoyee");
        return Guid.Parse(new Uri(page.Url).Segments[^1]);
    }

    private async Task AcceptAsync(Guid id)
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.GrasseStaff, "/espace/orientations");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Odette L." }).ClickAsync();
        Assert.EndsWith($"/espace/orientations/{id}", page.Url, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("orientation reçue");
        await page.ScreenshotAsync("orientation-recue");

        await page.GetByLabel("Message joint à l'acceptation").FillAsync("Nous l'attendons à l'atelier.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'orientation" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accepter l'orientation ?" }))
            .ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'orientation" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'orientation est acceptée")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("orientation acceptée");
        await page.ScreenshotAsync("orientation-acceptee");
    }

    /// <summary>The workshop's organiser records the referred resident present once it has started (the workshop pages
    /// are another part of the portal: through the API).</summary>
    private async Task RecordAttendanceAsync(Guid workshop, DateTimeOffset startsAt, Guid referral)
    {
        JsonElement registration = default;
        await Eventually.AssertAsync(
            async () =>
            {
                var attendees = await Workshops.AttendeesAsync(portal, workshop, DemoUsers.GrasseStaff);
                registration = attendees.FirstOrDefault(a =>
                    a.TryGetProperty("referralId", out var value)
                    && value.ValueKind == JsonValueKind.String
                    && value.GetGuid() == referral
                );
                return registration.ValueKind == JsonValueKind.Object;
            },
            "the accepted referral registers the resident at the workshop"
        );

        var wait = startsAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        using var organiser = await PlatformApi.AsAsync(portal, DemoUsers.GrasseStaff);
        await organiser.PostAsync(
            $"/api/events/{workshop}/attendance",
            new { present = new[] { registration.GetProperty("id").GetGuid() }, walkIns = 0 }
        );
    }

    private async Task ReadAccessLogAndEraseAsync(Guid id)
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Admin, $"/espace/orientations/{id}");
        var page = tab.Page;
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Consultations des données de la personne" });
        await Assertions.Expect(log).ToContainTextAsync(DemoUsers.Staff);
        await Assertions.Expect(log).ToContainTextAsync(DemoUsers.GrasseStaff);
        await Assertions.Expect(log).ToContainTextAsync(DemoUsers.Admin);
        await page.AssertNoAxeViolationsAsync("orientation, journal des consultations");
        await page.ScreenshotAsync("orientation-journal");

        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer les données" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Effacer les données de la personne ?" }))
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("orientation, confirmation de l'effacement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Effacer les données" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Les données de la personne sont effacées.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Lambert")).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync("orientation effacée");
        await page.ScreenshotAsync("orientation-effacee");
    }
}
