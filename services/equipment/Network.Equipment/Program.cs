using Network.Equipment;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEquipmentService();

var app = builder.Build();
app.UseServiceDefaults();
app.MapEquipmentService();
app.Run();
