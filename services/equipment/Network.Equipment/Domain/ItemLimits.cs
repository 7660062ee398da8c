namespace Network.Equipment.Domain;

/// <summary>The lengths of the texts staff write, shared by validation and storage.</summary>
public static class ItemLimits
{
    public const int Name = 200;
    public const int Tag = 100;
    public const int Description = 4000;
    public const int Purpose = 1000;
    public const int Reason = 1000;
    public const int Notes = 2000;
    public const int Components = 30;
    public const int ComponentName = 100;
    public const int MaxDays = 365;
    public const int MaxBufferHours = 24 * 14;
}
