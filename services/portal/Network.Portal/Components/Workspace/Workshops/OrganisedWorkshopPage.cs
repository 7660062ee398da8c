using Microsoft.AspNetCore.Components;
using Network.Portal.Api;
using Network.Portal.Forms;
using Network.Portal.Identity;

namespace Network.Portal.Components.Workspace.Workshops;

/// <summary>
/// A page about one workshop of the structure: it reads the workshop with its version, and answers "Page introuvable"
/// when the workshop does not exist or the structure the person acts for does not organise it.
/// </summary>
public abstract class OrganisedWorkshopPage : ComponentBase
{
    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    public WorkspaceMember Member { get; set; } = null!;

    [Inject]
    protected OrganisedWorkshopsClient Workshops { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    [Inject]
    protected Flash Flash { get; set; } = null!;

    protected Workshop? Workshop { get; private set; }

    /// <summary>The version read, which an edit sends back as <c>If-Match</c>.</summary>
    protected string? Version { get; private set; }

    protected DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The address of this workshop's page, or of one of its pages (<c>"/inscrits"</c>).</summary>
    protected string PathOf(string page = "") => $"/espace/ateliers/{Id}{page}";

    /// <summary>Reads the workshop; false, the page answering "Page introuvable", when it is not the
    /// structure's.</summary>
    protected async Task<bool> LoadWorkshopAsync()
    {
        var answer = await Workshops.GetAsync(Id);
        if (
            answer.Value is not { } workshop
            || (workshop.OrganiserId != Member.PartnerId && !workshop.CoOrganiserIds.Contains(Member.PartnerId))
        )
        {
            Navigation.NotFound();
            return false;
        }

        Workshop = workshop;
        Version = answer.ETag;
        return true;
    }
}
