using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>Attendance is taken with the keyboard alone: tick who came, say how many walked in, save.</summary>
[Collection(PortalFixture.Collection)]
public sealed class AttendanceKeyboardTests(PortalFixture portal)
{
    [Fact]
    public async Task The_attendance_sheet_is_done_with_the_keyboard_alone()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var startsAt = DateTimeOffset.UtcNow.AddSeconds(40);
        var id = await OrganisedWorkshops.CreateAsync(api, "Atelier au clavier", startsAt);
        var awa = await OrganisedWorkshops.RegisterAsync(api, id, "Awa", phone: "0622222222");
        await OrganisedWorkshops.RegisterAsync(api, id, "Bernard", phone: "0633333333");
        await OrganisedWorkshops.WaitUntilAsync(startsAt);
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/ateliers/{id}/presences");
        var page = tab.Page;
        await page.AssertNoAxeViolationsAsync("présences, à noter");

        await KeyboardOnly.TabUntilAsync(page, "presents");
        Assert.Equal("Awa", await page.EvaluateAsync<string>("() => document.activeElement.labels[0].innerText"));
        await page.Keyboard.PressAsync("Space");
        await KeyboardOnly.TabUntilAsync(page, "sans-inscription");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("x");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(
            "Erreur : Indiquez un nombre, 0 si personne n'est venu sans inscription.",
            await page.Locator("#sans-inscription-error").TextContentAsync()
        );
        await page.AssertNoAxeViolationsAsync("présences, erreurs");
        Assert.True(await page.Locator("#presents").IsCheckedAsync());

        await KeyboardOnly.TabUntilAsync(page, "sans-inscription");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Enregistrer les présences", await KeyboardOnly.FocusedTextAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await Assertions
            .Expect(page.GetByText("Les présences sont enregistrées : 1 sur 2 places réservées, 2 sans inscription."))
            .ToBeVisibleAsync();
        var attendees = await OrganisedWorkshops.AttendeesAsync(api, id);
        Assert.Equal([true, false], attendees.Select(attendee => attendee.GetProperty("attended").GetBoolean()));
        Assert.Equal(awa, attendees[0].GetProperty("id").GetGuid());
        Assert.Equal(2, (await api.GetAsync($"/api/events/{id}")).GetProperty("walkIns").GetInt32());
    }
}
