using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;

namespace Network.Events.Persistence;

internal sealed class EventsDesignTimeFactory : ServerDesignTimeFactory<EventsDbContext>
{
    protected override EventsDbContext Create(DbContextOptions<EventsDbContext> options) =>
        new(options, PersonalDataProtector.Ephemeral());
}
