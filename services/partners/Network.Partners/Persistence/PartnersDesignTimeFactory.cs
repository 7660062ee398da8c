using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.Partners.Persistence;

internal sealed class PartnersDesignTimeFactory : ServerDesignTimeFactory<PartnersDbContext>
{
    protected override PartnersDbContext Create(DbContextOptions<PartnersDbContext> options) => new(options);
}
