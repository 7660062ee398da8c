namespace Network.Portal.Api;

/// <summary>The events service as the staff's workspace uses it: their structure's workshops, their registrants and
/// attendance.</summary>
public sealed class OrganisedWorkshopsClient(PortalApi api)
{
    public Task<ApiAnswer<ResultPage<Workshop>>> ListAsync(
        OrganisedQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Workshop>>("/api/events/organised" + query.ToQueryString(), cancellationToken);

    /// <summary>The workshop with its version, which an edit sends back.</summary>
    public Task<ApiAnswer<Workshop>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<Workshop>($"/api/events/{id}", cancellationToken);

    /// <summary>The occurrences of a series, in time order (a series holds at most a year of them).</summary>
    public Task<ApiAnswer<ResultPage<Workshop>>> SeriesAsync(
        Guid seriesId,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<Workshop>>($"/api/events/series/{seriesId}?pageSize=100", cancellationToken);

    /// <summary>A draft, or the first draft of a series.</summary>
    public Task<ApiAnswer<Workshop>> CreateAsync(
        object body,
        string requestKey,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<Workshop>("/api/events", body, requestKey, cancellationToken);

    public Task<ApiAnswer<Workshop>> UpdateAsync(
        Guid id,
        object body,
        string etag,
        CancellationToken cancellationToken = default
    ) => api.PutAsync<Workshop>($"/api/events/{id}", body, etag, cancellationToken);

    public Task<ApiAnswer<Workshop>> PublishAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.PostAsync<Workshop>($"/api/events/{id}/publish", null, cancellationToken: cancellationToken);

    public Task<ApiAnswer<Workshop>> CancelAsync(
        Guid id,
        string? reason,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<Workshop>($"/api/events/{id}/cancel", new { reason }, cancellationToken: cancellationToken);

    public Task<ApiAnswer<SeriesChange>> PublishSeriesAsync(
        Guid seriesId,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<SeriesChange>(
            $"/api/events/series/{seriesId}/publish",
            null,
            cancellationToken: cancellationToken
        );

    public Task<ApiAnswer<SeriesChange>> CancelSeriesAsync(
        Guid seriesId,
        string? reason,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<SeriesChange>(
            $"/api/events/series/{seriesId}/cancel",
            new { reason },
            cancellationToken: cancellationToken
        );

    public Task<ApiAnswer<List<Attendee>>> AttendeesAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<Attendee>>($"/api/events/{id}/registrations", cancellationToken);

    public Task<ApiProblem?> CancelRegistrationAsync(
        Guid id,
        Guid registrationId,
        CancellationToken cancellationToken = default
    ) => api.DeleteAsync($"/api/events/{id}/registrations/{registrationId}", cancellationToken);

    public Task<ApiAnswer<AttendanceSummary>> RecordAttendanceAsync(
        Guid id,
        IReadOnlyList<Guid> present,
        int walkIns,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<AttendanceSummary>(
            $"/api/events/{id}/attendance",
            new { present, walkIns },
            cancellationToken: cancellationToken
        );
}
