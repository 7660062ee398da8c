using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Persistence;
using Network.Testing;

namespace Network.Partners.Tests;

/// <summary>The open-data export speaks the national standard, checked against the standard's own schema
/// file.</summary>
public sealed class ExportTests(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    private static readonly TableSchemaValidator Standard = new(
        Path.Combine(AppContext.BaseDirectory, "Standard", "schema.json")
    );

    [Fact]
    public void The_validator_accepts_the_standards_valid_example_and_refuses_a_broken_one()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Standard", "exemple-valide.csv"));
        Assert.Empty(Standard.Validate(example));
        Assert.NotEmpty(Standard.Validate(example.Replace("\"51100\"", "\"5110\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_csv_export_of_the_demo_network_validates_against_the_standard()
    {
        using var client = Anonymous();
        var response = await client.GetAsync(new Uri("/api/partners/export?format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Empty(Standard.Validate(csv));
        Assert.Equal(DemoPartners + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(
            "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien",
            csv,
            StringComparison.Ordinal
        );
        Assert.Contains(",CS,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_cell_of_the_csv_export_is_a_formula_whatever_is_stored()
    {
        await RenameAsync(Moulins, "=HYPERLINK(\"http://example.org\",\"Ouvrir\")");
        await RenameAsync(Pasteur, "\t=1+1");
        await RenameAsync(Remparts, "\r@SUM(1+1)");
        await RenameAsync(Vesubie, "-2+3");

        var csv = await Anonymous().GetStringAsync(new Uri("/api/partners/export?format=csv", UriKind.Relative));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Ouvrir\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'\t=1+1,", csv, StringComparison.Ordinal);
        Assert.Contains(",\"'\r@SUM(1+1)\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_export_carries_the_same_fields_and_only_active_partners()
    {
        using var coordinator = Coordinator();
        await coordinator.PostAsJsonAsync($"/api/partners/{Moulins}/suspend", new { reason = "Fermeture estivale." });

        var rows = (
            await Anonymous()
                .GetFromJsonAsync<JsonElement>(new Uri("/api/partners/export?format=json", UriKind.Relative))
        )
            .EnumerateArray()
            .ToList();

        Assert.Equal(DemoPartners - 1, rows.Count);
        Assert.All(rows, row =>
            Assert.Equal(Standard.FieldNames, row.EnumerateObject().Select(property => property.Name))
        );
        Assert.DoesNotContain(rows, row => row.GetProperty("id").GetString() == Moulins.ToString());
    }

    [Fact]
    public async Task An_unknown_format_is_400()
    {
        var response = await Anonymous().GetAsync(new Uri("/api/partners/export?format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(
            (await response.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("errors")
                .TryGetProperty("format", out _)
        );
    }

    private Task<int> RenameAsync(Guid partner, string name) =>
        Service.WithScopeAsync<PartnersDbContext, int>(db =>
            db.Partners.Where(p => p.Id == partner).ExecuteUpdateAsync(set => set.SetProperty(p => p.Name, name))
        );
}
