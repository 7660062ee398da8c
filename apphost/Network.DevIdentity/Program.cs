using Network.DevIdentity;

// The local stand-in for Keycloak: the realm of the realm file, at Keycloak's paths and port.
var builder = WebApplication.CreateBuilder(args);
builder.AddDevIdentity();

var app = builder.Build();
app.MapDevIdentity();
app.Run();
