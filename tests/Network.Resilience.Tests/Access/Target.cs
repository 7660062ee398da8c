namespace Network.Resilience.Tests.Access;

/// <summary>The record a row of the matrix acts on; each is made afresh for a cell that changes state.</summary>
public enum Target
{
    None,
    PartnerA,
    SuspendedPartnerC,
    PendingPartner,
    ActivePartner,
    SuspendedPartner,
    DraftEvent,
    PublishedEvent,

    /// <summary>A published event asked for with <c>Accept: application/ld+json</c>.</summary>
    PublishedEventAsJsonLd,
    Registration,

    /// <summary>A registration cancelled with the <c>cancellationToken</c> it was given (<c>?token=</c>).</summary>
    RegistrationWithItsToken,
    DraftSeries,
    PublishedSeries,
    SentReferral,
    AcceptedReferral,
    SharedItem,
    PrivateItem,
    ItemInMaintenance,
    RequestedReservation,
    ApprovedReservation,
    CheckedOutReservation,
}

/// <summary>A record made for a cell: its id, the id of a record beneath it, and a token that goes with it.</summary>
public sealed record TargetRecord(Guid? Id = null, Guid? ChildId = null, string? Token = null)
{
    public static readonly TargetRecord Nothing = new();
}
