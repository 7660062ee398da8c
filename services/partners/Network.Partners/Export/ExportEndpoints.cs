using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.Partners.Taxonomy;
using Network.ServiceDefaults.Text;

namespace Network.Partners.Export;

/// <summary>The open-data export of the network's active partners, in the national standard.</summary>
internal static class ExportEndpoints
{
    public static void MapExportEndpoints(this RouteGroupBuilder partners) =>
        partners
            .MapGet("/export", ExportAsync)
            .AllowAnonymous()
            .WithSummary("Every active partner in the standard of the lieux de médiation numérique (Licence Ouverte).")
            .WithDescription(
                "format=csv: the standard's 32 columns, comma-separated, UTF-8, multiple values joined by |. "
                    + "format=json (default): an array of objects with the same field names and values; empty "
                    + "fields are null, latitude and longitude are numbers."
            );

    private static async Task<
        Results<FileContentHttpResult, JsonHttpResult<List<Dictionary<string, object?>>>, ValidationProblem>
    > ExportAsync(
        string? format,
        PartnersDbContext db,
        PartnerTaxonomy taxonomy,
        IOptions<PartnersOptions> options,
        CancellationToken cancellationToken
    )
    {
        if (format is not (null or "json" or "csv"))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = ["format est json ou csv."] }
            );
        }

        var partners = await db
            .Partners.AsNoTracking()
            .Where(partner => partner.Status == PartnerStatus.Active)
            .OrderBy(partner => partner.Name)
            .ThenBy(partner => partner.Id)
            .ToListAsync(cancellationToken);
        var rows = partners
            .Select(partner => StandardRecord.Of(partner, taxonomy, options.Value.ExportSource))
            .ToList();

        if (format == "csv")
        {
            return TypedResults.File(
                Encoding.UTF8.GetBytes(Csv(rows)),
                "text/csv; charset=utf-8",
                "lieux-mediation-numerique.csv"
            );
        }

        return TypedResults.Json(
            rows.Select(row =>
                    StandardRecord.Fields.ToDictionary(
                        field => field,
                        field =>
                            field is "latitude" or "longitude" && row.GetValueOrDefault(field) is { } number
                                ? (object?)double.Parse(number, System.Globalization.CultureInfo.InvariantCulture)
                                : row.GetValueOrDefault(field)
                    )
                )
                .ToList()
        );
    }

    private static string Csv(IEnumerable<IReadOnlyDictionary<string, string?>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', StandardRecord.Fields).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', StandardRecord.Fields.Select(field => CsvCell.Text(row.GetValueOrDefault(field), ',')))
                .Append("\r\n");
        }

        return csv.ToString();
    }
}
