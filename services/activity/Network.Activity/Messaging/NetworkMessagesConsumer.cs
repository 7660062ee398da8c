using MassTransit;
using Network.Contracts;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;

namespace Network.Activity.Messaging;

/// <summary>
/// Every fact the other services publish, on one queue (<c>activity-network-messages</c>): each is stored and applied
/// to the read models once. Keep in step with <see cref="Projection.MessageCatalogue"/>.
/// </summary>
internal sealed class NetworkMessagesConsumer(MessageRecorder recorder) :
    IConsumer<PartnerRegistered>,
    IConsumer<PartnerApproved>,
    IConsumer<PartnerProfileUpdated>,
    IConsumer<PartnerSuspended>,
    IConsumer<PartnerReactivated>,
    IConsumer<PartnerArchived>,
    IConsumer<EventPublished>,
    IConsumer<EventRescheduled>,
    IConsumer<EventCancelled>,
    IConsumer<EventCompleted>,
    IConsumer<AttendanceRecorded>,
    IConsumer<RegistrationConfirmed>,
    IConsumer<RegistrationWaitlisted>,
    IConsumer<RegistrationCancelled>,
    IConsumer<WaitlistPromoted>,
    IConsumer<ReferralRegistrationConfirmed>,
    IConsumer<ReferralRegistrationWaitlisted>,
    IConsumer<ReferralRegistrationRefused>,
    IConsumer<ReferralAttendanceRecorded>,
    IConsumer<ReferralSent>,
    IConsumer<ReferralAccepted>,
    IConsumer<ReferralDeclined>,
    IConsumer<ReferralCompleted>,
    IConsumer<ReferralNoShow>,
    IConsumer<ReferralCancelled>,
    IConsumer<ReferralExpired>,
    IConsumer<ReferralAnswerOverdue>,
    IConsumer<ReferralErased>,
    IConsumer<EquipmentRegistered>,
    IConsumer<EquipmentRetired>,
    IConsumer<ReservationRequested>,
    IConsumer<ReservationApproved>,
    IConsumer<ReservationRejected>,
    IConsumer<ReservationCancelled>,
    IConsumer<ReservationExtended>,
    IConsumer<EquipmentCheckedOut>,
    IConsumer<EquipmentReturned>,
    IConsumer<LoanOverdue>
{
    public Task Consume(ConsumeContext<PartnerRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PartnerApproved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PartnerProfileUpdated> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PartnerSuspended> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PartnerReactivated> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<PartnerArchived> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EventPublished> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EventRescheduled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EventCancelled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EventCompleted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AttendanceRecorded> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<RegistrationConfirmed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<RegistrationWaitlisted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<RegistrationCancelled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<WaitlistPromoted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralRegistrationConfirmed> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralRegistrationWaitlisted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralRegistrationRefused> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralAttendanceRecorded> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralSent> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralAccepted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralDeclined> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralCompleted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralNoShow> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralCancelled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralExpired> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralAnswerOverdue> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReferralErased> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EquipmentRegistered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EquipmentRetired> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationRequested> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationApproved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationRejected> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationCancelled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<ReservationExtended> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EquipmentCheckedOut> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<EquipmentReturned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<LoanOverdue> context) => RecordAsync(context);

    private Task RecordAsync<TMessage>(ConsumeContext<TMessage> context)
        where TMessage : class, IIntegrationEvent
        => recorder.RecordAsync(context, context.Message);
}
