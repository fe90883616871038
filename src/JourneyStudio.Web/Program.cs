using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Seeding;
using JourneyStudio.Web.Workspaces;

var builder = WebApplication.CreateBuilder(args);

builder.AddJourneyStudioDefaults();
builder.Services.AddWorkspaces();
builder.Services.AddMaps();
builder.Services.AddSeeding(builder.Configuration);
builder.Services.AddAccounts();

var app = builder.Build();

app.UseJourneyStudioDefaults();
app.MapAccountEndpoints();
app.MapMapsApi();
app.MapWorkspacesApi();
app.MapJourneyStudioPages();

app.Run();

public partial class Program;
