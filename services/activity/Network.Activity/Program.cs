using Network.Activity;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddActivityService();

var app = builder.Build();
app.UseServiceDefaults();
app.MapActivityService();
app.Run();
