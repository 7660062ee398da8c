using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace.Referrals;

/// <summary>The steps of a referral the journey does not take, each confirmed on its page and checked against the
/// API: an appointment, what was done, a no-show, a cancellation, a withdrawal of consent.</summary>
[Collection(PortalFixture.Collection)]
public sealed class ReferralStepsTests(PortalFixture portal)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task The_receiver_accepts_with_an_appointment_then_completes_or_notes_that_the_person_did_not_come()
    {
        var appointed = await ReferralData.SendAsync(portal, "Paul", "Rendezvous");
        var absent = await ReferralData.SendAsync(portal, "Nina", "Absente");
        using (var receiver = await PlatformApi.AsAsync(portal, DemoUsers.GrasseStaff))
        {
            await receiver.PostAsync($"/api/referrals/{absent}/accept", new { });
        }

        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.GrasseStaff,
            $"/espace/orientations/{appointed}"
        );
        var page = tab.Page;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime).AddDays(3);
        await page.GetByLabel("Jour (facultatif)", new() { Exact = true })
            .FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Heure (facultatif)", new() { Exact = true }).FillAsync("14:30");
        await ConfirmAsync(page, "Accepter l'orientation", "Accepter l'orientation ?");
        await Assertions.Expect(page.GetByText("L'orientation est acceptée")).ToBeVisibleAsync();
        var local = day.ToDateTime(new TimeOnly(14, 30));
        Assert.Equal(
            new DateTimeOffset(local, Paris.GetUtcOffset(local)),
            (await Record(appointed)).GetProperty("appointmentAt").GetDateTimeOffset()
        );

        await page.GetByLabel("Ce qui a été fait").FillAsync("Compte CAF créé, attestation imprimée.");
        await ConfirmAsync(page, "Terminer l'orientation", "Terminer l'orientation ?");
        await Assertions.Expect(page.Locator(".notice-success")).ToHaveTextAsync("L'orientation est terminée.");
        var completed = await Record(appointed);
        Assert.Equal(
            ("completed", "Compte CAF créé, attestation imprimée."),
            (completed.GetProperty("status").GetString(), completed.GetProperty("outcome").GetString())
        );

        await page.GotoAsync($"/espace/orientations/{absent}");
        await ConfirmAsync(page, "Noter que la personne n'est pas venue", "La personne n'est pas venue ?");
        await Assertions.Expect(page.GetByText("C'est noté : la personne n'est pas venue.")).ToBeVisibleAsync();
        Assert.Equal("no-show", (await Record(absent)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_sender_cancels_with_a_reason_and_notes_that_the_person_withdrew_consent()
    {
        var cancelled = await ReferralData.SendAsync(portal, "Lucie", "Annulee");
        var withdrawn = await ReferralData.SendAsync(portal, "Marc", "Retrait");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/orientations/{cancelled}");
        var page = tab.Page;

        await page.GetByLabel("Pourquoi ?").FillAsync("Elle a trouvé de l'aide à la mairie.");
        await ConfirmAsync(page, "Annuler l'orientation", "Annuler l'orientation ?");
        await Assertions.Expect(page.GetByText("L'orientation est annulée")).ToBeVisibleAsync();
        var record = await Record(cancelled);
        Assert.Equal(
            ("cancelled", "Elle a trouvé de l'aide à la mairie."),
            (record.GetProperty("status").GetString(), record.GetProperty("cancellationReason").GetString())
        );

        await page.GotoAsync($"/espace/orientations/{withdrawn}");
        await ConfirmAsync(page, "Noter le retrait de l'accord", "La personne retire son accord ?");
        await Assertions.Expect(page.GetByText("Le retrait de l'accord est noté")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Marc Retrait");
        record = await Record(withdrawn);
        Assert.Equal("cancelled", record.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, record.GetProperty("consent").GetProperty("withdrawnAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("resident").GetProperty("lastName").ValueKind);
    }

    /// <summary>The step's button, its confirmation (checked by axe), then the confirmation's button.</summary>
    private static async Task ConfirmAsync(IPage page, string button, string question)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = question })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync($"orientation, confirmation : {question}");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private Task<JsonElement> Record(Guid id) => ReferralData.RecordAsync(portal, id);
}
