using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Network.ServiceDefaults.Identity;

/// <summary>
/// The acting-partner rule of the contract: <c>X-Partner-Id</c> names the partner a user acts for; a token with
/// exactly one <c>partner_id</c> implies it; naming a partner the token does not list is 403.
/// </summary>
public static class ActingPartner
{
    public const string HeaderName = "X-Partner-Id";

    public static Caller GetCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<Caller>() ?? Caller.Anonymous;
    }

    /// <summary>The partner ids of a token, whether <c>partner_id</c> came as one string or as an array.</summary>
    public static IReadOnlyList<Guid> PartnerIdsOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ids = new List<Guid>();
        foreach (var value in user.FindAll(KeycloakClaims.PartnerId).Select(claim => claim.Value.Trim()))
        {
            if (value.StartsWith('['))
            {
                ids.AddRange(ParseArray(value));
            }
            else if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
        }

        return ids.Distinct().ToList();
    }

    /// <summary>Resolves the caller, or the problem that the request's identity poses.</summary>
    public static (Caller? Caller, ProblemDetails? Problem) Resolve(ClaimsPrincipal user, string? header)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return (Caller.Anonymous, null);
        }

        var partnerIds = PartnerIdsOf(user);
        if (string.IsNullOrWhiteSpace(header))
        {
            return (Caller.From(user, partnerIds.Count == 1 ? partnerIds[0] : null, partnerIds), null);
        }

        if (!Guid.TryParse(header, out var named))
        {
            return (
                null,
                Problem(
                    StatusCodes.Status400BadRequest,
                    $"L'en-tête {HeaderName} est l'identifiant d'une structure (un GUID)."
                )
            );
        }

        return partnerIds.Contains(named)
            ? (Caller.From(user, named, partnerIds), null)
            : (
                null,
                Problem(
                    StatusCodes.Status403Forbidden,
                    $"Vous ne travaillez pas pour la structure nommée par {HeaderName}."
                )
            );
    }

    /// <summary>
    /// The answer of every service to a request that acts for a partner when the token lists several and the request
    /// names none (<see cref="Caller.MustNamePartner"/>): 400, naming the header.
    /// </summary>
    public static ValidationProblem NotNamed() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [HeaderName] = ["Indiquez la structure pour laquelle vous agissez."] }
        );

    internal static IApplicationBuilder UseActingPartner(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var (caller, problem) = Resolve(context.User, context.Request.Headers[HeaderName].ToString());
                if (problem is not null)
                {
                    context.Response.StatusCode = problem.Status!.Value;
                    await context
                        .RequestServices.GetRequiredService<IProblemDetailsService>()
                        .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                    return;
                }

                context.Features.Set(caller);
                await next(context);
            }
        );

    private static ProblemDetails Problem(int status, string detail) =>
        status == StatusCodes.Status403Forbidden
            ? new ProblemDetails { Status = status, Detail = detail }
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [HeaderName] = [detail] })
            {
                Status = status,
                Detail = detail,
            };

    private static List<Guid> ParseArray(string json)
    {
        try
        {
            return JsonSerializer
                .Deserialize<string[]>(json)
                ?.Select(item => Guid.TryParse(item, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty)
                .ToList()
                ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
