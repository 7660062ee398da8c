using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Idempotency;

internal sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IServiceScopeFactory scopes,
    IDataProtectionProvider protection,
    TimeProvider time
)
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private readonly IDataProtector _protector = protection.CreateProtector("Network.Idempotency.v1");

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[IdempotencyKey.HeaderName].ToString();
        if (
            key.Length == 0
            || !HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>() is null
        )
        {
            await next(context);
            return;
        }

        if (key.Length > IdempotencyKey.MaxLength || key.Any(char.IsControl))
        {
            await WriteProblemAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"L'en-tête {IdempotencyKey.HeaderName} fait au plus {IdempotencyKey.MaxLength} caractères imprimables."
            );
            return;
        }

        var scope = ScopeOf(context);
        var fingerprint = await FingerprintAsync(context.Request);
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServiceDbContext>();

        var existing = await db.IdempotencyRecords.FirstOrDefaultAsync(
            record => record.Scope == scope && record.Key == key,
            context.RequestAborted
        );
        if (
            existing is not null
            && (existing.CreatedAt < time.GetUtcNow() - IdempotencyRecord.Lifetime || IsAbandoned(existing))
        )
        {
            db.IdempotencyRecords.Remove(existing);
            await db.SaveChangesAsync(context.RequestAborted);
            existing = null;
        }

        if (existing is not null)
        {
            await AnswerFromRecordAsync(context, existing, fingerprint);
            return;
        }

        var record = new IdempotencyRecord
        {
            Scope = scope,
            Key = key,
            Fingerprint = fingerprint,
            CreatedAt = time.GetUtcNow(),
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, InProgress);
            return;
        }

        await RunAndRecordAsync(context, db, record);
    }

    private async Task RunAndRecordAsync(HttpContext context, ServiceDbContext db, IdempotencyRecord record)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            completed = context.Response.StatusCode < StatusCodes.Status500InternalServerError;
        }
        finally
        {
            context.Response.Body = original;
            buffer.Position = 0;
            if (completed)
            {
                record.StatusCode = context.Response.StatusCode;
                record.ContentType = context.Response.ContentType;
                record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location
                    ? location
                    : null;
                record.ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
                record.ProtectedBody = _protector.Protect(buffer.ToArray());
            }
            else
            {
                // A failure is not an answer to remember: the client may retry with the same key.
                db.IdempotencyRecords.Remove(record);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            await buffer.CopyToAsync(original, CancellationToken.None);
        }
    }

    private async Task AnswerFromRecordAsync(HttpContext context, IdempotencyRecord record, string fingerprint)
    {
        if (
            !CryptographicOperations.FixedTimeEquals(
                Convert.FromHexString(record.Fingerprint),
                Convert.FromHexString(fingerprint)
            )
        )
        {
            await WriteProblemAsync(
                context,
                StatusCodes.Status422UnprocessableEntity,
                $"Cette clé {IdempotencyKey.HeaderName} a déjà servi pour une autre demande : prenez-en une nouvelle."
            );
            return;
        }

        if (record.StatusCode == 0)
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, InProgress);
            return;
        }

        context.Response.StatusCode = record.StatusCode;
        context.Response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            context.Response.Headers.Location = record.Location;
        }

        if (record.ETag is not null)
        {
            context.Response.Headers.ETag = record.ETag;
        }

        context.Response.Headers[IdempotencyKey.ReplayedHeaderName] = "true";
        if (record.ProtectedBody is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(_protector.Unprotect(body), context.RequestAborted);
        }
    }

    /// <summary>A first request that never finished (its process stopped): the key may be used again.</summary>
    private bool IsAbandoned(IdempotencyRecord record) =>
        record.StatusCode == 0 && record.CreatedAt < time.GetUtcNow() - AbandonedAfter;

    /// <summary>
    /// Whose key it is: a user acting for a partner (<c>X-Partner-Id</c>, or the token's only one) owns a key per
    /// partner, so the key of a create for one structure never replays its answer for another.
    /// </summary>
    private static string ScopeOf(HttpContext context) =>
        context.GetCaller() switch
        {
            { UserId: { } userId, ActingPartnerId: { } partnerId } => $"user:{userId}/partner:{partnerId}",
            { UserId: { } userId } => $"user:{userId}",
            _ => $"anonymous:{context.Connection.RemoteIpAddress}",
        };

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private const string InProgress =
        "Une demande avec cette clé Idempotency-Key est encore en cours : réessayez dans un instant.";

    private static ValueTask WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
                }
            );
    }
}
