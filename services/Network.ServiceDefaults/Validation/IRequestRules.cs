using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// The rules of a request that no attribute of a single field can say: a period whose end comes after its start, a
/// field that goes with another, a date relative to now, a code of a vocabulary loaded at run time. The framework's
/// validation checks them in the same pass as the fields' attributes, after them and even when some of them failed, so
/// that one 400 names every bad field (<see cref="RequestValidation"/>).
/// </summary>
public interface IRequestRules
{
    /// <summary>Adds each rule broken to <paramref name="errors"/>, naming fields from this object (<c>endsAt</c>,
    /// <c>url</c>).</summary>
    void Check(ValidationErrors errors, IServiceProvider services);
}
