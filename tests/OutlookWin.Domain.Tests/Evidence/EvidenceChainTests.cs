using OutlookWin.Domain.Evidence;

namespace OutlookWin.Domain.Tests.Evidence;

public class EvidenceChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    private static List<EvidenceLink> Chain()
    {
        var first = EvidenceChain.Append(null, EvidenceEventKind.Drafted, T0, "se@fabrikam.example", "{\"variant\":\"full\"}");
        var second = EvidenceChain.Append(first, EvidenceEventKind.Sent, T0.AddMinutes(5), "se@fabrikam.example", "{}");
        var third = EvidenceChain.Append(second, EvidenceEventKind.ReplyReceived, T0.AddHours(3), "system", "{\"sha256\":\"ab\",\"verdict\":\"confirmed\"}");
        return [first, second, third];
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var chain = Chain();

        Assert.Empty(EvidenceChain.Verify(chain));
        Assert.Equal(EvidenceChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
    }

    [Fact]
    public void Editing_a_payload_is_detected_at_that_link()
    {
        var chain = Chain();
        chain[2] = chain[2] with { Payload = "{\"sha256\":\"ab\",\"verdict\":\"declined\"}" };

        var problem = Assert.Single(EvidenceChain.Verify(chain));
        Assert.Equal(3, problem.Sequence);
    }

    [Fact]
    public void Rehashing_an_edited_link_still_breaks_the_next_one()
    {
        var chain = Chain();
        var edited = chain[1] with { Actor = "someone-else" };
        chain[1] = edited with { Hash = EvidenceChain.HashOf(edited.Sequence, edited.Kind, edited.At, edited.Actor, edited.Payload, edited.PreviousHash) };

        var problem = Assert.Single(EvidenceChain.Verify(chain));
        Assert.Equal(3, problem.Sequence);
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_a_database_round_trip_keeps_the_hash()
    {
        var link = EvidenceChain.Append(null, "k", T0.AddTicks(12_345), "a", "{}");

        Assert.Equal(T0.AddMilliseconds(1), link.At);
        Assert.Empty(EvidenceChain.Verify([link with { At = link.At.ToOffset(TimeSpan.FromHours(-5)) }]));
    }

    [Fact]
    public void Removing_a_link_is_detected()
    {
        var chain = Chain();
        chain.RemoveAt(1);

        Assert.NotEmpty(EvidenceChain.Verify(chain));
    }

    [Fact]
    public void The_same_instant_in_another_offset_hashes_the_same()
    {
        var a = EvidenceChain.HashOf(1, "k", T0, "a", "{}", EvidenceChain.Genesis);
        var b = EvidenceChain.HashOf(1, "k", T0.ToOffset(TimeSpan.FromHours(2)), "a", "{}", EvidenceChain.Genesis);

        Assert.Equal(a, b);
    }
}
