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

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        builder.AddAttribute(1, "class", Class);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
