namespace OutlookWin.Domain.Declarations;

/// <summary>
/// How a plan's unit label reads next to a number. Percentages take "%" and differ by
/// "percentage points"; time units are spelled out with the right singular or plural; a count has
/// no label; anything else keeps the label as the plan wrote it.
/// </summary>
internal sealed class MetricUnit
{
    private static readonly (string[] Labels, string Singular, string Plural)[] TimeUnits =
    [
        (["ms", "msec", "millisecond", "milliseconds"], "millisecond", "milliseconds"),
        (["s", "sec", "secs", "second", "seconds"], "second", "seconds"),
        (["min", "mins", "minute", "minutes"], "minute", "minutes"),
        (["h", "hr", "hrs", "hour", "hours"], "hour", "hours"),
        (["d", "day", "days"], "day", "days"),
        (["wk", "week", "weeks"], "week", "weeks"),
    ];

    private static readonly string[] PercentLabels = ["percent", "per cent", "percentage", "pct", "%"];

    private static readonly string[] CountLabels = ["", "count", "number", "boolean"];

    private readonly string singular;
    private readonly string plural;

    private MetricUnit(bool isPercent, bool isCountable, string singular, string plural)
    {
        IsPercent = isPercent;
        IsCountable = isCountable;
        this.singular = singular;
        this.plural = plural;
    }

    public bool IsPercent { get; }

    /// <summary>A plain count: "10 or fewer", not "10 or less".</summary>
    public bool IsCountable { get; }

    public static MetricUnit Of(string? label)
    {
        var clean = Prose.Clean(label);
        if (PercentLabels.Contains(clean, StringComparer.OrdinalIgnoreCase))
        {
            return new(isPercent: true, isCountable: false, "percentage point", "percentage points");
        }

        if (CountLabels.Contains(clean, StringComparer.OrdinalIgnoreCase))
        {
            return new(isPercent: false, isCountable: true, string.Empty, string.Empty);
        }

        foreach (var (labels, one, many) in TimeUnits)
        {
            if (labels.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                return new(isPercent: false, isCountable: false, one, many);
            }
        }

        return new(isPercent: false, isCountable: false, clean, clean);
    }

    /// <summary>A measured or target value: "43%", "1 second", "12 seconds".</summary>
    public string Quantity(decimal value) =>
        IsPercent ? Prose.Number(value) + "%" : WithLabel(value);

    /// <summary>A gap between two values: "3 percentage points", "18 seconds".</summary>
    public string Difference(decimal value) => WithLabel(value);

    private string WithLabel(decimal value)
    {
        var label = value == 1m ? singular : plural;
        return label.Length == 0 ? Prose.Number(value) : Prose.Number(value) + " " + label;
    }
}
