namespace Network.Portal.Api;

/// <summary>A form's text field as the API takes it: trimmed, and null when left empty.</summary>
internal static class FormValue
{
    public static string? Of(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
