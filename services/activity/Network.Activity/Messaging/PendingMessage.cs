using Network.Contracts;

namespace Network.Activity.Messaging;

/// <summary>A delivered message waiting for the commit that stores it; its consumer acknowledges it once that commit is done.</summary>
internal sealed class PendingMessage(Guid id, IIntegrationEvent message)
{
    public Guid Id { get; } = id;

    public IIntegrationEvent Message { get; } = message;

    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
