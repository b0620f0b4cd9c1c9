using OutlookWin.Api.Storage;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Features.Plans;

/// <summary>A stored plan as the API answers with it.</summary>
public static class PlanMapping
{
    /// <param name="record">The stored plan.</param>
    /// <param name="today">The day it would be declared: the assessment and the warnings are those of a declaration drafted today.</param>
    /// <param name="due">Whether a declaration is overdue.</param>
    public static PlanResponse ToResponse(PlanRecord record, DateOnly today, DeclarationDueDto? due = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var plan = PlanDocument.Read(record.Document);
        var assessment = PlanAssessment.Of(plan, today);
        return new PlanResponse(
            record.Id, record.Version, record.CreatedAt, record.UpdatedAt,
            plan.Prospect, plan.DealName, plan.PovStart, plan.PovEnd, plan.ReadoutDate,
            PlanDocument.ToDto(plan.AccountExecutive), PlanDocument.ToDto(plan.LeadEngineer), PlanDocument.ToDto(plan.EconomicBuyer),
            plan.SalesEngineer is null ? null : PlanDocument.ToDto(plan.SalesEngineer),
            [.. plan.Criteria.Select(PlanDocument.ToDto)],
            new AssessmentDto(assessment.Variant, assessment.Reasons),
            // The same list the preview carries, so the pane shows each warning once and whole.
            [.. DeclarationDrafter.Warnings(plan, today).Select(w => new WarningDto(w.Field, w.Message))],
            due);
    }
}
