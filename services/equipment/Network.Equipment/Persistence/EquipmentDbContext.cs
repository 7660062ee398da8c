using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Equipment.Persistence;

public sealed class EquipmentDbContext(DbContextOptions<EquipmentDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    public DbSet<ItemSchedule> Schedules => Set<ItemSchedule>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    /// <summary>The local replica of the partners directory: status, name and commune of owners and
    /// borrowers.</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    /// <summary>E-mails owed to structures about their loans.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.AddNotices();
        modelBuilder.ApplyConfiguration(new ItemConfiguration());
        modelBuilder.ApplyConfiguration(new ItemScheduleConfiguration());
        modelBuilder.ApplyConfiguration(new ReservationConfiguration());
    }
}
