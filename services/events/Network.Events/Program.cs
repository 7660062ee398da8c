using Network.Events;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEventsService();

var app = builder.Build();
app.UseServiceDefaults();
app.MapEventsService();
app.Run();
