using Microsoft.AspNetCore.Mvc;
using Network.Portal.Api;
using Network.Portal.Formatting;
using Network.Portal.Identity;

namespace Network.Portal.Exports;

/// <summary>
/// The dashboard's spreadsheet: the activity service's per-structure table of the period (CSV), passed on as it comes
/// for the signed-in coordinator, under a file name that names the period. Anybody else gets the sign-in or "Page
/// introuvable", as on the dashboard.
/// </summary>
internal static class ActivityExportEndpoints
{
    public const string Path = "/coordination/export.csv";

    public static void MapActivityExportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(
            Path,
            async (
                [FromQuery(Name = "periode")] string? periode,
                [FromQuery(Name = "du")] string? du,
                [FromQuery(Name = "au")] string? au,
                HttpContext context,
                ActivityClient activity,
                TimeProvider time
            ) =>
            {
                var user = await PortalUser.OfAsync(context);
                if (!user.IsSignedIn)
                {
                    var here = Path + context.Request.QueryString;
                    return Results.Redirect($"/connexion?retour={Uri.EscapeDataString(here)}");
                }

                if (!user.IsCoordinator)
                {
                    return Results.NotFound();
                }

                if (FiguresPeriod.Read(periode, du, au, French.Today(time.GetUtcNow())).Period is not { } period)
                {
                    return Results.BadRequest();
                }

                var answer = await activity.ExportAsync(period.ToQuery(), context.RequestAborted);
                if (answer.Value is not { } file)
                {
                    return Results.StatusCode(answer.Problem?.Status ?? StatusCodes.Status503ServiceUnavailable);
                }

                context.Response.RegisterForDispose(file);
                return Results.Stream(
                    await file.Content.ReadAsStreamAsync(context.RequestAborted),
                    file.Content.Headers.ContentType?.ToString() ?? "text/csv; charset=utf-8",
                    period.FileName
                );
            }
        );
}
