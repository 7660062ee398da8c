using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>The answers the partners endpoints share.</summary>
internal static class Problems
{
    /// <summary>409: the partner's status forbids the action; the problem names the status.</summary>
    public static ProblemHttpResult Conflict(PartnerStatus status, string action)
        => Problem.Conflict($"Un partenaire au statut « {WireCode.Of(status)} » ne peut pas {action}.", WireCode.Of(status));

    /// <summary>412: someone changed the partner since the client read it.</summary>
    public static ProblemHttpResult Stale()
        => Problem.Stale("Relisez le profil (GET) puis renvoyez votre modification avec le nouvel ETag.");

    /// <summary>
    /// Saves a changed partner with the message announcing it, and answers with the partner and its new ETag;
    /// 412 when someone else changed it in between.
    /// </summary>
    public static async Task<IResult> SaveAndAnswerAsync<TMessage>(
        PartnersDbContext db, Partner partner, TMessage message, TimeProvider time, HttpContext http, Caller caller, PartnersOptions options, CancellationToken cancellationToken)
        where TMessage : class
    {
        db.Publish(message, time);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Stale();
        }

        http.Response.SetETag(partner.Version);
        return TypedResults.Ok(DirectoryEndpoints.Response(partner, caller, time.GetUtcNow(), options));
    }
}
