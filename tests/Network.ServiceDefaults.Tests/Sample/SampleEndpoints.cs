using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;

namespace Network.ServiceDefaults.Tests.Sample;

public sealed record WriteNoteRequest(string Text);

internal static class SampleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/notes", WriteAsync).RequireAuthorization(Policies.PartnerStaff).WithIdempotency();
        app.MapGet("/api/notes/{id:guid}", ReadAsync).RequireAuthorization(Policies.PartnerStaff);
        app.MapGet("/api/network", CountAsync).RequireAuthorization(Policies.Coordinator);
        app.MapGet("/api/public", () => TypedResults.Ok("public")).AllowAnonymous();
        app.MapPost("/api/visits", (VisitRequest request) => TypedResults.Ok(request.Name)).AllowAnonymous();
    }

    private static async Task<Results<Created<Note>, ValidationProblem>> WriteAsync(
        WriteNoteRequest request,
        Caller caller,
        SampleDbContext db,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        if (caller.ActingPartnerId is not { } partnerId)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [ActingPartner.HeaderName] = ["Name the partner you act for."] }
            );
        }

        var note = new Note
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Text = request.Text,
            CreatedAt = time.GetUtcNow(),
        };
        db.Notes.Add(note);
        db.Publish(new NoteWritten(note.Id, partnerId, note.CreatedAt), time);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/notes/{note.Id}", note);
    }

    private static async Task<Results<Ok<Note>, NotFound>> ReadAsync(Guid id, Caller caller, SampleDbContext db)
    {
        var note = await db.Notes.FindAsync(id);
        return note is not null && caller.IsStaffOf(note.PartnerId) ? TypedResults.Ok(note) : TypedResults.NotFound();
    }

    private static async Task<Ok<int>> CountAsync(SampleDbContext db) => TypedResults.Ok(await db.Notes.CountAsync());
}
