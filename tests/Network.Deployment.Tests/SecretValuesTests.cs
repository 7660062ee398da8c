namespace Network.Deployment.Tests;

/// <summary>The repository carries the Secrets' keys, never their values: the network fills them in its own
/// copy.</summary>
public sealed class SecretValuesTests
{
    [Fact]
    public void The_committed_secret_files_hold_no_value_but_role_names()
    {
        var folder = Path.Combine(Manifests.KubernetesFolder, "components", "secrets", "values");
        var files = Directory.GetFiles(folder);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            if (file.EndsWith(".env", StringComparison.Ordinal))
            {
                foreach (var line in File.ReadAllLines(file).Where(line => line.Length > 0 && line[0] != '#'))
                {
                    var (key, value) = (line.Split('=', 2)[0], line.Split('=', 2)[1]);
                    Assert.True(value.Length == 0 || key == "username", $"{Path.GetFileName(file)}: {key} has a value");
                }
            }
            else
            {
                Assert.Equal(0, new FileInfo(file).Length);
            }
        }
    }
}
