using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>
/// The demo users of the development realm (password = user name), signed in the way people sign in: through the
/// identity provider's page, in a browser tab of their own.
/// </summary>
public static class DemoUsers
{
    /// <summary>Partner staff of Centre social Les Moulins.</summary>
    public const string Staff = "mediateur.moulins";

    /// <summary>Partner admin of Centre social Les Moulins.</summary>
    public const string Admin = "admin.moulins";

    /// <summary>Staff of two structures.</summary>
    public const string TwoStructures = "conseiller.itinerant";

    public const string Coordinator = "coordinatrice";

    /// <summary>Signed in, with no structure and no role.</summary>
    public const string WithoutRole = "nouvelle.structure";

    /// <summary>Partner staff of France Services Pays de Grasse, which receives referrals.</summary>
    public const string GrasseStaff = "conseillere.grasse";

    /// <summary>Partner admin of CCAS de Menton, which organises, lends and receives nothing in the demo
    /// network.</summary>
    public const string MentonAdmin = "admin.menton";

    /// <summary>Partner admin of Association Pasteur Connecté (Nice).</summary>
    public const string PasteurAdmin = "admin.pasteur";

    /// <summary>Centre social Les Moulins, the structure of <see cref="Staff"/> and <see cref="Admin"/>.</summary>
    public static readonly Guid Moulins = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    /// <summary>France Services Pays de Grasse, the structure of <see cref="GrasseStaff"/>.</summary>
    public static readonly Guid Grasse = Guid.Parse("0193a000-0000-7000-8000-000000000005");

    /// <summary>A tab of its own (no cookie shared with another test), signed in as <paramref name="user"/> and showing
    /// <paramref name="path"/>.</summary>
    public static async Task<BrowserTab> NewSignedInPageAsync(
        this PortalFixture portal,
        string user,
        string path = "/espace",
        Visitor? visitor = null
    )
    {
        var tab = await portal.NewPageAsync(visitor);
        try
        {
            await tab.Page.SignInAsync(user, path);
            return tab;
        }
        catch
        {
            await tab.DisposeAsync();
            throw;
        }
    }

    /// <summary>Signs in from the portal's sign-in link, which brings the person back to
    /// <paramref name="path"/>.</summary>
    public static async Task SignInAsync(this IPage page, string user, string path)
    {
        await page.GotoAsync($"/connexion?retour={Uri.EscapeDataString(path)}");
        await page.GetByLabel("Nom d'utilisateur").FillAsync(user);
        await page.GetByLabel("Mot de passe").FillAsync(user);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        Assert.EndsWith(path.Split('?')[0], new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }
}
