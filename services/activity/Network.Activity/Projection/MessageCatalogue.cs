using System.Text.Json;
using Network.Contracts;
using Network.Contracts.Equipment;
using Network.Contracts.Events;
using Network.Contracts.Partners;
using Network.Contracts.Referrals;

namespace Network.Activity.Projection;

/// <summary>
/// Every fact the other services publish, by the name it is stored under, and the aggregate each is about. Commands
/// (which may carry personal data) are not listed: the activity service never receives them.
/// </summary>
public static class MessageCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly IReadOnlyDictionary<string, Type> Types = new[]
    {
        typeof(PartnerRegistered),
        typeof(PartnerApproved),
        typeof(PartnerProfileUpdated),
        typeof(PartnerSuspended),
        typeof(PartnerReactivated),
        typeof(PartnerArchived),
        typeof(EventPublished),
        typeof(EventRescheduled),
        typeof(EventCancelled),
        typeof(EventCompleted),
        typeof(AttendanceRecorded),
        typeof(RegistrationConfirmed),
        typeof(RegistrationWaitlisted),
        typeof(RegistrationCancelled),
        typeof(WaitlistPromoted),
        typeof(ReferralRegistrationConfirmed),
        typeof(ReferralRegistrationWaitlisted),
        typeof(ReferralRegistrationRefused),
        typeof(ReferralAttendanceRecorded),
        typeof(ReferralSent),
        typeof(ReferralAccepted),
        typeof(ReferralDeclined),
        typeof(ReferralCompleted),
        typeof(ReferralNoShow),
        typeof(ReferralCancelled),
        typeof(ReferralExpired),
        typeof(ReferralAnswerOverdue),
        typeof(ReferralErased),
        typeof(EquipmentRegistered),
        typeof(EquipmentRetired),
        typeof(ReservationRequested),
        typeof(ReservationApproved),
        typeof(ReservationRejected),
        typeof(ReservationCancelled),
        typeof(ReservationExtended),
        typeof(EquipmentCheckedOut),
        typeof(EquipmentReturned),
        typeof(LoanOverdue),
    }.ToDictionary(type => type.FullName!, StringComparer.Ordinal);

    public static string NameOf(IIntegrationEvent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.GetType().FullName!;
    }

    public static string Serialize(IIntegrationEvent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, message.GetType(), Json);
    }

    public static IIntegrationEvent Deserialize(string type, string body) =>
        Types.TryGetValue(type, out var clrType)
            ? (IIntegrationEvent)(
                JsonSerializer.Deserialize(body, clrType, Json)
                ?? throw new InvalidOperationException($"A stored {type} is empty.")
            )
            : throw new InvalidOperationException($"A stored message has the unknown type {type}.");

    /// <summary>The id of the aggregate the message is about.</summary>
    public static Guid AggregateOf(IIntegrationEvent message) =>
        message switch
        {
            IPartnerMessage partner => partner.Partner.PartnerId,
            EventPublished m => m.Event.EventId,
            EventRescheduled m => m.Event.EventId,
            EventCancelled m => m.Event.EventId,
            EventCompleted m => m.Event.EventId,
            AttendanceRecorded m => m.Event.EventId,
            RegistrationConfirmed m => m.RegistrationId,
            RegistrationWaitlisted m => m.RegistrationId,
            RegistrationCancelled m => m.RegistrationId,
            WaitlistPromoted m => m.RegistrationId,
            ReferralRegistrationConfirmed m => m.ReferralId,
            ReferralRegistrationWaitlisted m => m.ReferralId,
            ReferralRegistrationRefused m => m.ReferralId,
            ReferralAttendanceRecorded m => m.ReferralId,
            ReferralSent m => m.ReferralId,
            ReferralAccepted m => m.ReferralId,
            ReferralDeclined m => m.ReferralId,
            ReferralCompleted m => m.ReferralId,
            ReferralNoShow m => m.ReferralId,
            ReferralCancelled m => m.ReferralId,
            ReferralExpired m => m.ReferralId,
            ReferralAnswerOverdue m => m.ReferralId,
            ReferralErased m => m.ReferralId,
            EquipmentRegistered m => m.Equipment.EquipmentId,
            EquipmentRetired m => m.Equipment.EquipmentId,
            ReservationRequested m => m.Reservation.ReservationId,
            ReservationApproved m => m.Reservation.ReservationId,
            ReservationRejected m => m.Reservation.ReservationId,
            ReservationCancelled m => m.Reservation.ReservationId,
            ReservationExtended m => m.Reservation.ReservationId,
            EquipmentCheckedOut m => m.Reservation.ReservationId,
            EquipmentReturned m => m.Reservation.ReservationId,
            LoanOverdue m => m.Reservation.ReservationId,
            _ => throw new InvalidOperationException(
                $"{message.GetType().Name} is not a message the activity service keeps."
            ),
        };
}
