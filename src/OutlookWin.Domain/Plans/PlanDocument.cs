using System.Text.Json;
namespace OutlookWin.Domain.Plans;

/// <summary>The plan document: the payload the API accepts, read into a <see cref="SuccessPlan"/> and written back.</summary>
public static class PlanDocument
{
    /// <summary>How the document (and the API payload) is written: camelCase.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The canonical stored form: the request shape, every default made explicit.</summary>
    public static string Write(SuccessPlan plan) => JsonSerializer.Serialize(ToRequest(plan), Json);

    public static SuccessPlan Read(string document)
    {
        var request = JsonSerializer.Deserialize<PlanRequest>(document, Json)
            ?? throw new InvalidOperationException("A stored plan document is empty.");
        return PlanReader.TryRead(request, out var plan, out var errors)
            ? plan!
            : throw new InvalidOperationException($"A stored plan no longer reads: {string.Join("; ", errors.Keys)}");
    }

    public static PlanRequest ToRequest(SuccessPlan plan) => new(
        plan.Prospect, plan.DealName, plan.PovStart, plan.PovEnd, plan.ReadoutDate,
        ToDto(plan.AccountExecutive), ToDto(plan.LeadEngineer), ToDto(plan.EconomicBuyer),
        [.. plan.Criteria.Select(ToDto)],
        plan.SalesEngineer is null ? null : ToDto(plan.SalesEngineer));

    public static PersonDto ToDto(Person p) => new(p.Name, p.Email, p.Title);

    public static CriterionDto ToDto(Criterion c) => new(
        c.Title, c.Metric, c.Unit,
        SnakeCaseEnum.Name(c.Direction),
        ToJson(c.Target), c.Measured is null ? null : ToJson(c.Measured),
        SnakeCaseEnum.Name(c.Status),
        c.Mandatory,
        c.Blocker is null ? null : new BlockerDto(c.Blocker.Description, c.Blocker.FixDue));

    private static JsonElement ToJson(MetricValue v) =>
        v.Flag is { } flag ? JsonSerializer.SerializeToElement(flag) : JsonSerializer.SerializeToElement(v.Number!.Value);
}
