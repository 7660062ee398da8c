using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Contracts.Referrals;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;

namespace Network.Events.Messaging;

/// <summary>
/// Registers a referred resident. A full event is not a refusal: the resident is waitlisted. Unknown,
/// unpublished, cancelled or started events are refused, and so is a referral already erased (the command
/// waited in an outbox, was retried, or was re-driven from the error queue after the erasure). A command
/// delivered again finds the registration it made and answers the same.
/// </summary>
internal sealed partial class RegisterResidentForEventConsumer(
    EventsDbContext db,
    Registrations registrations,
    TimeProvider time,
    ILogger<RegisterResidentForEventConsumer> logger
) : IConsumer<RegisterResidentForEvent>
{
    public async Task Consume(ConsumeContext<RegisterResidentForEvent> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Message;
        var cancellationToken = context.CancellationToken;
        if (
            await db
                .ReferralStates.AsNoTracking()
                .AnyAsync(s => s.ReferralId == command.ReferralId && s.ErasedAt != null, cancellationToken)
        )
        {
            LogErased(logger, command.ReferralId);
            db.Publish(
                new ReferralRegistrationRefused(command.ReferralId, command.EventId, "erased", time.GetUtcNow()),
                time
            );
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var existing = await db
            .Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ReferralId == command.ReferralId, cancellationToken);
        if (existing is not null)
        {
            db.Publish(await AnswerAsync(command, existing, cancellationToken), time);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var request = new RegistrationRequest(
            command.FirstName.Trim(),
            command.LastNameInitial,
            null,
            null,
            Math.Clamp(command.Seats, 1, RegistrationBody.MaxSeats),
            ByStaff: true
        )
        {
            ReferralId = command.ReferralId,
        };
        var outcome = await registrations.RegisterAsync(
            command.EventId,
            request,
            e => e.Status != EventStatus.Draft,
            cancellationToken
        );
        object answer = outcome switch
        {
            { NotFound: true } => new ReferralRegistrationRefused(
                command.ReferralId,
                command.EventId,
                "unknown-event",
                time.GetUtcNow()
            ),
            { Refusal: not null } => new ReferralRegistrationRefused(
                command.ReferralId,
                command.EventId,
                "not-open",
                time.GetUtcNow()
            ),
            _ => await AnswerAsync(command, outcome.Registration!, cancellationToken),
        };
        db.ChangeTracker.Clear();
        db.Publish(answer, time);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<object> AnswerAsync(
        RegisterResidentForEvent command,
        Registration registration,
        CancellationToken cancellationToken
    ) =>
        registration.Status == RegistrationStatus.Waitlisted
            ? new ReferralRegistrationWaitlisted(
                command.ReferralId,
                command.EventId,
                registration.Id,
                (await registrations.WaitlistPositionAsync(registration, cancellationToken))!.Value,
                time.GetUtcNow()
            )
            : new ReferralRegistrationConfirmed(command.ReferralId, command.EventId, registration.Id, time.GetUtcNow());

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Registration command of referral {ReferralId} refused: the referral was erased."
    )]
    private static partial void LogErased(ILogger logger, Guid referralId);
}
