namespace OutlookWin.Domain.Plans;

/// <summary>A person named in the Mutual Success Plan.</summary>
public sealed record Person(string Name, string Email, string? Title = null);

/// <summary>Where a success criterion stands after the readout.</summary>
public enum CriterionStatus
{
    Pending,
    Proven,
    NotProven,
    Blocked,
}

/// <summary>Which way a metric has to move for the result to be good.</summary>
public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>The known gap that keeps a criterion from being proven, and when the fix is due.</summary>
public sealed record Blocker(string Description, DateOnly FixDue);

/// <summary>
/// A target or measured value: a number for quantitative metrics, a yes/no for boolean ones.
/// Exactly one of <see cref="Number"/> and <see cref="Flag"/> is set.
/// </summary>
public sealed record MetricValue
{
    private MetricValue(decimal? number, bool? flag)
    {
        Number = number;
        Flag = flag;
    }

    public decimal? Number { get; }

    public bool? Flag { get; }

    public bool IsFlag => Flag.HasValue;

    public static MetricValue Of(decimal number) => new(number, null);

    public static MetricValue Of(bool flag) => new(null, flag);

    public override string ToString() =>
        Flag is { } f ? (f ? "true" : "false") : Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One mandatory (or optional) success criterion of the plan, with its readout result.</summary>
public sealed record Criterion(
    string Title,
    string Metric,
    string Unit,
    MetricDirection Direction,
    MetricValue Target,
    MetricValue? Measured,
    CriterionStatus Status,
    bool Mandatory,
    Blocker? Blocker = null)
{
    /// <summary>True when a unit says the metric is a yes/no outcome.</summary>
    public bool IsBoolean => Target.IsFlag || string.Equals(Unit, "boolean", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The Mutual Success Plan: the prospect's agreed success criteria and who is who in the deal.
/// </summary>
public sealed record SuccessPlan(
    string Prospect,
    string DealName,
    DateOnly PovStart,
    DateOnly PovEnd,
    DateOnly? ReadoutDate,
    Person AccountExecutive,
    Person LeadEngineer,
    Person EconomicBuyer,
    IReadOnlyList<Criterion> Criteria,
    Person? SalesEngineer = null)
{
    /// <summary>Length of the Proof of Value in calendar days, both ends included.</summary>
    public int PovLengthDays => PovEnd.DayNumber - PovStart.DayNumber + 1;

    public IEnumerable<Criterion> MandatoryCriteria => Criteria.Where(c => c.Mandatory);
}
