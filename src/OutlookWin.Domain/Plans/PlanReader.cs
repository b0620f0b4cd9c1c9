using System.Net.Mail;
using System.Text.Json;
namespace OutlookWin.Domain.Plans;

/// <summary>
/// Turns what the add-in sent into a <see cref="SuccessPlan"/>, or says, field by field, what is wrong.
/// Error keys are the JSON paths the client sent (e.g. <c>criteria[2].blocker.fixDue</c>).
/// </summary>
public static class PlanReader
{
    public const int MaxCriteria = 20;
    private const int MaxText = 200;
    private const int MaxDescription = 500;
    private const int MaxUnit = 40;

    /// <summary>The largest target or measured value the drafter words (a trillion).</summary>
    public const decimal MaxFigure = 1_000_000_000_000m;

    private static readonly System.Buffers.SearchValues<char> HostCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2099, 12, 31);


    public static bool TryRead(PlanRequest request, out SuccessPlan? plan, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        var e = new Errors();
        var prospect = Text(e, "prospect", request.Prospect, MaxText);
        var dealName = Text(e, "dealName", request.DealName, MaxText);
        if (request.PovStart is null)
        {
            e.Add("povStart", "povStart is required (YYYY-MM-DD).");
        }

        if (request.PovEnd is null)
        {
            e.Add("povEnd", "povEnd is required (YYYY-MM-DD).");
        }
        else if (request.PovStart is { } start && request.PovEnd < start)
        {
            e.Add("povEnd", "povEnd must not be before povStart.");
        }

        if (request.ReadoutDate is { } readout && request.PovStart is { } s && readout < s)
        {
            e.Add("readoutDate", "readoutDate must not be before povStart.");
        }

        InWindow(e, "povStart", request.PovStart);
        InWindow(e, "povEnd", request.PovEnd);
        InWindow(e, "readoutDate", request.ReadoutDate);

        var ae = ReadPerson(e, "accountExecutive", request.AccountExecutive, required: true);
        var lead = ReadPerson(e, "leadEngineer", request.LeadEngineer, required: true);
        var buyer = ReadPerson(e, "economicBuyer", request.EconomicBuyer, required: true);
        var se = ReadPerson(e, "salesEngineer", request.SalesEngineer, required: false);

        var criteria = new List<Criterion>();
        if (request.Criteria is null || request.Criteria.Count == 0)
        {
            e.Add("criteria", "At least one success criterion is required.");
        }
        else if (request.Criteria.Count > MaxCriteria)
        {
            e.Add("criteria", $"A plan has at most {MaxCriteria} criteria.");
        }
        else
        {
            for (var i = 0; i < request.Criteria.Count; i++)
            {
                if (ReadCriterion(e, $"criteria[{i}]", request.Criteria[i]) is { } c)
                {
                    criteria.Add(c);
                }
            }
        }

        errors = e.ToDictionary();
        if (errors.Count > 0)
        {
            plan = null;
            return false;
        }

        plan = new SuccessPlan(prospect!, dealName!, request.PovStart!.Value, request.PovEnd!.Value, request.ReadoutDate,
            ae!, lead!, buyer!, criteria, se);
        return true;
    }

    private static Person? ReadPerson(Errors e, string path, PersonDto? dto, bool required)
    {
        if (dto is null)
        {
            if (required)
            {
                e.Add(path, $"{path} is required.");
            }

            return null;
        }

        var name = Text(e, $"{path}.name", dto.Name, MaxText);
        var email = Email(e, $"{path}.email", dto.Email);
        var title = string.IsNullOrWhiteSpace(dto.Title) ? null : Text(e, $"{path}.title", dto.Title, MaxText);
        return name is null || email is null ? null : new Person(name, email, title);
    }

    private static Criterion? ReadCriterion(Errors e, string path, CriterionDto? dto)
    {
        if (dto is null)
        {
            e.Add(path, "A criterion cannot be null.");
            return null;
        }

        var before = e.Count;
        var title = Text(e, $"{path}.title", dto.Title, MaxText);
        var metric = Text(e, $"{path}.metric", dto.Metric, MaxText);
        var unit = Text(e, $"{path}.unit", dto.Unit, MaxUnit);
        var isBoolean = string.Equals(unit, "boolean", StringComparison.OrdinalIgnoreCase);

        var direction = MetricDirection.HigherIsBetter;
        if (dto.Direction is not null)
        {
            if (!SnakeCaseEnum.TryParse<MetricDirection>(dto.Direction.Trim(), out direction))
            {
                e.Add($"{path}.direction", $"direction must be one of: {string.Join(", ", SnakeCaseEnum.All<MetricDirection>())}.");
            }
        }

        var target = Value(e, $"{path}.target", dto.Target, isBoolean, required: true);
        var measured = Value(e, $"{path}.measured", dto.Measured, isBoolean, required: false);

        CriterionStatus? status = SnakeCaseEnum.TryParse<CriterionStatus>(dto.Status?.Trim(), out var parsed) ? parsed : null;
        if (status is null)
        {
            e.Add($"{path}.status", $"status must be one of: {string.Join(", ", SnakeCaseEnum.All<CriterionStatus>())}.");
        }

        Blocker? blocker = null;
        if (dto.Blocker is { } b)
        {
            var description = Text(e, $"{path}.blocker.description", b.Description, MaxDescription);
            if (b.FixDue is null)
            {
                e.Add($"{path}.blocker.fixDue", "A blocker needs the date its fix is due (YYYY-MM-DD).");
            }
            else if (InWindow(e, $"{path}.blocker.fixDue", b.FixDue) && description is not null)
            {
                blocker = new Blocker(description, b.FixDue.Value);
            }
        }
        else if (status == CriterionStatus.Blocked)
        {
            e.Add($"{path}.blocker", "A blocked criterion needs a blocker: what the fix is and when it is due.");
        }

        if (e.Count > before)
        {
            return null;
        }

        return new Criterion(title!, metric!, unit!, direction, target!, measured, status!.Value, dto.Mandatory ?? true, blocker);
    }

    private static MetricValue? Value(Errors e, string path, JsonElement? element, bool isBoolean, bool required)
    {
        if (element is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            if (required)
            {
                e.Add(path, isBoolean ? $"{Last(path)} is required (true or false)." : $"{Last(path)} is required (a number).");
            }

            return null;
        }

        if (isBoolean)
        {
            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return MetricValue.Of(v.GetBoolean());
            }

            e.Add(path, $"{Last(path)} must be true or false for a boolean criterion.");
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var number))
        {
            if (Math.Abs(number) > MaxFigure)
            {
                e.Add(path, $"{Last(path)} must be between -{MaxFigure:N0} and {MaxFigure:N0}.");
                return null;
            }

            return MetricValue.Of(number);
        }

        e.Add(path, v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? $"{Last(path)} is true/false, so the unit must be \"boolean\"."
            : $"{Last(path)} must be a number.");
        return null;
    }

    /// <summary>A date the plan's business-day arithmetic and the emails can use: between 2000 and 2099.</summary>
    private static bool InWindow(Errors e, string path, DateOnly? date)
    {
        if (date is { } d && (d < EarliestDate || d > LatestDate))
        {
            e.Add(path, $"{Last(path)} must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.");
            return false;
        }

        return true;
    }

    private static string? Text(Errors e, string path, string? value, int max)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            e.Add(path, $"{Last(path)} is required.");
            return null;
        }

        if (trimmed.Length > max)
        {
            e.Add(path, $"{Last(path)} must be at most {max} characters.");
            return null;
        }

        if (trimmed.Any(ch => char.IsControl(ch)))
        {
            e.Add(path, $"{Last(path)} must not contain control characters.");
            return null;
        }

        return trimmed;
    }

    private static string? Email(Errors e, string path, string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            e.Add(path, "email is required.");
            return null;
        }

        if (!IsPlainAddress(trimmed))
        {
            e.Add(path, "email must be a plain email address such as dana@contoso.example.");
            return null;
        }

        return trimmed;
    }

    /// <summary>
    /// A plain address mail can be sent to: one mailbox, no display name, at most 254 characters, and a host name with
    /// a dot (no address literals such as a@[127.0.0.1], no single-label hosts).
    /// </summary>
    public static bool IsPlainAddress(string? email) =>
        email is { Length: > 0 and <= 254 } && MailAddress.TryCreate(email, out var address) && address.Address == email
        && email.Contains('@', StringComparison.Ordinal) && address.Host.Contains('.', StringComparison.Ordinal)
        && address.Host.AsSpan().IndexOfAnyExcept(HostCharacters) < 0;

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

        public int Count => _byField.Sum(f => f.Value.Count);

        public void Add(string field, string message)
        {
            if (!_byField.TryGetValue(field, out var list))
            {
                _byField[field] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() =>
            _byField.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }
}
