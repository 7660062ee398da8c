using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Persistence;

internal sealed class EquipmentDesignTimeFactory : ServerDesignTimeFactory<EquipmentDbContext>
{
    protected override EquipmentDbContext Create(DbContextOptions<EquipmentDbContext> options) => new(options);
}
