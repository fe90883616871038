using JourneyStudio.Web.Accounts;
using JourneyStudio.Web.Canvas.Export;
using JourneyStudio.Web.Collaboration;
using JourneyStudio.Web.Feedback;
using JourneyStudio.Web.Heat;
using JourneyStudio.Web.Heat.PainPoints;
using JourneyStudio.Web.Hosting;
using JourneyStudio.Web.Maps;
using JourneyStudio.Web.Seeding;
using JourneyStudio.Web.Sharing;
using JourneyStudio.Web.Workspaces;

var builder = WebApplication.CreateBuilder(args);

builder.AddJourneyStudioDefaults();
builder.Services.AddWorkspaces();
builder.Services.AddMaps();
builder.Services.AddSeeding(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddSharing();
builder.Services.AddCollaboration(builder.Configuration);
builder.AddFeedback();
builder.AddHeat();
builder.Services.AddPainPoints();

var app = builder.Build();

app.UseJourneyStudioDefaults();
app.MapAccountEndpoints();
app.MapMapsApi();
app.MapExportApi();
app.MapWorkspacesApi();
app.MapSharingApi();
app.MapCollaboration();
app.MapFeedback();
app.MapHeat();
app.MapPainPointsApi();
app.MapJourneyStudioPages();

app.Run();

public partial class Program;
