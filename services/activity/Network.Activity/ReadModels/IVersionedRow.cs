using Network.ServiceDefaults.Persistence;

namespace Network.Activity.ReadModels;

/// <summary>A read-model row updated under optimistic concurrency, so that two messages about one aggregate never lose
/// an update.</summary>
public interface IVersionedRow : IVersioned;
