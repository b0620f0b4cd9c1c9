using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Api.Tracking;

/// <summary>The zombie-phase clock: how many business days before a deal is flagged.</summary>
public sealed class ZombieClockOptions
{
    public const string Section = "Zombie";

    /// <summary>Business days after the readout (or the POV's end) by which the declaration should be sent.</summary>
    [Range(0, 60)]
    public int DeclarationDueBusinessDays { get; set; } = 2;

    /// <summary>Business days after sending by which a written answer is expected; then the declaration is <c>stale</c>.</summary>
    [Range(1, 60)]
    public int ReplyDueBusinessDays { get; set; } = 2;
}
