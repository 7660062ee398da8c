using System.Collections.Concurrent;
using MassTransit;

namespace Network.Testing.RabbitMq;

/// <summary>Records, by MessageId, each delivery a service's consumers finished, successfully or not.</summary>
public sealed class ConsumeRecorder : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();
    private readonly ConcurrentDictionary<Guid, int> _faulted = new();

    public int Completed(Guid messageId) => _completed.GetValueOrDefault(messageId);

    public int Faulted(Guid messageId) => _faulted.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        _completed.AddOrUpdate(context.MessageId ?? Guid.Empty, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        _faulted.AddOrUpdate(context.MessageId ?? Guid.Empty, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
