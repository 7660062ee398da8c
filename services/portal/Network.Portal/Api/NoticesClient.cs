namespace Network.Portal.Api;

/// <summary>The e-mails the services could not deliver to the acting structure's contact address: each service that
/// writes to structures lists its own.</summary>
public sealed class NoticesClient(PortalApi api)
{
    private static readonly IReadOnlyList<string> Paths =
    [
        "/api/partners/notices/undelivered",
        "/api/referrals/notices/undelivered",
        "/api/equipment/notices/undelivered",
    ];

    /// <summary>The undelivered e-mails of the last days, newest first (a page of each service's); a service that
    /// cannot be read gives none.</summary>
    public async Task<IReadOnlyList<UndeliveredMail>> UndeliveredAsync(CancellationToken cancellationToken = default)
    {
        var answers = await Task.WhenAll(
            Paths.Select(path => api.GetAsync<ResultPage<UndeliveredMail>>($"{path}?pageSize=100", cancellationToken))
        );
        return [.. answers.SelectMany(answer => answer.Value?.Items ?? []).OrderByDescending(mail => mail.CreatedAt)];
    }
}
