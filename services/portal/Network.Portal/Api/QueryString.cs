namespace Network.Portal.Api;

/// <summary>A query string of the values that are set, each escaped.</summary>
internal static class Query
{
    public static string Of(params (string Name, string? Value)[] parameters)
    {
        var set = parameters
            .Where(parameter => !string.IsNullOrWhiteSpace(parameter.Value))
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!.Trim())}")
            .ToList();
        return set.Count == 0 ? "" : "?" + string.Join('&', set);
    }
}
