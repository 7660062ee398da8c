using System.Text.RegularExpressions;
using Network.Partners.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>The body of <c>POST /api/partners</c>. Fields are optional here so that every missing one is reported at once.</summary>
public sealed record CreatePartnerRequest(
    string? Name = null, string? Kind = null, string? Description = null, AddressRequest? Address = null)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), "name", "Le nom est obligatoire.")
            .Require(Name is null || Name.Length <= 200, "name", "Le nom fait au plus 200 caractères.")
            .Require(!string.IsNullOrWhiteSpace(Kind), "kind", "Le type de structure est obligatoire.")
            .Require(Kind is null || PartnerRules.CodePattern().IsMatch(Kind), "kind", "Le type de structure est un code du référentiel (ex. centre-social).")
            .Require(Description is null || Description.Length <= 4000, "description", "La description fait au plus 4000 caractères.");
        if (Address is null)
        {
            return errors.Add("address", "L'adresse est obligatoire.");
        }

        Address.Validate(errors, "address");
        return errors;
    }
}

public sealed record AddressRequest(
    string? Street = null,
    string? PostalCode = null,
    string? Commune = null,
    string? InseeCode = null,
    double? Latitude = null,
    double? Longitude = null)
{
    public void Validate(ValidationErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors
            .Require(Street is null || Street.Length <= 200, $"{prefix}.street", "La rue fait au plus 200 caractères.")
            .Require(PostalCode is not null && PartnerRules.PostalCodePattern().IsMatch(PostalCode), $"{prefix}.postalCode", "Le code postal est fait de 5 chiffres.")
            .Require(!string.IsNullOrWhiteSpace(Commune), $"{prefix}.commune", "La commune est obligatoire.")
            .Require(Commune is null || Commune.Length <= 100, $"{prefix}.commune", "La commune fait au plus 100 caractères.")
            .Require(InseeCode is null || PartnerRules.InseeCodePattern().IsMatch(InseeCode), $"{prefix}.inseeCode", "Le code INSEE est fait de 5 caractères (ex. 06088, 2A004).")
            .Require(Latitude is null or (>= -90 and <= 90), $"{prefix}.latitude", "La latitude est comprise entre -90 et 90.")
            .Require(Longitude is null or (>= -180 and <= 180), $"{prefix}.longitude", "La longitude est comprise entre -180 et 180.")
            .Require(Latitude.HasValue == Longitude.HasValue, $"{prefix}.longitude", "La latitude et la longitude vont ensemble.");
    }

    public Address ToAddress()
        => new(Street?.Trim(), PostalCode!, Commune!.Trim(), InseeCode, Latitude, Longitude);
}

internal static partial class PartnerRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{5}$")]
    public static partial Regex PostalCodePattern();

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$")]
    public static partial Regex InseeCodePattern();
}
