using Network.Portal;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostDefaults();
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
app.Run();
