using Bunit;
using Network.Portal.Components.Ui;

namespace Network.Portal.Tests.Components;

/// <summary>The form components tie labels, hints and errors to their field, as a screen reader needs them.</summary>
public sealed class FormComponentsTests : BunitContext
{
    [Fact]
    public void A_field_is_labelled_and_described_by_its_hint_and_its_error()
    {
        var field = Render<TextField>(parameters =>
            parameters
                .Add(p => p.Id, "email")
                .Add(p => p.Name, "Form.Email")
                .Add(p => p.Label, "E-mail")
                .Add(p => p.Hint, "Pour être prévenu·e.")
                .Add(p => p.Errors, ["L'adresse e-mail n'est pas valide."])
        );

        var input = field.Find("input#email");
        Assert.Equal("email", field.Find("label").GetAttribute("for"));
        Assert.Contains("(facultatif)", field.Find("label").TextContent, StringComparison.Ordinal);
        Assert.Equal("email-hint email-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("Form.Email", input.GetAttribute("name"));
        Assert.Contains(
            "L'adresse e-mail n'est pas valide.",
            field.Find("#email-error").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_required_field_without_error_says_nothing_more()
    {
        var field = Render<TextField>(parameters =>
            parameters.Add(p => p.Id, "prenom").Add(p => p.Label, "Prénom").Add(p => p.Required, true)
        );

        var input = field.Find("input");
        Assert.Null(input.GetAttribute("aria-describedby"));
        Assert.Null(input.GetAttribute("aria-invalid"));
        Assert.True(input.HasAttribute("required"));
        Assert.DoesNotContain("facultatif", field.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_summary_links_each_error_to_its_field()
    {
        var summary = Render<ErrorSummary>(parameters =>
            parameters.Add(p => p.Errors, [("prenom", "Indiquez votre prénom."), (null, "Réessayez plus tard.")])
        );

        Assert.Equal("alert", summary.Find(".error-summary").GetAttribute("role"));
        var link = summary.Find("a");
        Assert.Equal("#prenom", link.GetAttribute("href"));
        Assert.Equal("Indiquez votre prénom.", link.TextContent);
        Assert.Contains("Réessayez plus tard.", summary.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_error_renders_no_summary() => Assert.Empty(Render<ErrorSummary>().Markup.Trim());

    [Fact]
    public void The_pager_says_where_one_is_and_links_the_neighbours()
    {
        var pager = Render<Pager>(parameters =>
            parameters.Add(p => p.Page, 2).Add(p => p.PageCount, 3).Add(p => p.Href, page => $"/ateliers?page={page}")
        );

        Assert.Equal("/ateliers?page=1", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/ateliers?page=3", pager.Find("a[rel=next]").GetAttribute("href"));
        Assert.Equal("Page 2 sur 3", pager.Find("[aria-current=page]").TextContent);
    }

    [Fact]
    public void A_table_has_its_caption_and_column_headers()
    {
        var table = Render<DataTable<(string Day, string Hours)>>(parameters =>
            parameters
                .Add(p => p.Caption, "Horaires d'ouverture")
                .Add(p => p.Columns, ["Jours", "Horaires"])
                .Add(p => p.Rows, [("Le lundi", "De 9 h à 12 h")])
                .Add(
                    p => p.Row,
                    row =>
                        builder =>
                        {
                            builder.OpenElement(0, "th");
                            builder.AddAttribute(1, "scope", "row");
                            builder.AddContent(2, row.Day);
                            builder.CloseElement();
                            builder.OpenElement(3, "td");
                            builder.AddContent(4, row.Hours);
                            builder.CloseElement();
                        }
                )
        );

        Assert.Equal("Horaires d'ouverture", table.Find("caption").TextContent);
        Assert.Equal(["col", "col"], table.FindAll("thead th").Select(header => header.GetAttribute("scope")));
        Assert.Equal("Le lundi", table.Find("tbody th[scope=row]").TextContent);
    }

    [Fact]
    public void A_single_page_needs_no_pager() =>
        Assert.Empty(
            Render<Pager>(parameters =>
                parameters.Add(p => p.Page, 1).Add(p => p.PageCount, 1).Add(p => p.Href, _ => "")
            )
                .Markup.Trim()
        );
}
