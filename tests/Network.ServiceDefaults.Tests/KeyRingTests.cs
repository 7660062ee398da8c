using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Tests.Sample;

namespace Network.ServiceDefaults.Tests;

/// <summary>The key ring that encrypts stored answers and personal data outlives the process, and a certificate can
/// encrypt it.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "network-keyring-" + Guid.NewGuid().ToString("N")
    );

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_development_a_service_with_a_database_refuses_to_start_without_a_key_ring(string environment)
    {
        var builder = Builder(environment);

        var refusal = Assert.Throws<InvalidOperationException>(() =>
            builder.AddServiceDatabase<SampleDbContext>("sampledb")
        );

        Assert.Contains(KeyRing.PathKey, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_developers_machine_keys_may_live_in_memory() =>
        Builder(Environments.Development).AddServiceDatabase<SampleDbContext>("sampledb");

    [Fact]
    public void A_certificate_encrypts_the_keys_at_rest_and_reads_them_back()
    {
        var certificate = Path.Combine(_folder, "keyring.pfx");
        Directory.CreateDirectory(_folder);
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest(
                "CN=network-keyring",
                rsa,
                HashAlgorithmName.SHA256,
                RSASignaturePadding.Pkcs1
            );
            using var created = request.CreateSelfSigned(
                DateTimeOffset.UtcNow.AddDays(-1),
                DateTimeOffset.UtcNow.AddYears(1)
            );
            File.WriteAllBytes(certificate, created.Export(X509ContentType.Pfx, "mot-de-passe"));
        }

        var settings = new Dictionary<string, string?>
        {
            [KeyRing.PathKey] = Path.Combine(_folder, "keys"),
            [$"{KeyRing.CertificateSection}:Path"] = certificate,
            [$"{KeyRing.CertificateSection}:Password"] = "mot-de-passe",
        };

        var protectedText = WithProtector(settings, protector => protector.Protect("réponse enregistrée"));
        var key = File.ReadAllText(Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml").Single());

        Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", key, StringComparison.Ordinal);
        Assert.Equal("réponse enregistrée", WithProtector(settings, protector => protector.Unprotect(protectedText)));
    }

    [Fact]
    public void A_thumbprint_no_store_holds_stops_the_service_naming_the_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{KeyRing.CertificateSection}:Thumbprint"] = new string('0', 40),
        };

        var refusal = Assert.Throws<InvalidOperationException>(() =>
            WithProtector(settings, protector => protector.Protect("x"))
        );

        Assert.Contains($"{KeyRing.CertificateSection}:Thumbprint", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a host of its own, as a service started afresh would.</summary>
    private static string WithProtector(Dictionary<string, string?> settings, Func<IDataProtector, string> work)
    {
        var builder = Builder(Environments.Production);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddKeyRing();
        using var host = builder.Build();
        return work(host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test"));
    }

    private static HostApplicationBuilder Builder(string environment)
    {
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { EnvironmentName = environment, ApplicationName = "sample" }
        );
        builder.Configuration["ConnectionStrings:sampledb"] = "Data Source=:memory:";
        return builder;
    }
}
