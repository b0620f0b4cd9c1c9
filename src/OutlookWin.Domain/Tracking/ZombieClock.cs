namespace OutlookWin.Domain.Tracking;

/// <summary>
/// The "zombie phase" clock: business days (Monday to Friday) between the readout, the declaration and the answer.
/// Testing is over and nobody declared victory, or the declaration got no answer: both need a nudge.
/// </summary>
public static class ZombieClock
{
    /// <summary><paramref name="days"/> business days after <paramref name="date"/> (weekends skipped).</summary>
    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var d = date;
        while (days > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return d;
    }

    /// <summary>Business days from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public static int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// When the declaration of a finished POV is due: <paramref name="businessDays"/> business days after the readout
    /// (or the POV's end when no readout date is set).
    /// </summary>
    public static DateOnly DeclarationDue(DateOnly readoutOrEnd, int businessDays) => AddBusinessDays(readoutOrEnd, businessDays);

    /// <summary>
    /// When an answer is due: <paramref name="businessDays"/> business days after sending; an out-of-office reply
    /// with a return date pauses the clock until the business day after the return.
    /// </summary>
    public static DateOnly ReplyDue(DateOnly sent, int businessDays, DateOnly? backOn)
    {
        var due = AddBusinessDays(sent, businessDays);
        if (backOn is { } back)
        {
            var resumed = AddBusinessDays(back, 1);
            return resumed > due ? resumed : due;
        }

        return due;
    }
}
