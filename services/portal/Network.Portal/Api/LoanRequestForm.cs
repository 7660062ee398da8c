using Network.Portal.Forms;

namespace Network.Portal.Api;

/// <summary>A request to borrow an item: the first and last day and hour, in Paris time, and what it is for.</summary>
public sealed class LoanRequestForm
{
    public string? FromDay { get; set; }

    public string? FromTime { get; set; } = "09:00";

    public string? ToDay { get; set; }

    public string? ToTime { get; set; } = "18:00";

    public string? Purpose { get; set; }

    /// <summary>Drawn when the form is shown: the same request posted twice makes one reservation.</summary>
    public string? RequestKey { get; set; }

    /// <summary>The window asked for, or the problem naming the fields to fill (with the API's names).</summary>
    public (LoanWindow? Window, ApiProblem? Problem) Window()
    {
        var from = DateFields.Instant(FromDay, FromTime);
        var to = DateFields.Instant(ToDay, ToTime);
        var errors = new List<(string, string)>();
        if (from is null)
        {
            errors.Add(("from", "Indiquez le jour et l'heure où le prêt commence."));
        }

        if (to is null)
        {
            errors.Add(("to", "Indiquez le jour et l'heure où vous rendez l'objet."));
        }

        if (string.IsNullOrWhiteSpace(Purpose))
        {
            errors.Add(("purpose", "Dites en quelques mots pour quoi vous l'empruntez."));
        }

        return errors.Count > 0 ? (null, ApiProblem.Invalid(errors)) : (new LoanWindow(from!.Value, to!.Value), null);
    }

    internal object ToBody(LoanWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new
        {
            from = window.From,
            to = window.To,
            purpose = FormValue.Of(Purpose),
        };
    }
}
