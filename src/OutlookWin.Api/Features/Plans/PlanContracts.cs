using System.ComponentModel;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Features.Plans;

/// <summary>Which declaration the plan supports right now, or why none.</summary>
public sealed record AssessmentDto(
    [property: Description("full, conditional, or null when no declaration applies")]
    DeclarationVariant? Variant,
    IReadOnlyList<string> Reasons);

/// <summary>Something to check that does not block saving.</summary>
public sealed record WarningDto(string Field, string Message);

/// <summary>A stored plan.</summary>
public sealed record PlanResponse(
    Guid Id,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Prospect,
    string DealName,
    DateOnly PovStart,
    DateOnly PovEnd,
    DateOnly? ReadoutDate,
    PersonDto AccountExecutive,
    PersonDto LeadEngineer,
    PersonDto EconomicBuyer,
    PersonDto? SalesEngineer,
    IReadOnlyList<CriterionDto> Criteria,
    AssessmentDto Assessment,
    IReadOnlyList<WarningDto> Warnings,
    [property: Description("Set when the POV has ended and no declaration was sent within the agreed business days (the zombie phase)")]
    DeclarationDueDto? DeclarationDue = null);

/// <summary>The declaration is overdue: the readout is past and nothing was sent.</summary>
public sealed record DeclarationDueDto(DateOnly Due, int BusinessDaysLate, string Message);
