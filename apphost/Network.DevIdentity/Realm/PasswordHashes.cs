using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.DevIdentity.Realm;

/// <summary>
/// Passwords as Keycloak's <c>pbkdf2-sha256</c> provider stores them: a salted PBKDF2 hash in <c>secretData</c>,
/// its algorithm and iterations in <c>credentialData</c>. A password a person chose is never written in clear.
/// </summary>
internal static class PasswordHashes
{
    public const string Algorithm = "pbkdf2-sha256";

    /// <summary>Keycloak's former default for this algorithm: enough for a development stand-in, and quick.</summary>
    private const int Iterations = 27_500;
    private const int SaltBytes = 16;

    /// <summary>Keycloak's derived key size, 512 bits.</summary>
    private const int KeyBytes = 64;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RealmCredential Create(string password, DateTimeOffset now)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations, KeyBytes);
        return new RealmCredential
        {
            Type = RealmCredential.PasswordType,
            CreatedDate = now.ToUnixTimeMilliseconds(),
            SecretData = new JsonObject
            {
                ["value"] = Convert.ToBase64String(hash),
                ["salt"] = Convert.ToBase64String(salt),
                ["additionalParameters"] = new JsonObject(),
            }.ToJsonString(Json),
            CredentialData = new JsonObject
            {
                ["hashIterations"] = Iterations,
                ["algorithm"] = Algorithm,
                ["additionalParameters"] = new JsonObject(),
            }.ToJsonString(Json),
        };
    }

    /// <summary>Whether <paramref name="password"/> is the one hashed in <paramref name="credential"/>.</summary>
    public static bool Verify(RealmCredential credential, string? password)
    {
        if (password is null || credential.SecretData is null || credential.CredentialData is null)
        {
            return false;
        }

        try
        {
            var secret = JsonNode.Parse(credential.SecretData);
            var data = JsonNode.Parse(credential.CredentialData);
            if (data?["algorithm"]?.GetValue<string>() != Algorithm)
            {
                return false;
            }

            var expected = Convert.FromBase64String(secret?["value"]?.GetValue<string>() ?? "");
            var salt = Convert.FromBase64String(secret?["salt"]?.GetValue<string>() ?? "");
            var iterations = data["hashIterations"]?.GetValue<int>() ?? 0;
            return iterations > 0
                && expected.Length > 0
                && CryptographicOperations.FixedTimeEquals(
                    expected,
                    Derive(password, salt, iterations, expected.Length)
                );
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, length);
}
