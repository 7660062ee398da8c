using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>A resident registers for a workshop and cancels, the way residents do: often without scripts, sometimes
/// with the keyboard alone.</summary>
[Collection(PortalFixture.Collection)]
public sealed partial class RegistrationTests(PortalFixture portal)
{
    [Fact]
    public async Task A_resident_without_JavaScript_registers_is_confirmed_and_cancels_with_the_link()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier sans script", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript.FromNewAddress());
        var page = tab.Page;

        await page.GotoAsync($"/ateliers/{id}");
        await page.GetByLabel("Prénom").FillAsync("Yvette");
        await page.GetByLabel("Téléphone").FillAsync("06 12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vous êtes inscrit·e" }));
        Assert.StartsWith("Inscription enregistrée", await page.TitleAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("inscription confirmée, sans JavaScript");
        await page.ScreenshotAsync("atelier-inscription-confirmee");
        var attendees = await Workshops.AttendeesAsync(portal, id);
        Assert.Equal("Yvette", Assert.Single(attendees).GetProperty("firstName").GetString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Annuler mon inscription" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Annuler mon inscription", Level = 1 }));
        await page.AssertNoAxeViolationsAsync("annulation, confirmation");
        await page.ScreenshotAsync("annuler-inscription");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler mon inscription" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Votre inscription est annulée" }));
        await page.ScreenshotAsync("annuler-inscription-faite");
        Assert.Equal(
            "cancelled",
            Assert.Single(await Workshops.AttendeesAsync(portal, id)).GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task A_resident_without_JavaScript_stops_the_messages_of_a_registration_which_stands()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier sans messages", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript.FromNewAddress());
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");
        await page.GetByLabel("Prénom").FillAsync("Odette");
        await page.GetByLabel("E-mail").FillAsync("odette@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vous êtes inscrit·e" }));
        // The e-mails carry the same link as the confirmation's, to the page that stops them.
        var stop = WebUtility
            .HtmlDecode(CancelLink().Match(await page.ContentAsync()).Value)
            .Replace("inscription/annuler", "inscription/ne-plus-recevoir", StringComparison.Ordinal);

        await page.GotoAsync("/" + stop.Replace("jeton=", "jeton=faux", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ne plus recevoir de messages" }).ClickAsync();
        await Expect(page.GetByText("Ce lien n'est pas valable."));

        await page.GotoAsync("/" + stop);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ne plus recevoir de messages", Level = 1 }));
        await page.AssertNoAxeViolationsAsync("ne plus recevoir de messages, confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ne plus recevoir de messages" }).ClickAsync();

        await Expect(
            page.GetByRole(
                AriaRole.Heading,
                new() { Name = "Vous ne recevrez plus de messages pour cette inscription" }
            )
        );
        await page.AssertNoAxeViolationsAsync("ne plus recevoir de messages, fait");
        Assert.Equal(
            "confirmed",
            Assert.Single(await Workshops.AttendeesAsync(portal, id)).GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task A_form_without_a_first_name_says_so_next_to_the_field_and_at_the_top()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier erreurs", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript.FromNewAddress());
        var page = tab.Page;

        await page.GotoAsync($"/ateliers/{id}");
        await page.GetByLabel("E-mail").FillAsync("pas-une-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();

        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        var summaryLink = page.Locator(".error-summary a");
        Assert.Equal("#prenom", await summaryLink.GetAttributeAsync("href"));
        Assert.Equal("Erreur : Indiquez votre prénom.", await page.Locator("#prenom-error").TextContentAsync());
        Assert.Equal("true", await page.Locator("#prenom").GetAttributeAsync("aria-invalid"));
        Assert.Equal("pas-une-adresse", await page.Locator("#email").InputValueAsync());
        await page.AssertNoAxeViolationsAsync("fiche atelier, erreurs");
        await page.ScreenshotAsync("atelier-erreurs");
        Assert.Empty(await Workshops.AttendeesAsync(portal, id));

        // The API's own answer for the address, next to its field.
        await page.GetByLabel("Prénom").FillAsync("Marcel");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
        Assert.Contains(
            "e-mail",
            await page.Locator("#email-error").InnerTextAsync(),
            StringComparison.OrdinalIgnoreCase
        );
        Assert.Empty(await Workshops.AttendeesAsync(portal, id));
    }

    [Fact]
    public async Task A_form_the_API_refused_is_corrected_and_registers_with_a_new_key()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier corrigé", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript.FromNewAddress());
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");
        var key = page.Locator("input[name='Form.RequestKey']");
        var first = await key.GetAttributeAsync("value");

        await page.GetByLabel("Prénom").FillAsync("Corentin");
        await page.GetByLabel("E-mail").FillAsync("pas-une-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
        await Expect(page.Locator("#email-error"));
        Assert.NotEqual(first, await key.GetAttributeAsync("value"));

        await page.GetByLabel("E-mail").FillAsync("corentin@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vous êtes inscrit·e" }));
        var attendee = Assert.Single(await Workshops.AttendeesAsync(portal, id));
        Assert.Equal(
            ("Corentin", "corentin@example.org"),
            (attendee.GetProperty("firstName").GetString(), attendee.GetProperty("email").GetString())
        );
    }

    [Fact]
    public async Task A_full_workshop_gives_a_waitlist_place_and_says_which()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier complet", capacity: 1);
        var elsewhere = Visitor.Desktop.FromNewAddress().ForwardedFor!;
        await Workshops.RegisterAsync(portal, id, "Première", elsewhere);
        await Workshops.RegisterAsync(portal, id, "Deuxième", elsewhere);
        await using var tab = await portal.NewPageAsync(Visitor.Desktop.FromNewAddress());
        var page = tab.Page;

        await page.GotoAsync($"/ateliers/{id}");
        await Expect(page.GetByText("Complet — liste d'attente possible"));
        await page.GetByLabel("Prénom").FillAsync("Troisième");
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire sur la liste d'attente" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vous êtes sur la liste d'attente (2ᵉ)" }));
        await page.ScreenshotAsync("atelier-liste-attente");
    }

    [Fact]
    public async Task The_whole_registration_is_done_with_the_keyboard_alone()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier au clavier", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.Desktop.FromNewAddress());
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await KeyboardOnly.FocusedTextAsync(page));
        await KeyboardOnly.TabUntilAsync(page, "prenom");
        await page.Keyboard.TypeAsync("Josette");
        await KeyboardOnly.TabUntilAsync(page, "places");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("2", await page.Locator("#places").InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("S'inscrire", await KeyboardOnly.FocusedTextAsync(page));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vous êtes inscrit·e" }));
        var attendee = Assert.Single(await Workshops.AttendeesAsync(portal, id));
        Assert.Equal(
            ("Josette", 2),
            (attendee.GetProperty("firstName").GetString(), attendee.GetProperty("seats").GetInt32())
        );
    }

    [Fact]
    public async Task A_form_sent_twice_makes_one_registration()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier double clic", capacity: 5);
        await using var tab = await portal.NewPageAsync(Visitor.Desktop.FromNewAddress());
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");
        await page.GetByLabel("Prénom").FillAsync("Gaston");

        // The same form posted twice, as an impatient double click or a reload of the answer sends it.
        var form = page.Locator("form[method=post]").Last;
        var first = WebUtility.HtmlDecode(
            await form.EvaluateAsync<string>(
                "f => fetch(location.href, { method: 'POST', body: new FormData(f) }).then(r => r.text())"
            )
        );
        var second = WebUtility.HtmlDecode(
            await form.EvaluateAsync<string>(
                "f => fetch(location.href, { method: 'POST', body: new FormData(f) }).then(r => r.text())"
            )
        );

        Assert.Contains("Vous êtes inscrit·e", first, StringComparison.Ordinal);
        Assert.Contains("Vous êtes inscrit·e", second, StringComparison.Ordinal);
        Assert.Single(await Workshops.AttendeesAsync(portal, id));
        Assert.Equal(CancelLink().Match(first).Value, CancelLink().Match(second).Value);
    }

    private static Task Expect(ILocator locator) => Assertions.Expect(locator).ToBeVisibleAsync();

    [GeneratedRegex("inscription/annuler\\?[^\"<]+")]
    private static partial Regex CancelLink();
}
