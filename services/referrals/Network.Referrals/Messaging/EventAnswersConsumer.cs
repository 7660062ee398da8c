using MassTransit;
using Network.Contracts.Events;
using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Referrals.Messaging;

/// <summary>
/// What the events service answers about a referred resident: the registration's outcome goes to the
/// history; the attendance closes an accepted referral as completed (present) or no-show. Once per message.
/// </summary>
internal sealed class EventAnswersConsumer(ReferralsDbContext db, TimeProvider time, ILogger<Referral> logger)
    : IConsumer<ReferralRegistrationConfirmed>,
        IConsumer<ReferralRegistrationWaitlisted>,
        IConsumer<ReferralRegistrationRefused>,
        IConsumer<ReferralAttendanceRecorded>
{
    public Task Consume(ConsumeContext<ReferralRegistrationConfirmed> context) =>
        RecordAnswerAsync(context, context?.Message.ReferralId, "registered");

    public Task Consume(ConsumeContext<ReferralRegistrationWaitlisted> context) =>
        RecordAnswerAsync(context, context?.Message.ReferralId, "waitlisted");

    public Task Consume(ConsumeContext<ReferralRegistrationRefused> context) =>
        RecordAnswerAsync(context, context?.Message.ReferralId, "refused");

    public Task Consume(ConsumeContext<ReferralAttendanceRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        return Inbox.HandleOnceAsync(db, context, nameof(EventAnswersConsumer), time, async cancellationToken =>
        {
            var referral = await db.Referrals.FindAsync([message.ReferralId], cancellationToken);
            if (referral is null || referral.EventId != message.EventId)
            {
                return;
            }

            var now = time.GetUtcNow();
            var entry = message.Attended
                ? referral.Complete(Actor.System, null, now)
                : referral.MarkNoShow(Actor.System, "event-absent", now);
            if (entry is null)
            {
                // Already closed (or not accepted): attendance changes nothing any more.
                return;
            }

            db.History.Add(entry);
            db.Publish(ReferralFacts.For(referral, entry, now), time);
            ReferralsLog.Moved(logger, referral.Id, entry.From, entry.To);
        });
    }

    private Task RecordAnswerAsync(ConsumeContext? context, Guid? referralId, string answer)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Inbox.HandleOnceAsync(db, context, nameof(EventAnswersConsumer), time, async cancellationToken =>
        {
            var referral = await db.Referrals.FindAsync([referralId], cancellationToken);
            if (referral is not null)
            {
                db.History.Add(referral.RecordEventAnswer(answer, time.GetUtcNow()));
            }
        });
    }
}
