using Network.Portal.Forms;

namespace Network.Portal.Api;

/// <summary>What the forms of a loan's page post: the reason of a refusal, the kit's checklist at hand-over and at
/// return, the state it came back in, the new end of an extension.</summary>
public sealed class LoanActionForm
{
    public string? Reason { get; set; }

    public List<ComponentForm> Components { get; set; } = [];

    public string? Condition { get; set; }

    public string? Notes { get; set; }

    public string? ToDay { get; set; }

    public string? ToTime { get; set; }

    /// <summary>One line of the kit's checklist.</summary>
    public sealed class ComponentForm
    {
        public string? Name { get; set; }

        public bool HandedOver { get; set; }

        public string? Condition { get; set; }

        public string? Notes { get; set; }
    }

    /// <summary>The checklist of <paramref name="components"/>, each as the person left it on the form posted (none
    /// ticked when it is shown first).</summary>
    public IReadOnlyList<ComponentForm> Checklist(IReadOnlyList<string> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        return components
            .Select(name => Components.FirstOrDefault(line => line.Name == name) ?? new ComponentForm { Name = name })
            .ToList();
    }

    public DateTimeOffset? NewEnd => DateFields.Instant(ToDay, ToTime);

    internal object RejectBody() => new { reason = FormValue.Of(Reason) };

    internal object CheckoutBody() =>
        new { components = Components.Where(line => line.HandedOver).Select(line => line.Name).ToList() };

    internal object ReturnBody() =>
        new
        {
            condition = Condition,
            notes = FormValue.Of(Notes),
            components = Components
                .Select(line => new
                {
                    name = line.Name,
                    condition = line.Condition,
                    notes = FormValue.Of(line.Notes),
                })
                .ToList(),
        };

    internal static object ExtendBody(DateTimeOffset to) => new { to };
}
