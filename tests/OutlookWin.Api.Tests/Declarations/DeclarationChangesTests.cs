using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;

namespace OutlookWin.Api.Tests.Declarations;

/// <summary>The in-process broadcaster behind <c>GET /api/declarations/events</c>.</summary>
public sealed class DeclarationChangesTests
{
    private static readonly SignedInUser Alex = new("tenant-1", "alex", "alex@fabrikam.example", null);
    private static readonly SignedInUser Blake = new("tenant-1", "blake", "blake@fabrikam.example", null);

    /// <summary>Same object id, another tenant: another owner.</summary>
    private static readonly SignedInUser AlexElsewhere = new("tenant-2", "alex", "alex@contoso.example", null);

    private static DeclarationChanges Changes(int capacity = 64) => new(Options.Create(new LiveUpdateOptions { ListenerCapacity = capacity }));

    private static void Save(DeclarationChanges changes, SignedInUser owner, Guid id, int version) =>
        changes.Publish(owner.TenantId, owner.ObjectId, new DeclarationChange(id, version));

    [Fact]
    public void Each_listener_hears_of_its_owners_declarations_only()
    {
        var changes = Changes();
        using var alex = changes.Listen(Alex);
        using var alexSecondPane = changes.Listen(Alex);
        using var blake = changes.Listen(Blake);
        using var elsewhere = changes.Listen(AlexElsewhere);
        var id = Guid.NewGuid();

        Save(changes, Alex, id, 3);

        Assert.True(alex.Changes.TryRead(out var heard));
        Assert.Equal(new DeclarationChange(id, 3), heard);
        Assert.True(alexSecondPane.Changes.TryRead(out _));
        Assert.False(blake.Changes.TryRead(out _));
        Assert.False(elsewhere.Changes.TryRead(out _));
    }

    [Fact]
    public void A_listener_that_does_not_read_loses_its_oldest_changes_and_never_holds_up_a_save()
    {
        var changes = Changes(capacity: 2);
        using var slow = changes.Listen(Alex);
        var id = Guid.NewGuid();

        for (var version = 1; version <= 5; version++)
        {
            Save(changes, Alex, id, version);
        }

        Assert.True(slow.Changes.TryRead(out var first));
        Assert.True(slow.Changes.TryRead(out var second));
        Assert.False(slow.Changes.TryRead(out _));
        Assert.Equal([4, 5], new[] { first!.Version, second!.Version });
    }

    [Fact]
    public void A_disposed_listener_is_removed_and_its_queue_completes()
    {
        var changes = Changes();
        var gone = changes.Listen(Alex);
        using var staying = changes.Listen(Alex);
        Assert.Equal(2, changes.ListenerCount(Alex));

        gone.Dispose();
        Save(changes, Alex, Guid.NewGuid(), 1);

        Assert.Equal(1, changes.ListenerCount(Alex));
        Assert.True(gone.Changes.Completion.IsCompleted);
        Assert.False(gone.Changes.TryRead(out _));
        Assert.True(staying.Changes.TryRead(out _));

        staying.Dispose();
        Assert.Equal(0, changes.ListenerCount(Alex));
    }
}
