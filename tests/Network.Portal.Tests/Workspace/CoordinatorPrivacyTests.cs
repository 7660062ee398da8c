using Microsoft.Playwright;
using Network.Portal.Tests.Pages;
using Network.Portal.Tests.Workspace.Referrals;

namespace Network.Portal.Tests.Workspace;

/// <summary>The coordinator never sees a resident: signed in as the coordinator, every page reachable from the header,
/// the footer and the pages' own links, and every workspace address, holds no name, contact or note of the residents
/// registered or referred just before.</summary>
[Collection(PortalFixture.Collection)]
public sealed class CoordinatorPrivacyTests(PortalFixture portal)
{
    /// <summary>Enough for every page of the header, the footer, the lists' first pages and their workshops and
    /// structures; the lists' filters and later pages repeat what those show.</summary>
    private const int MostPages = 120;

    private const int MostAddressesPerPath = 3;

    private static readonly string[] Residents =
    [
        "Ysaline",
        "Quastrefond",
        "ysaline.quastrefond@example.org",
        "06 98 71 23 45",
        "0698712345",
        "+33698712345",
        "Théodrine",
        "Vulpillière",
        "theodrine.vulpilliere@example.org",
        "07 61 52 43 34",
        "0761524334",
        "+33761524334",
        "créneau du jeudi zwinglien",
    ];

    [Fact]
    public async Task The_coordinator_finds_no_resident_s_name_contact_or_note_on_any_page_they_can_open()
    {
        var workshop = await Workshops.PublishAsync(portal, "Atelier visité par la coordination", capacity: 10);
        await Workshops.RegisterAsync(
            portal,
            workshop,
            "Ysaline",
            "203.0.113.72",
            "Quastrefond",
            "06 98 71 23 45",
            "ysaline.quastrefond@example.org"
        );
        var referral = await ReferralData.SendAsync(
            portal,
            "Théodrine",
            "Vulpillière",
            "07 61 52 43 34",
            "theodrine.vulpilliere@example.org",
            "Rappeler sur le créneau du jeudi zwinglien."
        );

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/");
        var page = tab.Page;
        string[] typed =
        [
            "/",
            $"/ateliers/{workshop}",
            $"/structures/{DemoUsers.Moulins}",
            $"/structures/{DemoUsers.Grasse}",
            "/espace",
            "/espace/ateliers",
            $"/espace/ateliers/{workshop}",
            $"/espace/ateliers/{workshop}/inscrits",
            "/espace/orientations",
            "/espace/orientations?boite=envoyees",
            $"/espace/orientations/{referral}",
            $"/espace/orientations/{referral}/fiche",
            "/espace/materiel",
            "/espace/structure",
            "/rejoindre",
        ];
        var opened = await OpenEveryPageAsync(page, typed);

        Assert.Contains("/coordination", opened);
        Assert.Contains("/accessibilite", opened);
        Assert.Contains($"/ateliers/{workshop}", opened);
        Assert.True(opened.Count > 20, $"only {opened.Count} pages were reached: {string.Join(", ", opened)}");
    }

    /// <summary>Opens the typed addresses, then every address of the portal their pages link to, and so on, checking
    /// each; files (calendars, the dashboard's spreadsheet) are read rather than shown.</summary>
    private static async Task<IReadOnlyList<string>> OpenEveryPageAsync(IPage page, IEnumerable<string> typed)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var queue = new Queue<string>(typed);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var perPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var opened = new List<string>();
        while (queue.TryDequeue(out var address) && opened.Count < MostPages)
        {
            var path = address.Split('?')[0];
            if ((perPath[path] = perPath.GetValueOrDefault(path) + 1) > MostAddressesPerPath)
            {
                continue;
            }

            opened.Add(address);
            if (IsFile(path))
            {
                var file = await page.APIRequest.GetAsync(address);
                AssertNoResident(await file.TextAsync(), address);
                continue;
            }

            await page.GotoAsync(address);
            AssertNoResident(await page.ContentAsync(), address);
            var links = await page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(l => l.href)");
            foreach (var link in links)
            {
                if (Local(link, origin) is { } local && seen.Add(local))
                {
                    queue.Enqueue(local);
                }
            }
        }

        return opened;
    }

    private static void AssertNoResident(string content, string address)
    {
        foreach (var resident in Residents)
        {
            Assert.False(
                content.Contains(resident, StringComparison.OrdinalIgnoreCase),
                $"{address} shows « {resident} » to the coordinator"
            );
        }
    }

    /// <summary>A page of the portal, without its fragment; null for another site, a phone number, an e-mail address,
    /// or the sign-in and sign-out.</summary>
    private static string? Local(string link, string origin)
    {
        if (!link.StartsWith(origin + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var local = link[origin.Length..].Split('#')[0];
        return local.StartsWith("/connexion", StringComparison.Ordinal) ? null : local;
    }

    private static bool IsFile(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal)
        || path.EndsWith(".ics", StringComparison.Ordinal)
        || path.EndsWith(".csv", StringComparison.Ordinal);
}
