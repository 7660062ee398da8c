using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Network.Portal.Components.Ui;

/// <summary>A heading whose level the page chooses, so that a card keeps the page's outline right wherever it is
/// shown.</summary>
public sealed class Heading : ComponentBase
{
    [Parameter]
    public int Level { get; set; } = 2;

    [Parameter]
    public string? Class { get; set; }

    /// <summary>For a region or a table that the heading names (<c>aria-labelledby</c>).</summary>
    [Parameter]
    public string? Id { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        builder.AddAttribute(1, "class", Class);
        builder.AddAttribute(2, "id", Id);
        builder.AddContent(3, ChildContent);
        builder.CloseElement();
    }
}
