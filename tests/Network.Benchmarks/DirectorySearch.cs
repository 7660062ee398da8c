using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Network.Benchmarks;

/// <summary>
/// The directory's search (<c>q</c> and <c>near</c>) over 10,000 partners that the benchmark registers
/// itself through the API, timed on the partners service at a steady low concurrency.
/// </summary>
internal static class DirectorySearch
{
    private const int Partners = 10_000;
    private const int Rounds = 3;
    private const int Connections = 4;
    private const string Query = "/api/partners?q=numerique&near=43.70,7.26&radiusKm=10";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    private static readonly string[] Kinds =
    [
        "centre-social",
        "association",
        "bibliotheque",
        "france-services",
        "ccas",
        "espace-public-numerique",
        "mjc",
        "tiers-lieu",
        "mairie",
    ];
    private static readonly string[] Words =
    [
        "Espace",
        "Atelier",
        "Maison",
        "Point",
        "Relais",
        "Lieu",
        "Café",
        "Fabrique",
    ];
    private static readonly string[] Themes =
    [
        "numérique",
        "solidaire",
        "des habitants",
        "de quartier",
        "citoyen",
        "connecté",
        "des familles",
        "jeunesse",
    ];

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var service = platform.Service("partners");
        using var http = new HttpClient { BaseAddress = service };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.CoordinatorTokenAsync()
        );
        await RegisterAsync(http);

        var url = new Uri(service, Query);
        await WrkResult.RunAsync(url, Connections, TimeSpan.FromSeconds(3));
        var runs = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add((await WrkResult.RunAsync(url, Connections, Duration)).AllSucceeded());
        }

        var command = $"{runs[0].Command}, {Rounds} rounds, medians, {Partners:N0} partners";
        return
        [
            new(
                $"directory search (q + near) over {Partners:N0} partners, p50",
                $"{Stats.Median(runs.Select(run => run.P50Ms)):0.00} ms",
                "",
                command
            ),
            new(
                $"directory search (q + near) over {Partners:N0} partners, p99",
                $"{Stats.Median(runs.Select(run => run.P99Ms)):0.00} ms",
                "≤ 50 ms",
                command
            ),
        ];
    }

    private static async Task RegisterAsync(HttpClient http)
    {
        var random = new Random(20261129);
        var profiles = Enumerable.Range(0, Partners).Select(index => Profile(random, index)).ToList();
        await Parallel.ForEachAsync(
            profiles,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (profile, cancellationToken) =>
            {
                using var response = await http.PostAsJsonAsync("/api/partners", profile, cancellationToken);
                response.EnsureSuccessStatusCode();
            }
        );
    }

    private static object Profile(Random random, int index)
    {
        // Spread over the Alpes-Maritimes, from the coast to the valleys.
        var latitude = Math.Round(43.50 + (random.NextDouble() * 0.60), 5);
        var longitude = Math.Round(6.70 + (random.NextDouble() * 0.80), 5);
        var name =
            $"{Words[random.Next(Words.Length)]} {Themes[random.Next(Themes.Length)]} "
            + $"n°{index.ToString(CultureInfo.InvariantCulture)}";
        return new
        {
            name,
            kind = Kinds[random.Next(Kinds.Length)],
            description = random.Next(3) == 0
                ? "Accompagnement au numérique et aux démarches en ligne."
                : "Accueil de proximité et ateliers.",
            address = new
            {
                street = $"{random.Next(1, 200)} avenue de la République",
                postalCode = "06000",
                commune = "Nice",
                latitude,
                longitude,
            },
        };
    }
}
