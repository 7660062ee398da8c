using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Network.ServiceDefaults.Protection;

/// <summary>Converters that encrypt on the way to the database and decrypt on the way back; nulls stay null.</summary>
public static class Encrypted
{
    public static ValueConverter<string?, string?> Text(PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return new(value => protector.Protect(value!), stored => protector.Unprotect(stored!));
    }

    /// <summary>
    /// As <see cref="Text"/>, for a column that held clear text before it was encrypted: a stored value that is not a
    /// Data Protection payload is read as it is (and stays so until the property is written again, or erased).
    /// </summary>
    public static ValueConverter<string?, string?> TextOrEarlierClear(PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return new(
            value => protector.Protect(value!),
            stored => PersonalDataProtector.IsProtected(stored!) ? protector.Unprotect(stored!) : stored
        );
    }

    public static ValueConverter<int, string> Year(PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return new(value => protector.ProtectYear(value), stored => protector.UnprotectYear(stored));
    }
}

/// <summary>A DbContext whose model holds encrypting converters, built around its protector.</summary>
public interface IProtectedDbContext
{
    PersonalDataProtector Protector { get; }
}

/// <summary>
/// The encrypting converters hold the context's protector, so the model is cached per protector (a test host, or the
/// design-time tools, build their own). Use with <c>optionsBuilder.ReplaceService&lt;IModelCacheKeyFactory,
/// ProtectorModelCacheKeyFactory&gt;()</c>.
/// </summary>
public sealed class ProtectorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is IProtectedDbContext protectedContext
            ? (context.GetType(), protectedContext.Protector, designTime)
            : (context.GetType(), designTime);
}
