using Microsoft.AspNetCore.Mvc;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Tests.Unit;

/// <summary>One type and one French title per kind of problem, whatever the endpoint wrote.</summary>
public sealed class ProblemKindsTests
{
    [Theory]
    [InlineData(404, "urn:network:problem:not-found", "Introuvable.")]
    [InlineData(409, "urn:network:problem:conflict", "L'état actuel ne permet pas cette action.")]
    [InlineData(412, "urn:network:problem:stale", "La ressource a changé depuis votre lecture.")]
    [InlineData(429, "urn:network:problem:too-many-requests", "Trop de demandes.")]
    [InlineData(503, "urn:network:problem:unavailable", "Service momentanément indisponible.")]
    public void A_problem_takes_the_type_and_title_of_its_status(int status, string type, string title)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = "https://tools.ietf.org/html/rfc9110",
            Title = "The item changed meanwhile.",
        };

        ProblemKinds.Apply(problem);

        Assert.Equal((type, title), (problem.Type, problem.Title));
    }

    [Fact]
    public void Every_kind_has_its_own_type() =>
        Assert.Equal(ProblemKinds.All.Count, ProblemKinds.All.Values.Select(kind => kind.Kind).Distinct().Count());
}
