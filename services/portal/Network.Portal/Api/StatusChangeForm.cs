namespace Network.Portal.Api;

/// <summary>What the forms of a structure's page post to the coordinator's steps: the reason of a suspension or of an
/// archiving.</summary>
public sealed class StatusChangeForm
{
    public string? Reason { get; set; }
}
