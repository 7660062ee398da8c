namespace Network.Portal.Api;

/// <summary>The equipment service, as the workspace's pages use it: the catalogue, an owner's items, the loans of the
/// structure one acts for.</summary>
public sealed class EquipmentClient(PortalApi api)
{
    public Task<ApiAnswer<ResultPage<EquipmentItem>>> ListAsync(
        EquipmentQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<EquipmentItem>>("/api/equipment" + query.ToQueryString(), cancellationToken);

    /// <summary>The item with its loans to come and its version, for an edit; the problem 404 when it is not the
    /// caller's to see.</summary>
    public Task<ApiAnswer<EquipmentItem>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<EquipmentItem>($"/api/equipment/{id}", cancellationToken);

    public Task<ApiAnswer<EquipmentItem>> RegisterAsync(
        ItemForm form,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<EquipmentItem>("/api/equipment", form.ToBody(), idempotencyKey, cancellationToken);

    public Task<ApiAnswer<EquipmentItem>> UpdateAsync(
        Guid id,
        ItemForm form,
        string etag,
        CancellationToken cancellationToken = default
    ) => api.PutAsync<EquipmentItem>($"/api/equipment/{id}", form.ToBody(), etag, cancellationToken);

    /// <summary>The owner's status changes: <c>maintenance</c>, <c>available</c>, <c>retire</c>.</summary>
    public Task<ApiAnswer<EquipmentItem>> ChangeStatusAsync(
        Guid id,
        string change,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<EquipmentItem>($"/api/equipment/{id}/{change}", null, cancellationToken: cancellationToken);

    public Task<ApiAnswer<Loan>> RequestAsync(
        Guid id,
        LoanRequestForm form,
        LoanWindow window,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<Loan>(
            $"/api/equipment/{id}/reservations",
            form.ToBody(window),
            idempotencyKey,
            cancellationToken
        );

    public Task<ApiAnswer<ResultPage<Loan>>> LoansAsync(
        LoanQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Loan>>("/api/equipment/reservations" + query.ToQueryString(), cancellationToken);

    /// <summary>How many loans of the structure, as lender or as borrower, are in each state, by the API's
    /// code.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(
        bool asOwner,
        CancellationToken cancellationToken = default
    )
    {
        var counts = new Dictionary<string, int>();
        foreach (var status in LoanSteps.Statuses)
        {
            var answer = await LoansAsync(new LoanQuery(asOwner, status, PageSize: 1), cancellationToken);
            counts[status] = answer.Value?.Total ?? 0;
        }

        return counts;
    }

    public Task<Loan?> FindLoanAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.FindAsync<Loan>($"/api/equipment/reservations/{id}", cancellationToken);

    /// <summary>A step of a loan: <c>approve</c>, <c>reject</c>, <c>cancel</c>, <c>checkout</c>, <c>return</c>,
    /// <c>extend</c>, with the body it takes.</summary>
    public Task<ApiAnswer<Loan>> StepAsync(
        Guid id,
        string step,
        object? body,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<Loan>($"/api/equipment/reservations/{id}/{step}", body, cancellationToken: cancellationToken);
}
