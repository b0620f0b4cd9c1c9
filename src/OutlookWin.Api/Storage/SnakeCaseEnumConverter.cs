using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OutlookWin.Domain;

namespace OutlookWin.Api.Storage;

/// <summary>Stores an enum as its snake_case name.</summary>
public sealed class SnakeCaseEnumConverter<T>() : ValueConverter<T, string>(v => SnakeCaseEnum.Name(v), s => SnakeCaseEnum.Parse<T>(s))
    where T : struct, Enum;
