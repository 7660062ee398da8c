using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Notices;

/// <summary>
/// The piece a service adds to send e-mails: the notices' table in its DbContext
/// (<see cref="AddNotices(ModelBuilder)"/>), and the sender with the service's words
/// (<see cref="AddNotices{TComposer}"/>). A notice is owed by adding a <see cref="Notice"/> to the DbContext in the
/// save that makes the change it tells of.
/// </summary>
public static class ServiceNotices
{
    public static void AddNotices<TComposer>(this IHostApplicationBuilder builder)
        where TComposer : class, INoticeComposer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .Services.AddOptions<NoticeOptions>()
            .BindConfiguration(NoticeOptions.SectionName)
            .Validate(
                options => options.IsValid,
                "Notices:MaxAttempts is at least 1; Notices:RetryAfter and Notices:PollInterval are positive."
            )
            .ValidateOnStart();
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddScoped<INoticeComposer, TComposer>();
        builder.Services.AddHostedService<NoticeSender>();
    }

    public static void AddNotices(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new NoticeConfiguration());
    }
}
