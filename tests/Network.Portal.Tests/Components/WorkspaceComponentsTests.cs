using Bunit;
using Microsoft.AspNetCore.Components;
using Network.Portal.Api;
using Network.Portal.Components.Ui;
using Network.Portal.Forms;

namespace Network.Portal.Tests.Components;

/// <summary>The pieces every workspace form is made of: errors beside their fields, the creation key, the confirmation
/// step.</summary>
public sealed class WorkspaceComponentsTests : BunitContext
{
    [Fact]
    public void The_API_errors_go_beside_the_fields_the_page_shows_for_them_and_all_of_them_to_the_summary()
    {
        var problem = new ApiProblem(
            400,
            null,
            null,
            new Dictionary<string, string[]>
            {
                ["title"] = ["Le titre est obligatoire."],
                ["recurrence.count"] = ["Le nombre de séances est compris entre 1 et 100."],
                ["audiences"] = ["Public inconnu."],
            }
        );

        var errors = new FormErrors(
            problem,
            new Dictionary<string, string> { ["title"] = "titre", ["recurrence.count"] = "nombre-seances" }
        );

        Assert.Equal(["Le titre est obligatoire."], errors.For("titre"));
        Assert.Equal(["Le nombre de séances est compris entre 1 et 100."], errors.For("nombre-seances"));
        Assert.Equal(
            [
                ("titre", "Le titre est obligatoire."),
                ("nombre-seances", "Le nombre de séances est compris entre 1 et 100."),
                (null, "Public inconnu."),
            ],
            errors.Summary
        );
        Assert.False(FormErrors.None.Any);
    }

    [Fact]
    public void The_confirmation_says_what_will_happen_and_offers_the_way_back()
    {
        var panel = Render<ConfirmPanel>(parameters =>
            parameters
                .Add(p => p.Title, "Annuler l'atelier ?")
                .Add(p => p.ConfirmText, "Annuler l'atelier")
                .Add(p => p.BackHref, "/espace/ateliers/1")
                .Add(p => p.Danger, true)
                .Add(p => p.ConfirmName, "Form.Confirmed")
                .Add(p => p.ConfirmValue, "true")
                .AddChildContent("<p>3 personnes inscrites seront prévenues.</p>")
        );

        Assert.Equal("confirmation-titre", panel.Find("section").GetAttribute("aria-labelledby"));
        var button = panel.Find("button[type=submit]");
        Assert.Equal(
            ("Form.Confirmed", "true", "Annuler l'atelier"),
            (button.GetAttribute("name"), button.GetAttribute("value"), button.TextContent)
        );
        Assert.Contains("button-danger", button.ClassList);
        Assert.Equal("/espace/ateliers/1", panel.Find("a").GetAttribute("href"));
        Assert.Contains("3 personnes inscrites seront prévenues.", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_creation_key_travels_in_a_hidden_field_of_the_form_model()
    {
        var key = RequestKey.New();

        var field = Render<RequestKeyField>(parameters => parameters.Add(p => p.Value, key));

        Assert.Equal(
            ("hidden", "Form.RequestKey", key),
            (
                field.Find("input").GetAttribute("type"),
                field.Find("input").GetAttribute("name"),
                field.Find("input").GetAttribute("value")
            )
        );
        Assert.NotEqual(key, RequestKey.New());
    }
}
