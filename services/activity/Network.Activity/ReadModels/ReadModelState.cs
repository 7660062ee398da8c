namespace Network.Activity.ReadModels;

/// <summary>
/// The one row that counts the transactions that changed the read models: every delivery and every rebuild adds one
/// to it in its own transaction, so that an answer computed from the read models is known to still hold while the
/// count is the same, whichever instance of the service wrote.
/// </summary>
public sealed class ReadModelState
{
    public const int OnlyId = 1;

    public int Id { get; private set; } = OnlyId;

    public long Version { get; private set; }
}
