using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>The answers the partners endpoints share.</summary>
internal static class Problems
{
    /// <summary>409: the partner's status forbids the action; the problem names the status.</summary>
    public static ProblemHttpResult Conflict(PartnerStatus status, string action) =>
        Problem.Conflict(
            $"Un partenaire au statut « {WireCode.Of(status)} » ne peut pas {action}.",
            WireCode.Of(status)
        );

    /// <summary>412: someone changed the partner since the client read it.</summary>
    public static ProblemHttpResult Stale() =>
        Problem.Stale("Relisez le profil (GET) puis renvoyez votre modification avec le nouvel ETag.");

    /// <summary>
    /// Saves a changed partner with the message announcing it, and answers with the partner and its new ETag;
    /// null when someone else changed it in between (the caller answers <see cref="Stale"/>).
    /// </summary>
    public static async Task<Ok<PartnerResponse>?> SaveAndAnswerAsync<TMessage>(
        PartnerContext context,
        Partner partner,
        TMessage message,
        CancellationToken cancellationToken
    )
        where TMessage : class
    {
        var (db, time, http, caller, options) = context;
        db.Publish(message, time);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }

        http.Response.SetETag(partner.Version);
        return TypedResults.Ok(DirectoryEndpoints.Response(partner, caller, time.GetUtcNow(), options.Value));
    }
}
