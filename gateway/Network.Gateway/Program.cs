using Network.Gateway;
using Network.ServiceDefaults;
using Network.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseTrustedProxies();
app.UseCors();
app.UseWebDefaults();
app.UseRateLimiter();
app.MapGateway();
app.Run();
