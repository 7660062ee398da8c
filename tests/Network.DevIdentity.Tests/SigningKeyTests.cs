namespace Network.DevIdentity.Tests;

/// <summary>The signing key is kept in the data folder: tokens issued before a restart validate after it.</summary>
public sealed class SigningKeyTests : IDisposable
{
    private readonly TestRealm _realm = new();

    [Fact]
    public async Task The_key_survives_a_restart()
    {
        var (kidBefore, token) = await StartAndTakeATokenAsync();

        await using var restarted = new DevIdentityFactory(_realm);
        using var client = restarted.CreateClient();
        var jwks = await client.GetStringAsync(DevIdentityFactory.CertsPath);
        var result = await DevIdentityFactory.ValidateAsServicesDoAsync(token, jwks);

        Assert.Equal(kidBefore, DevIdentityFactory.KidOf(jwks));
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task The_key_is_made_at_first_start_in_the_data_folder()
    {
        Assert.False(Directory.Exists(_realm.DataPath));

        var (kid, _) = await StartAndTakeATokenAsync();

        Assert.True(File.Exists(Path.Combine(_realm.DataPath, "signing-key.pem")));
        Assert.Equal(kid, (await File.ReadAllTextAsync(Path.Combine(_realm.DataPath, "signing-key.kid"))).Trim());
    }

    public void Dispose() => _realm.Dispose();

    /// <summary>Starts DevIdentity, takes its kid and a token, and stops it.</summary>
    private async Task<(string Kid, string Token)> StartAndTakeATokenAsync()
    {
        await using var identity = new DevIdentityFactory(_realm);
        using var client = identity.CreateClient();
        var kid = DevIdentityFactory.KidOf(await client.GetStringAsync(DevIdentityFactory.CertsPath));
        using var response = await DevIdentityFactory.PasswordGrantAsync(client, "one.partner", "one-password");
        return (kid, await DevIdentityFactory.AccessTokenOfAsync(response));
    }
}
