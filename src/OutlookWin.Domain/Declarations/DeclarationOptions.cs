namespace OutlookWin.Domain.Declarations;

/// <summary>How the declaration email is signed. The defaults suit most deals.</summary>
public sealed record DeclarationOptions
{
    /// <summary>
    /// Name to sign with when the plan names no Sales Engineer: the signed-in user's display name. The plan's
    /// <see cref="Plans.SuccessPlan.SalesEngineer"/> always wins when set. When both are missing (or the name is an
    /// address) the drafter refuses: no email goes out unsigned. Default: none.
    /// </summary>
    public string? SignerName { get; init; }

    /// <summary>The closing line, without the comma. Default: "Kind regards".</summary>
    public string SignOff { get; init; } = "Kind regards";
}
