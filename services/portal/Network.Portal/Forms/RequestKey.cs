namespace Network.Portal.Forms;

/// <summary>
/// The <c>Idempotency-Key</c> of a form that creates something: drawn when the form is shown, carried in a hidden field
/// (<see cref="Components.Ui.RequestKeyField"/>), sent with the creation, so that a double click or a form sent again
/// creates one thing and answers as the first did.
/// </summary>
public static class RequestKey
{
    public static string New() => Guid.NewGuid().ToString("N");
}
