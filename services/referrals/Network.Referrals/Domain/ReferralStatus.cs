namespace Network.Referrals.Domain;

public enum ReferralStatus
{
    Sent,
    Accepted,
    Declined,
    Completed,
    NoShow,
    Cancelled,
    Expired,
}

public enum Urgency
{
    Normal,
    Urgent,
}

public enum ConsentMethod
{
    Oral,
    Written,
    Digital,
}

/// <summary>Why a receiver declines, from the list of the contract.</summary>
public enum DeclineReason
{
    HorsPerimetre,
    PasDePlace,
    PersonneInjoignable,
    DejaAccompagnee,
    DemandeIncomplete,
    Autre,
}

/// <summary>Why the resident's personal data was wiped.</summary>
public enum ErasureCause
{
    /// <summary>The resident asked (right to erasure), through an admin of either partner.</summary>
    Request,

    /// <summary>The resident withdrew their consent.</summary>
    ConsentWithdrawn,

    /// <summary>The referral was closed longer ago than the retention period.</summary>
    Retention,
}
