namespace Network.Portal;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The realm's client the portal signs people in as.</summary>
    public string ClientId { get; set; } = "network-portal";

    /// <summary>Its secret: from the environment (<c>Portal__ClientSecret</c>), never from a file of the
    /// repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Where the API answers: the gateway, found by service discovery.</summary>
    public Uri Api { get; set; } = new("http://gateway");

    /// <summary>A session left alone this long ends: social centres share their computers.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
