namespace Network.Portal.Api;

/// <summary>A structure's team, as its admins manage it: the people who work for it, their invitation and
/// role.</summary>
public sealed class TeamClient(PortalApi api)
{
    public async Task<IReadOnlyList<TeamMember>> ListAsync(
        Guid partnerId,
        CancellationToken cancellationToken = default
    )
    {
        var answer = await api.GetAsync<TeamMember[]>($"/api/partners/{partnerId}/members", cancellationToken);
        return answer.Value ?? throw new ServiceUnavailableException($"The members of {partnerId} could not be read.");
    }

    public Task<ApiAnswer<TeamMember>> InviteAsync(
        Guid partnerId,
        TeamInvitationForm form,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<TeamMember>(
            $"/api/partners/{partnerId}/members",
            new
            {
                email = form.Email?.Trim(),
                firstName = form.FirstName?.Trim(),
                lastName = form.LastName?.Trim(),
                role = form.Role,
            },
            cancellationToken: cancellationToken
        );

    public Task<ApiAnswer<TeamMember>> ChangeRoleAsync(
        Guid partnerId,
        string userId,
        string role,
        CancellationToken cancellationToken = default
    ) =>
        api.PutAsync<TeamMember>(
            $"/api/partners/{partnerId}/members/{Uri.EscapeDataString(userId)}",
            new { role },
            etag: null,
            cancellationToken
        );

    public Task<ApiProblem?> RemoveAsync(
        Guid partnerId,
        string userId,
        CancellationToken cancellationToken = default
    ) => api.DeleteAsync($"/api/partners/{partnerId}/members/{Uri.EscapeDataString(userId)}", cancellationToken);
}

/// <summary>A person who works for the structure.</summary>
/// <param name="Role"><c>partner-staff</c> or <c>partner-admin</c>.</param>
/// <param name="Pending">Invited, and has not chosen a password yet.</param>
public sealed record TeamMember(
    string UserId,
    string Username,
    string? Email,
    string? FirstName,
    string? LastName,
    string Role,
    bool Pending
)
{
    public string Name =>
        string.Join(' ', new[] { FirstName, LastName }.Where(part => !string.IsNullOrWhiteSpace(part)))
            is { Length: > 0 } name
            ? name
            : Username;
}

/// <summary>The invitation as its form posts it.</summary>
public sealed class TeamInvitationForm
{
    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Role { get; set; }
}

/// <summary>A new role as its form posts it.</summary>
public sealed class TeamRoleForm
{
    public string? Role { get; set; }
}
