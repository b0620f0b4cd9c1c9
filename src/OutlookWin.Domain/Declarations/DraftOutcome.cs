using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// What <see cref="DeclarationDrafter.Draft"/> produced: either a <see cref="DeclarationDraft"/> ready
/// to preview, or a <see cref="DeclarationRefusal"/> that says why the plan supports no declaration yet.
/// </summary>
/// <param name="Warnings">Things the SE should check before sending; they never stop a draft.</param>
public abstract record DraftOutcome(IReadOnlyList<PlanWarning> Warnings);

/// <summary>A Formal Technical Win Declaration email, in HTML and plain text with the same content.</summary>
/// <param name="Variant">Full or conditional, as decided by <see cref="PlanAssessment"/>.</param>
/// <param name="Subject">Plain text; never HTML-escaped, never contains a line break.</param>
/// <param name="Html">An email-safe HTML fragment (paragraphs and lists, no styles, scripts, links or images).</param>
/// <param name="Text">The plain-text twin, lines wrapped at 72 characters, each line ending in <c>\n</c>.</param>
/// <param name="To">The prospect's lead engineer: the person who must confirm in writing.</param>
/// <param name="Cc">The account executive, unless already a recipient or the sender.</param>
/// <param name="Warnings">From <see cref="PlanAssessment"/> and from the drafting date.</param>
public sealed record DeclarationDraft(
    DeclarationVariant Variant,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<Person> To,
    IReadOnlyList<Person> Cc,
    IReadOnlyList<PlanWarning> Warnings) : DraftOutcome(Warnings);

/// <summary>The plan supports no declaration yet.</summary>
/// <param name="Reasons">What is missing, from <see cref="PlanAssessment"/>, one sentence each.</param>
/// <param name="Warnings">From <see cref="PlanAssessment"/> and from the drafting date.</param>
/// <param name="Field">The plan field to fill in when one alone is missing (<see cref="EmailSignature.Field"/>); else null.</param>
public sealed record DeclarationRefusal(
    IReadOnlyList<string> Reasons,
    IReadOnlyList<PlanWarning> Warnings,
    string? Field = null) : DraftOutcome(Warnings);
