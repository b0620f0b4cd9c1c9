using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Features.Declarations;
using OutlookWin.Api.Features.Evidence;
using OutlookWin.Api.Features.FollowUps;
using OutlookWin.Api.Features.Forwarding;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Features.Replies;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Mailbox;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;

var builder = WebApplication.CreateBuilder(args);

builder.AddOutlookWinAuthentication();
builder.AddOutlookWinMailbox();
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddOutlookWinProblems();
builder.Services.AddOutlookWinRateLimits();
builder.Services.AddOutlookWinStorage();
builder.AddOutlookWinKeyRingProtection();
builder.Services.AddOutlookWinDeclarations();
builder.Services.AddOutlookWinTracking();
builder.Services.AddOutlookWinSwagger();
builder.Services.AddOutlookWinTaskPane();
builder.Services.AddOutlookWinHealth();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
if (app.Environment.IsDevelopment())
{
    app.UseOutlookWinSwagger();
}

app.UseOutlookWinTaskPane();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

// Every /api route needs a signed-in user and counts against that user's rate limit.
var api = app.MapGroup("/api")
    .RequireAuthorization(AuthenticationSetup.OwnerPolicy)
    .RequireRateLimiting(RateLimitSetup.PerUser)
    .AddEndpointFilter(Problems.AsProblemJson);
api.MapPlans();
api.MapDeclarationPreview();
api.MapDeclarations();
api.MapDeclarationEvents();
api.MapTrackingStatus();
api.MapReplies();
api.MapEvidence();
api.MapForwarding();
api.MapFollowUps();
api.MapMailboxSession();
app.MapClientConfig();
app.MapGraphWebhooks();
app.MapOutlookWinMailbox();
app.MapOutlookWinHealth();

await app.MigrateOutlookWinStorageAsync();
await app.RunAsync();

/// <summary>Entry point, public so tests can host the API.</summary>
public partial class Program;
