using Microsoft.AspNetCore.Components;
using Network.Portal.Api;
using Network.Portal.Forms;

namespace Network.Portal.Components.Workspace.Referrals.Steps;

/// <summary>
/// A form that moves the referral on or exercises the resident's rights: it checks what must be there, then asks for
/// confirmation, then sends the step and goes back to the referral, which says what happened. Each step declares its
/// own posted form (a form name of its own) and gives it as <see cref="Posted"/>.
/// </summary>
public abstract class ReferralStep : ComponentBase
{
    /// <summary>For a step without fields.</summary>
    protected static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    private readonly ReferralStepForm _blank = new();

    [Inject]
    protected ReferralsClient Referrals { get; set; } = null!;

    [Inject]
    private Flash Flash { get; set; } = null!;

    [Parameter, EditorRequired]
    public ReferralView View { get; set; } = null!;

    protected FormErrors Errors { get; private set; } = FormErrors.None;

    protected bool Confirming { get; private set; }

    /// <summary>This step's form as posted; null when the page was only shown, or another form was posted.</summary>
    protected abstract ReferralStepForm? Posted { get; }

    /// <summary>What the fields show: what was posted, else nothing.</summary>
    protected ReferralStepForm Values => Posted ?? _blank;

    /// <summary>The version the step applies to: the one the page showed when the form was first displayed.</summary>
    protected string Version => Posted?.Version ?? View.Version;

    /// <summary>What the form's frame shows of the step.</summary>
    protected StepState State => new(Errors, Confirming, Version, View.Path);

    /// <param name="fields">The API's field names and the ids of the step's fields.</param>
    /// <param name="check">What must be there before the confirmation, named with the API's field names.</param>
    /// <param name="send">The call that takes the step.</param>
    /// <param name="done">What the referral's page says once it is done.</param>
    protected async Task SubmitAsync(
        IReadOnlyDictionary<string, string> fields,
        IReadOnlyList<(string Field, string Message)> check,
        Func<Task<ApiAnswer<ReferralSummary>>> send,
        string done
    )
    {
        ArgumentNullException.ThrowIfNull(send);
        if (check.Count > 0)
        {
            Errors = new FormErrors(ApiProblem.Invalid(check), fields);
            return;
        }

        if (Posted?.IsConfirmed != true)
        {
            Confirming = true;
            return;
        }

        var answer = await send();
        if (answer.Succeeded)
        {
            Flash.RedirectTo(View.Path, done);
            return;
        }

        Errors = new FormErrors(answer.Problem, fields);
    }
}

/// <summary>Where a step stands: its errors, whether it asks for confirmation, the version it applies to, and the way
/// back to the page as it was.</summary>
public sealed record StepState(FormErrors Errors, bool Confirming, string Version, string BackHref);
