namespace Network.Portal.Forms;

/// <summary>The attendance sheet as posted: the registrations ticked present, and the people who came without
/// registering.</summary>
public sealed class AttendanceForm
{
    public Dictionary<Guid, bool> Present { get; set; } = [];

    public string? WalkIns { get; set; }
}
