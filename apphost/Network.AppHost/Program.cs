using Network.AppHost;
using Network.AppHost.Containers;
using Network.AppHost.Local;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure =
    Infrastructure.Detect(builder.Configuration, Console.Error) == InfrastructureMode.Containers
        ? builder.AddContainerInfrastructure()
        : builder.AddLocalInfrastructure();
builder.AddNetwork(infrastructure);
builder.AddProjectsEnvironment();
builder.Build().Run();
