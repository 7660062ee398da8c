using System.Globalization;

namespace Network.AppHost;

/// <summary>
/// smtp4dev, where every service sends its e-mails in development: an SMTP server that keeps them and a web inbox to
/// read them, linked from the dashboard. Local mode runs the .NET tool of the repository's tool manifest (restored by
/// <c>dotnet tool restore</c>); container mode runs its image. Ports from <c>Ports:MailInbox</c> (5081) and
/// <c>Ports:Smtp</c> (2525).
/// </summary>
internal static class MailCatcher
{
    public const string Name = "mail";

    public static IResourceBuilder<IResourceWithEndpoints> AddLocalMailCatcher(
        this IDistributedApplicationBuilder builder
    )
    {
        var (inbox, smtp) = Ports(builder);
        return builder
            .AddExecutable(
                Name,
                "dotnet",
                Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..")),
                "smtp4dev",
                string.Create(CultureInfo.InvariantCulture, $"--urls=http://localhost:{inbox}"),
                string.Create(CultureInfo.InvariantCulture, $"--smtpport={smtp}"),
                "--imapport=",
                "--pop3port=",
                // Kept in memory: the inbox starts empty with the app host, as the demo data does.
                "--db=",
                "--nousersettings"
            )
            .WithHttpEndpoint(port: inbox, name: "http", isProxied: false)
            .WithEndpoint(port: smtp, name: "smtp", scheme: "tcp", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "Boîte de réception (smtp4dev)")
            .WithHttpHealthCheck("/", endpointName: "http");
    }

    public static IResourceBuilder<IResourceWithEndpoints> AddContainerMailCatcher(
        this IDistributedApplicationBuilder builder
    )
    {
        var (inbox, smtp) = Ports(builder);
        return builder
            .AddContainer(Name, "rnwood/smtp4dev", "v3")
            .WithHttpEndpoint(port: inbox, targetPort: 80, name: "http")
            .WithEndpoint(port: smtp, targetPort: 25, name: "smtp", scheme: "tcp")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Boîte de réception (smtp4dev)")
            .WithHttpHealthCheck("/", endpointName: "http");
    }

    /// <summary>Every service sends to <paramref name="mail"/>, in clear (a development server), with links to the
    /// portal on the gateway's port.</summary>
    public static IResourceBuilder<ProjectResource> WithMailCatcher(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<IResourceWithEndpoints> mail,
        IConfiguration configuration
    )
    {
        var smtp = mail.Resource.GetEndpoint("smtp");
        var gateway = configuration.GetValue("Ports:Gateway", 5080);
        return service
            .WithEnvironment("Notices__Smtp__Host", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Notices__Smtp__Port", smtp.Property(EndpointProperty.Port))
            .WithEnvironment("Notices__Smtp__EnableSsl", "false")
            .WithEnvironment(
                "Notices__PortalUrl",
                string.Create(CultureInfo.InvariantCulture, $"http://localhost:{gateway}/")
            )
            .WithEnvironment(
                "Notices__CoordinatorEmail",
                configuration["Notices:CoordinatorEmail"] ?? "coordination@reseau-inclusion-numerique.fr"
            )
            .WaitFor(mail);
    }

    private static (int Inbox, int Smtp) Ports(IDistributedApplicationBuilder builder) =>
        (builder.Configuration.GetValue("Ports:MailInbox", 5081), builder.Configuration.GetValue("Ports:Smtp", 2525));
}
