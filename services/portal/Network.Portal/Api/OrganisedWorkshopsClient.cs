namespace Network.Portal.Api;

/// <summary>The events service as the staff's workspace uses it: the registrants of their structure's
/// workshops.</summary>
public sealed class OrganisedWorkshopsClient(PortalApi api)
{
    /// <summary>The attendee list (personal data), for the workshop's organisers and co-organisers.</summary>
    public Task<ApiAnswer<List<Attendee>>> AttendeesAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<Attendee>>($"/api/events/{id}/registrations", cancellationToken);
}
