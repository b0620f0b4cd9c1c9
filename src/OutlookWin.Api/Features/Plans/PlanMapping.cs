using OutlookWin.Api.Storage;
using OutlookWin.Domain.Plans;

namespace OutlookWin.Api.Features.Plans;

/// <summary>A stored plan as the API answers with it.</summary>
public static class PlanMapping
{
    public static PlanResponse ToResponse(PlanRecord record, DeclarationDueDto? due = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var plan = PlanDocument.Read(record.Document);
        var assessment = PlanAssessment.Of(plan);
        return new PlanResponse(
            record.Id, record.Version, record.CreatedAt, record.UpdatedAt,
            plan.Prospect, plan.DealName, plan.PovStart, plan.PovEnd, plan.ReadoutDate,
            PlanDocument.ToDto(plan.AccountExecutive), PlanDocument.ToDto(plan.LeadEngineer), PlanDocument.ToDto(plan.EconomicBuyer),
            plan.SalesEngineer is null ? null : PlanDocument.ToDto(plan.SalesEngineer),
            [.. plan.Criteria.Select(PlanDocument.ToDto)],
            new AssessmentDto(assessment.Variant, assessment.Reasons),
            [.. assessment.Warnings.Select(w => new WarningDto(w.Field, w.Message))],
            due);
    }
}
