using System.ComponentModel.DataAnnotations;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.ServiceDefaults.Tests.Sample;

/// <summary>A request that declares its fields' rules and relates two of them, as the services' requests do.</summary>
public sealed record VisitRequest(
    [property: Required(ErrorMessage = "Le nom est obligatoire.")]
    [property: MaxLength(20, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Name = null,
    [property: Required(ErrorMessage = "Le lieu est obligatoire.")] PlaceRequest? Place = null,
    IReadOnlyList<PlaceRequest>? Stops = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null
) : IRequestRules
{
    public void Check(ValidationErrors errors, IServiceProvider services) =>
        errors.Require(
            StartsAt is null || EndsAt is null || EndsAt > StartsAt,
            "endsAt",
            "La fin vient après le début."
        );
}

public sealed record PlaceRequest(
    [property: Required(ErrorMessage = "La commune est obligatoire.")]
    [property: MaxLength(10, ErrorMessage = "La commune fait au plus {1} caractères.")]
        string? Commune = null
);
