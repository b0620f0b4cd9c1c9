using System.Text.Json.Serialization;

namespace OutlookWin.Domain.Replies;

/// <summary>What a reply to a Formal Declaration Email really is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplyVerdict>))]
public enum ReplyVerdict
{
    /// <summary>Explicit written confirmation that the evaluation succeeded or the criteria were met.</summary>
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    /// <summary>Agrees to move forward with a stated condition, or confirms only some criteria.</summary>
    [JsonStringEnumMemberName("conditional")]
    Conditional,

    /// <summary>Refuses, says not yet, disputes a result or raises a blocking objection.</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,

    /// <summary>Anything else a person wrote: a thumbs-up, "looks good", thanks, questions, delegation.</summary>
    [JsonStringEnumMemberName("ambiguous")]
    Ambiguous,

    /// <summary>An automatic reply (RFC 3834 headers, out-of-office text).</summary>
    [JsonStringEnumMemberName("auto_reply")]
    AutoReply,
}

/// <summary>How the reply reads for one success criterion of the plan.</summary>
/// <summary>What kind of automatic message an <see cref="ReplyVerdict.AutoReply"/> is, where the envelope or the text says.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AutomaticKind>))]
public enum AutomaticKind
{
    /// <summary>Away: an out-of-office answer.</summary>
    [JsonStringEnumMemberName("out_of_office")]
    OutOfOffice,

    /// <summary>A mail server's report that the message was not delivered (RFC 3464): the declaration never arrived.</summary>
    [JsonStringEnumMemberName("delivery_report")]
    DeliveryReport,

    /// <summary>A read receipt (RFC 8098): opened, nothing more.</summary>
    [JsonStringEnumMemberName("read_receipt")]
    ReadReceipt,

    /// <summary>Any other automatic message (a ticket system, a list notice).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<CriterionReadingKind>))]
public enum CriterionReadingKind
{
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    [JsonStringEnumMemberName("conditional")]
    Conditional,

    [JsonStringEnumMemberName("disputed")]
    Disputed,

    [JsonStringEnumMemberName("not_mentioned")]
    NotMentioned,
}

/// <summary>The kind of evidence a sentence gives. Each verdict rests on signals of these kinds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplySignal>))]
public enum ReplySignal
{
    /// <summary>"Confirmed", "we consider the evaluation a success", "all criteria were met".</summary>
    [JsonStringEnumMemberName("confirmation")]
    Confirmation,

    /// <summary>A bare "Yes." answering the ask.</summary>
    [JsonStringEnumMemberName("short_yes")]
    ShortYes,

    /// <summary>"Go ahead with the commercial review", "let's move forward".</summary>
    [JsonStringEnumMemberName("proceed")]
    Proceed,

    /// <summary>"No objection to moving forward": a double negative that means yes.</summary>
    [JsonStringEnumMemberName("no_objection")]
    NoObjection,

    /// <summary>"Provided that", "no signature until", "as long as".</summary>
    [JsonStringEnumMemberName("condition")]
    Condition,

    /// <summary>A confirmation word under a negation: "I can't confirm yet".</summary>
    [JsonStringEnumMemberName("negated_confirmation")]
    NegatedConfirmation,

    /// <summary>"We decline", "not ready to move forward", "No."</summary>
    [JsonStringEnumMemberName("refusal")]
    Refusal,

    /// <summary>"Not yet", "security review isn't done".</summary>
    [JsonStringEnumMemberName("not_yet")]
    NotYet,

    /// <summary>"We measured 31%, not 43%."</summary>
    [JsonStringEnumMemberName("dispute")]
    Dispute,

    /// <summary>A confirmation weakened by "I think", "mostly", "in principle".</summary>
    [JsonStringEnumMemberName("hedge")]
    Hedge,

    /// <summary>"Looks good", "LGTM", "great work": praise that is not a confirmation.</summary>
    [JsonStringEnumMemberName("soft_positive")]
    SoftPositive,

    /// <summary>"Thanks!"</summary>
    [JsonStringEnumMemberName("thanks")]
    Thanks,

    /// <summary>A question back to the sender.</summary>
    [JsonStringEnumMemberName("question")]
    Question,

    /// <summary>"Looping in Priya", "let me check with the team".</summary>
    [JsonStringEnumMemberName("delegation")]
    Delegation,

    /// <summary>"I will confirm tomorrow", "before we confirm".</summary>
    [JsonStringEnumMemberName("deferred")]
    Deferred,

    /// <summary>Asks someone else to confirm ("please confirm", "can you confirm").</summary>
    [JsonStringEnumMemberName("request")]
    Request,

    /// <summary>An RFC 3834 or vendor auto-reply header.</summary>
    [JsonStringEnumMemberName("auto_reply_header")]
    AutoReplyHeader,

    /// <summary>"Automatic reply:", "Out of Office:", "Abwesenheitsnotiz:" subject prefixes.</summary>
    [JsonStringEnumMemberName("auto_reply_subject")]
    AutoReplySubject,

    /// <summary>Out-of-office body text.</summary>
    [JsonStringEnumMemberName("out_of_office")]
    OutOfOffice,

    /// <summary>An emoji reaction (Outlook "reacted to your message", Gmail reaction part).</summary>
    [JsonStringEnumMemberName("reaction")]
    Reaction,

    /// <summary>Only emoji or punctuation.</summary>
    [JsonStringEnumMemberName("emoji_only")]
    EmojiOnly,

    /// <summary>Nothing new was written.</summary>
    [JsonStringEnumMemberName("empty")]
    Empty,
}

/// <summary>A sentence of the reply and what it signals.</summary>
public sealed record ReplyEvidence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("signal")] ReplySignal Signal);

/// <summary>How the reply reads for one criterion of the plan; <see cref="Index"/> is 0-based, as in <c>SuccessPlan.Criteria</c>.</summary>
public sealed record CriterionReading(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("reading")] CriterionReadingKind Reading,
    [property: JsonPropertyName("evidence")] IReadOnlyList<string> Evidence);

/// <summary>
/// The result of reading one reply: the verdict, how sure the rules are, the new text the person wrote,
/// the sentences the verdict rests on, conditions and objections quoted, the return date of an
/// out-of-office reply and, when a plan was given, a reading per criterion.
/// </summary>
public sealed record ReplyReading(
    [property: JsonPropertyName("verdict")] ReplyVerdict Verdict,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("replyText")] string ReplyText,
    [property: JsonPropertyName("evidence")] IReadOnlyList<ReplyEvidence> Evidence,
    [property: JsonPropertyName("conditions")] IReadOnlyList<string> Conditions,
    [property: JsonPropertyName("objections")] IReadOnlyList<string> Objections,
    [property: JsonPropertyName("returnDate")] DateOnly? ReturnDate,
    [property: JsonPropertyName("criteria")] IReadOnlyList<CriterionReading> Criteria,
    [property: JsonPropertyName("explanation")] string Explanation,
    [property: JsonPropertyName("readError")] string? ReadError = null)
{
    /// <summary>
    /// For an automatic message, which kind. Left out of the JSON when null, so the canonical text (and its hash in the
    /// evidence chain) of every reading stored before it existed stays the same.
    /// </summary>
    [JsonPropertyName("automatic")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AutomaticKind? Automatic { get; init; }

    private static readonly System.Text.Json.JsonSerializerOptions Canonical = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The whole reading as one canonical JSON text: its SHA-256 goes into the evidence chain.</summary>
    public string CanonicalJson() => System.Text.Json.JsonSerializer.Serialize(this, Canonical);

    /// <summary>
    /// A message that could not be read (malformed, too large, over the time budget, or a fault in the reader): kept
    /// as evidence with its raw MIME and the error, never a confirmation; a person must look at it.
    /// </summary>
    public static ReplyReading Unreadable(string error) =>
        new(ReplyVerdict.Ambiguous, 0, string.Empty, [], [], [], null, [],
            $"The reply could not be read ({error}); a person must look at it.", error);
}
