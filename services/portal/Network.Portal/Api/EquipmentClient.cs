namespace Network.Portal.Api;

/// <summary>The equipment service, as the workspace's pages use it: the loans of the structure one acts for.</summary>
public sealed class EquipmentClient(PortalApi api)
{
    public Task<ApiAnswer<ResultPage<Loan>>> LoansAsync(
        LoanQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Loan>>("/api/equipment/reservations" + query.ToQueryString(), cancellationToken);
}
