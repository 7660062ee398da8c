using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Protection;

/// <summary>
/// The Data Protection key ring, which encrypts what a service keeps for later: the answers idempotency replays,
/// residents' data in the referrals and events services. Replicas share it at <c>DataProtection:KeyRingPath</c>; a
/// certificate (<c>DataProtection:Certificate:Path</c> and <c>:Password</c>, or <c>:Thumbprint</c> in the machine's or
/// the user's store) encrypts the keys themselves, so that a copy of the folder alone reads nothing.
/// </summary>
public static class KeyRing
{
    public const string PathKey = "DataProtection:KeyRingPath";
    public const string CertificateSection = "DataProtection:Certificate";

    internal static void AddKeyRing(this IHostApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName(builder.Environment.ApplicationName);
        if (builder.Configuration[PathKey] is { Length: > 0 } folder)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }

        if (Certificate(builder.Configuration.GetSection(CertificateSection)) is { } certificate)
        {
            // Registers the certificate to decrypt the keys too: no certificate store is needed to read them back.
            protection.ProtectKeysWithCertificate(certificate);
        }
    }

    /// <summary>
    /// Keys kept in memory die with the process, and what they encrypted with them: a service that stores protected
    /// data refuses to start without a key ring that outlives it, except on a developer's machine.
    /// </summary>
    public static void RequireKeyRing(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration[PathKey]))
        {
            throw new InvalidOperationException(
                $"{PathKey} is not configured: {builder.Environment.ApplicationName} encrypts what it stores with "
                    + "that key ring, which must outlive the process (required in every environment but "
                    + $"Development; now {builder.Environment.EnvironmentName})."
            );
        }
    }

    private static X509Certificate2? Certificate(IConfigurationSection section)
    {
        if (section["Path"] is { Length: > 0 } path)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"]);
        }

        if (section["Thumbprint"] is not { Length: > 0 } thumbprint)
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                // A store that does not exist holds nothing (on Linux, the machine has no My store at all).
                continue;
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException(
            $"{CertificateSection}:Thumbprint names no certificate of the user's or the machine's store (My)."
        );
    }
}
