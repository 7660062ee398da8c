namespace Network.Referrals.Domain;

/// <summary>A record that is written once and never changed or deleted, by any route or code path.</summary>
public interface IAppendOnly;
