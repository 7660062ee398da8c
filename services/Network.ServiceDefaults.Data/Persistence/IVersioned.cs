namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// An entity with an optimistic concurrency token that works on every provider: the application bumps
/// <see cref="Version"/> on each change, and a concurrent change fails instead of being lost.
/// It is also the entity's <c>ETag</c>.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
