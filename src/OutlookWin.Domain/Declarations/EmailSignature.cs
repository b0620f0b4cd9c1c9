using OutlookWin.Domain.Plans;

namespace OutlookWin.Domain.Declarations;

/// <summary>
/// Who signs the emails the SE sends from OutlookWin: the plan's Sales Engineer when named, else the signed-in user's
/// display name. An email that no one signs is never drafted: a prospect who does not know who asks will not answer.
/// </summary>
public static class EmailSignature
{
    /// <summary>The plan field the user fills in when no name is known.</summary>
    public const string Field = "salesEngineer";

    /// <summary>Why the email cannot be drafted, in the words the pane shows.</summary>
    public const string MissingMessage =
        "No one signs this email: fill in the Sales Engineer's name on the plan (or sign in with a display name).";

    /// <summary>The plan's Sales Engineer, else <paramref name="signerName"/>; null when neither is a name (an address is not).</summary>
    public static string? NameFor(SuccessPlan plan, string? signerName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var candidate in new[] { plan.SalesEngineer?.Name, signerName })
        {
            var name = Prose.Clean(candidate);
            if (name.Length > 0 && !name.Contains('@', StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The name, or <see cref="UnsignedEmailException"/> when there is none.</summary>
    internal static string Require(SuccessPlan plan, string? signerName) =>
        NameFor(plan, signerName) ?? throw new UnsignedEmailException();
}

/// <summary>An email would go out unsigned: neither the plan nor the signed-in user gives a name.</summary>
public sealed class UnsignedEmailException() : InvalidOperationException(EmailSignature.MissingMessage)
{
    /// <summary>The field to fill in: <see cref="EmailSignature.Field"/>.</summary>
    public string Field => EmailSignature.Field;
}
