using Network.Referrals;
using Network.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReferralsService();

var app = builder.Build();
app.UseServiceDefaults();
app.MapReferralsService();
app.Run();
