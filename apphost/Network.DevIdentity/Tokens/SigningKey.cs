using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tokens;

/// <summary>
/// The realm's RS256 key: made at first start and kept in the data folder (a PKCS#8 PEM and its kid), so that
/// tokens issued before a restart still validate after it.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    public const string KeyFileName = "signing-key.pem";
    public const string KidFileName = "signing-key.kid";

    private static readonly JsonWebTokenHandler Handler = new();

    private SigningKey(RSA rsa, string kid)
    {
        // A factory of its own, caching nothing: the process-wide one would keep the signature provider of a key
        // disposed with its host and hand it to the next host of the same key (a restart in the same process).
        Key = new RsaSecurityKey(rsa)
        {
            KeyId = kid,
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        Credentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256);
    }

    public RsaSecurityKey Key { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>A compact JWS of <paramref name="payload"/>, with the header <c>{alg: RS256, kid, typ:
    /// JWT}</c>.</summary>
    public string Sign(JsonObject payload) => Handler.CreateToken(payload.ToJsonString(), Credentials);

    /// <summary>
    /// A token this key signed for <paramref name="issuer"/>, still valid; null otherwise. The audience is
    /// checked only when given (a refresh token's audience is the issuer; userinfo takes any access token), and the
    /// lifetime unless <paramref name="validateLifetime"/> is false (an ID token naming the session to log out).
    /// </summary>
    public async Task<JsonWebToken?> ValidateAsync(
        string token,
        string issuer,
        string? audience,
        bool validateLifetime = true
    )
    {
        var result = await Handler
            .ValidateTokenAsync(
                token,
                new TokenValidationParameters
                {
                    IssuerSigningKey = Key,
                    ValidateIssuerSigningKey = true,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    ValidIssuer = issuer,
                    ValidateAudience = audience is not null,
                    ValidAudience = audience,
                    ValidateLifetime = validateLifetime,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.Zero,
                }
            )
            .ConfigureAwait(false);
        return result.IsValid ? result.SecurityToken as JsonWebToken : null;
    }

    public static SigningKey LoadOrCreate(string folder)
    {
        Directory.CreateDirectory(folder);
        var keyPath = Path.Combine(folder, KeyFileName);
        if (!File.Exists(keyPath))
        {
            Create(keyPath);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(keyPath));
            return new SigningKey(rsa, Kid(folder, rsa));
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public void Dispose() => Key.Rsa.Dispose();

    /// <summary>The kid kept beside the key; the key's JWK thumbprint when there is none yet.</summary>
    private static string Kid(string folder, RSA rsa)
    {
        var kidPath = Path.Combine(folder, KidFileName);
        var kid = File.Exists(kidPath) ? File.ReadAllText(kidPath).Trim() : "";
        if (kid.Length == 0)
        {
            kid = Base64UrlEncoder.Encode(
                new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)).ComputeJwkThumbprint()
            );
            File.WriteAllText(kidPath, kid);
        }

        return kid;
    }

    /// <summary>
    /// Writes a new 2048-bit key readable by its owner only. It is written aside and moved into place, so that
    /// two instances starting together keep the same key: the second move fails and the first key stays.
    /// </summary>
    private static void Create(string keyPath)
    {
        using var rsa = RSA.Create(2048);
        var pending = $"{keyPath}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(pending, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(pending, keyPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(keyPath))
        {
            File.Delete(pending);
        }
    }
}
