using System.ComponentModel;
using System.Text.Json;

namespace OutlookWin.Domain.Plans;

/// <summary>A person named in the plan.</summary>
public sealed record PersonDto(string? Name, string? Email, string? Title = null);

/// <summary>The known gap that blocks a criterion, and when its fix is due (YYYY-MM-DD).</summary>
public sealed record BlockerDto(string? Description, DateOnly? FixDue);

/// <summary>One success criterion with its readout result.</summary>
public sealed record CriterionDto(
    string? Title,
    string? Metric,
    [property: Description("percent, seconds, minutes, hours, days, milliseconds, count, boolean, or a short unit label")]
    string? Unit,
    [property: Description("higher_is_better (default) or lower_is_better")]
    string? Direction,
    [property: Description("A number, or true/false for a boolean criterion")]
    JsonElement? Target,
    [property: Description("The measured value at the readout: a number, true/false, or null when not measured yet")]
    JsonElement? Measured,
    [property: Description("pending, proven, not_proven or blocked (blocked needs a blocker with a due date)")]
    string? Status,
    [property: Description("Mandatory criteria decide the declaration; defaults to true")]
    bool? Mandatory,
    BlockerDto? Blocker);

/// <summary>A Mutual Success Plan as the add-in sends it, and as it is stored (the plan document).</summary>
public sealed record PlanRequest(
    string? Prospect,
    string? DealName,
    DateOnly? PovStart,
    DateOnly? PovEnd,
    DateOnly? ReadoutDate,
    PersonDto? AccountExecutive,
    PersonDto? LeadEngineer,
    PersonDto? EconomicBuyer,
    IReadOnlyList<CriterionDto>? Criteria,
    [property: Description("The Sales Engineer who signs the declaration (optional)")]
    PersonDto? SalesEngineer = null,
    [property: Description("The version you last read; a stale version is refused with 409 instead of overwriting")]
    int? Version = null);
