using Network.Gateway;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseCors();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapGateway();
app.Run();
