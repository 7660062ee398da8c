using System.Net;
using Network.Portal.Formatting;
using Network.Portal.Forms;

namespace Network.Portal.Tests.Workspace.Equipment;

/// <summary>The demo pool of shared equipment, and the items and loans a test makes for itself through the
/// API.</summary>
internal static class EquipmentData
{
    /// <summary>Admin of Association Pasteur Connecté, which lends the tablets.</summary>
    public const string PasteurAdmin = "admin.pasteur";

    /// <summary>Médiathèque des Remparts' kit mobile web-radio, which Les Moulins borrows.</summary>
    public static readonly Guid RadioKit = Guid.Parse("0193a000-0000-7000-8000-0000000e0004");

    /// <summary>Les Moulins' first laptop, lent to Pasteur Connecté.</summary>
    public static readonly Guid MoulinsLaptop = Guid.Parse("0193a000-0000-7000-8000-0000000e0001");

    /// <summary>Espace numérique de La Bocca's 4G router, which nobody has reserved.</summary>
    public static readonly Guid Hotspot = Guid.Parse("0193a000-0000-7000-8000-0000000e0006");

    /// <summary>The radio kit, approved for Les Moulins.</summary>
    public static readonly Guid RadioKitLoan = Guid.Parse("0193a000-0000-7000-8000-0000000f0001");

    /// <summary>Pasteur Connecté's tablets, asked for by Grasse and waiting for Pasteur's answer.</summary>
    public static readonly Guid TabletsRequest = Guid.Parse("0193a000-0000-7000-8000-0000000f0004");

    /// <summary>Les Moulins' laptop, approved for Pasteur Connecté.</summary>
    public static readonly Guid LaptopLoan = Guid.Parse("0193a000-0000-7000-8000-0000000f0005");

    /// <summary>A name no other test gives, so that a search finds this test's item only.</summary>
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A day from today in Paris, at an hour.</summary>
    public static DateTimeOffset Day(int days, int hour) =>
        LoanTime.At(French.Today(DateTimeOffset.UtcNow).AddDays(days), new TimeOnly(hour, 0));

    /// <summary>A day from today in Paris, as a date field takes it.</summary>
    public static string DateField(int days) => DateFields.Value(French.Today(DateTimeOffset.UtcNow).AddDays(days));

    /// <summary>Waits until the equipment service has seeded the demo pool, which it does once the demo partners reach
    /// its replica.</summary>
    public static async Task DemoPoolAsync(PortalFixture portal)
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await api.Http.GetAsync(new Uri($"/api/equipment/{RadioKit}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Fail("The demo pool of equipment was not seeded within two minutes.");
    }

    /// <summary>A kit of Les Moulins for one test only, lent with approval, 7 days at most, 24 h between
    /// loans.</summary>
    public static async Task<Guid> RegisterKitAsync(PortalFixture portal, string name, params string[] components)
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var item = await api.PostAsync(
            "/api/equipment",
            new
            {
                name,
                category = "tablet",
                shareable = true,
                loanRules = new
                {
                    maxDays = 7,
                    bufferHours = 24,
                    requiresApproval = true,
                },
                components,
            }
        );
        return item.GetProperty("id").GetGuid();
    }

    /// <summary>A loan asked for by <paramref name="borrower"/>'s structure; approved by Les Moulins when
    /// <paramref name="approved"/>.</summary>
    public static async Task<Guid> RequestAsync(
        PortalFixture portal,
        string borrower,
        Guid item,
        DateTimeOffset from,
        DateTimeOffset to,
        bool approved = false
    )
    {
        using var api = await PlatformApi.AsAsync(portal, borrower);
        var loan = await api.PostAsync(
            $"/api/equipment/{item}/reservations",
            new
            {
                from,
                to,
                purpose = "Ateliers tablette pour les seniors",
            }
        );
        var id = loan.GetProperty("id").GetGuid();
        if (approved)
        {
            using var owner = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
            await owner.PostAsync($"/api/equipment/reservations/{id}/approve");
        }

        return id;
    }
}
