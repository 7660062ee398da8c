namespace Network.AppHost;

/// <summary>
/// <c>Projects:Environment:&lt;VARIABLE&gt;=&lt;value&gt;</c> passes a setting to every project the app host starts
/// (the services, the gateway and, in local mode, DevIdentity), e.g. <c>Logging__LogLevel__Default=Debug</c> for a
/// run that wants every log line. Nothing is passed when the section is absent.
/// </summary>
internal static class ProjectsEnvironment
{
    public static void AddProjectsEnvironment(this IDistributedApplicationBuilder builder)
    {
        var settings = builder
            .Configuration.GetSection("Projects:Environment")
            .GetChildren()
            .Select(setting => (setting.Key, Value: setting.Value ?? ""))
            .ToList();
        if (settings.Count == 0)
        {
            return;
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder
                .CreateResourceBuilder(project)
                .WithEnvironment(context =>
                {
                    foreach (var (key, value) in settings)
                    {
                        context.EnvironmentVariables[key] = value;
                    }
                });
        }
    }
}
