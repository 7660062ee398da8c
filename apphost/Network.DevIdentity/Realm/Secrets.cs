using System.Security.Cryptography;
using System.Text;

namespace Network.DevIdentity.Realm;

/// <summary>Secret comparison that takes the same time whatever the guess, its length included.</summary>
internal static class Secrets
{
    public static bool AreEqual(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return false;
        }

        // Hashing first makes both sides the same length, so the comparison leaks nothing about it.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(actual))
        );
    }
}
