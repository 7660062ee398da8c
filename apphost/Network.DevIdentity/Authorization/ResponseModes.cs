namespace Network.DevIdentity.Authorization;

/// <summary>How an authorization response reaches the client. The JWT modes (JARM) are not served.</summary>
internal static class ResponseModes
{
    public const string Query = "query";
    public const string Fragment = "fragment";
    public const string FormPost = "form_post";

    public static IReadOnlyList<string> Supported { get; } = [Query, Fragment, FormPost];

    /// <summary>The mode when it is one DevIdentity serves; null otherwise.</summary>
    public static string? Parse(string? value) => value is Query or Fragment or FormPost ? value : null;
}
