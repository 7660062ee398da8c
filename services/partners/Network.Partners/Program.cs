using Network.Partners;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPartnersService();

var app = builder.Build();
app.UseServiceDefaults();
app.MapPartnersApi();
app.Run();
