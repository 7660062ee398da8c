namespace Network.Portal.Components.Ui;

/// <summary>The ids of what describes a field to a screen reader (<c>aria-describedby</c>): its hint, then its
/// errors.</summary>
public static class FieldDescription
{
    public static string? Of(string id, bool hasHint, bool hasErrors) =>
        (hasHint, hasErrors) switch
        {
            (true, true) => $"{id}-hint {id}-error",
            (true, false) => $"{id}-hint",
            (false, true) => $"{id}-error",
            _ => null,
        };
}
