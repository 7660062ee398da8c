namespace Network.Events.Domain;

/// <summary>A secret the service draws once and keeps in its database, encrypted with its key ring (the key of the
/// contacts' keyed hash).</summary>
public sealed class ServiceSecret
{
    private ServiceSecret() { }

    public string Name { get; private set; } = "";

    public string Value { get; private set; } = "";

    public static ServiceSecret Create(string name, string value) => new() { Name = name, Value = value };
}
