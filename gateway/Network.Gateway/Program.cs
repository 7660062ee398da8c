using Network.Gateway;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseTrustedProxies();
app.UseCors();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapGateway();
app.Run();
