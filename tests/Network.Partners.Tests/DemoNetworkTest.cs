using Network.Partners.Persistence;
using Network.Testing;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Partners.Tests;

/// <summary>The partners service with the demo network seeded, and clients for every role of the contract.</summary>
public abstract class DemoNetworkTest(TestInfrastructure infrastructure)
    : ServiceTest<PartnersDbContext>(infrastructure, "partnersdb")
{
    public const int DemoPartners = 12;

    public static readonly Guid Moulins = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid Pasteur = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    public static readonly Guid Remparts = Guid.Parse("0193a000-0000-7000-8000-000000000004");
    public static readonly Guid Vesubie = Guid.Parse("0193a000-0000-7000-8000-00000000000c");

    protected override void Configure(Dictionary<string, string?> settings) => settings["Seed:Demo"] = "true";

    protected HttpClient Anonymous() => Service.CreateClient(token: null);

    protected HttpClient Coordinator() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Coordinator()));

    protected HttpClient AdminOf(Guid partnerId) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Admin(partnerId)));

    protected HttpClient StaffOf(Guid partnerId) =>
        Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(partnerId)));

    protected HttpClient Newcomer() => Service.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Newcomer()));

    /// <summary>A complete, valid profile; tests change what they test.</summary>
    protected static Dictionary<string, object?> Profile(string name = "Espace de vie sociale du Paillon") =>
        new()
        {
            ["name"] = name,
            ["kind"] = "centre-social",
            ["siret"] = "73282932000074",
            ["description"] = "Ateliers numériques et aide aux démarches en ligne.",
            ["address"] = new
            {
                street = "2 place de la Mairie",
                postalCode = "06340",
                commune = "Drap",
                inseeCode = "06054",
                latitude = 43.7547,
                longitude = 7.3219,
            },
            ["contact"] = new
            {
                email = "accueil@paillon.example.org",
                phone = "04 93 00 99 00",
                website = "https://paillon.example.org",
            },
            ["services"] = new[] { "aide-aux-demarches-administratives" },
            ["publics"] = new[] { "seniors" },
            ["labels"] = new[] { "conseillers-numeriques" },
            ["openingHours"] = "Mo-Fr 09:00-12:00; PH off",
            ["accessibility"] = new { wheelchair = true, notes = "Rampe d'accès côté parking." },
        };
}
