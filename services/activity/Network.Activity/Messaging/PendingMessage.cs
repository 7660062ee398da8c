using Network.Contracts;

namespace Network.Activity.Messaging;

/// <summary>A delivered message waiting for the commit that stores it; its consumer acknowledges it once that commit is
/// done.</summary>
/// <param name="Redelivered">The broker delivered it before, to a consumer that did not acknowledge it (a crash, a lost
/// connection).</param>
internal sealed class PendingMessage(Guid id, IIntegrationEvent message, bool redelivered)
{
    public bool Redelivered { get; } = redelivered;

    public Guid Id { get; } = id;

    public IIntegrationEvent Message { get; } = message;

    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
