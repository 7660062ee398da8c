using Bunit;
using Network.Portal.Api;
using Network.Portal.Components.Coordination;

namespace Network.Portal.Tests.Coordination;

/// <summary>"Fiches à mettre à jour": each stale structure with the day of its last change and the e-mail that asks it
/// to check its profile, ready to send. The platform under test has no stale structure (its profiles are all written
/// at its start), so the block is rendered here with some.</summary>
public sealed class StaleStructuresTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_stale_structure_has_a_ready_e_mail_in_french_whose_subject_and_body_are_percent_encoded()
    {
        var block = Render<StaleStructures>(parameters =>
            parameters
                .Add(
                    p => p.Items,
                    [
                        Stale("Café & Numérique", "accueil+cafe@exemple.org", null, new(2025, 9, 2, 8, 0, 0, default)),
                        Stale("CCAS de Sospel", null, "+33493041000", new(2025, 10, 1, 8, 0, 0, default)),
                    ]
                )
                .Add(p => p.Now, Now)
        );

        Assert.Contains("Ces 2 structures n'ont pas modifié leur fiche", block.Markup, StringComparison.Ordinal);
        var rows = block.FindAll("tbody tr");
        Assert.Equal("Mardi 2 septembre 2025", rows[0].QuerySelector("time")!.TextContent.Trim());
        var href = rows[0].QuerySelector("a[href^='mailto:']")!.GetAttribute("href")!;
        Assert.DoesNotContain(" ", href, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", href, StringComparison.Ordinal);
        var (address, query) = (href["mailto:".Length..].Split('?')[0], href.Split('?', 2)[1]);
        Assert.Equal("accueil%2Bcafe@exemple.org", address);
        var fields = query.Split('&').Select(field => field.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(["subject", "body"], fields.Keys);
        Assert.Equal(
            "Votre fiche dans l'annuaire du réseau : Café & Numérique",
            Uri.UnescapeDataString(fields["subject"])
        );
        var body = Uri.UnescapeDataString(fields["body"]).Split("\r\n");
        Assert.Equal("Bonjour,", body[0]);
        Assert.Contains(
            "La fiche de Café & Numérique dans l'annuaire du réseau de l'inclusion numérique n'a pas été mise à jour "
                + "depuis le mardi 2 septembre 2025.",
            body
        );
        Assert.Contains(body, line =>
            line.EndsWith("« Ma structure » : http://localhost/espace/structure", StringComparison.Ordinal)
        );
        Assert.Equal("La coordination du réseau", body[^1]);

        Assert.Empty(rows[1].QuerySelectorAll("a[href^='mailto:']"));
        var call = rows[1].QuerySelector("a[href^='tel:']")!;
        Assert.Equal(("tel:+33493041000", "04 93 04 10 00"), (call.GetAttribute("href"), call.TextContent));
    }

    [Fact]
    public void Without_stale_structures_the_block_says_so()
    {
        var block = Render<StaleStructures>(parameters => parameters.Add(p => p.Items, []).Add(p => p.Now, Now));

        Assert.Equal("Fiches à mettre à jour", block.Find("h2").TextContent);
        Assert.Equal("Toutes les structures actives ont mis à jour leur fiche récemment.", block.Find("p").TextContent);
        Assert.Empty(block.FindAll("table"));
    }

    private static Structure Stale(string name, string? email, string? phone, DateTimeOffset updatedAt) =>
        new(
            Guid.CreateVersion7(),
            name,
            "tiers-lieu",
            "",
            new PartnerAddress("1 place de la Mairie", "06380", "Sospel", null, null),
            new PartnerContact(email, phone, null),
            [],
            [],
            [],
            null,
            new PartnerAccessibility(false, null),
            "active",
            null
        )
        {
            UpdatedAt = updatedAt,
            Stale = true,
        };
}
