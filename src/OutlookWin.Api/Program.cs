using OutlookWin.Api.Auth;
using OutlookWin.Api.Features.Declarations;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Features.Replies;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddOutlookWinAuthentication();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOutlookWinProblems();
builder.Services.AddOutlookWinStorage();
builder.Services.AddOutlookWinSwagger();
builder.Services.AddOutlookWinTaskPane();
builder.Services.AddSingleton(new OutlookWin.Domain.Replies.ReplyReader());

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

app.MapPlans();
app.MapDeclarationPreview();
app.MapReplies();

await app.MigrateOutlookWinStorageAsync();
await app.RunAsync();

/// <summary>Entry point, public so tests can host the API.</summary>
public partial class Program;
