using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>On a shared local host, one signed-in user's Sandbox faults and triggers reach only their own mailbox.</summary>
[Collection(TrackingTest.Collection)]
public sealed class SandboxScopeEndToEndTests : TrackingTest
{
    [SkippableFact]
    public async Task Faults_and_lifecycle_triggers_armed_by_one_user_never_reach_another()
    {
        var se = Start();
        var other = Server.ClientFor($"other-{Guid.NewGuid():N}@fabrikam.example");
        var first = (string)(await se.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        var subscription = (string)(await WaitForSubscriptionAsync(se))["id"]!;

        // The other user breaks "their" Graph: every request unavailable, every write's answer lost.
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsJsonAsync("/sandbox/faults", new JsonObject
        {
            ["unavailable"] = new JsonObject { ["count"] = 50 },
            ["lostWriteResponses"] = 50,
            ["dropNotifications"] = 50,
        })).StatusCode);
        // ...and tries to fire a lifecycle event at the SE's subscription.
        var trigger = await other.PostAsJsonAsync("/sandbox/faults", new JsonObject
        {
            ["lifecycle"] = new JsonObject { ["subscriptionId"] = subscription, ["event"] = "subscriptionRemoved" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, trigger.StatusCode);

        // The SE's mailbox works as before: a second declaration goes out, and a reply still arrives.
        var second = (string)(await se.DeclareAndSendAsync(ContosoAllProven()))["id"]!;
        await se.ProspectRepliesAsync(second, new JsonObject { ["canned"] = "confirmed" });
        await WaitForStateAsync(se, second, "confirmed");
        Assert.Equal(subscription, (string?)(await se.SubscriptionsAsync()).Single()!["id"]);
        Assert.NotEqual(first, second);
    }
}
