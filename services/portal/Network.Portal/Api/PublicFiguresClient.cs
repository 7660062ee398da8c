namespace Network.Portal.Api;

/// <summary>The activity service as the public page "Le réseau en chiffres" uses it: the network's totals.</summary>
public sealed class PublicFiguresClient(PortalApi api)
{
    private const string Path = "/api/activity/public";

    public async Task<PublicFigures> ReadAsync(CancellationToken cancellationToken = default) =>
        await api.FindAsync<PublicFigures>(Path, cancellationToken)
        ?? throw new ServiceUnavailableException($"The activity service does not answer {Path}.");
}
