namespace OutlookWin.Domain.Replies;

/// <summary>
/// Closed classes of single words the sentence analysis looks a token up in (beside the phrase cues): what a condition
/// is called, what says it is met, what makes it something to come, what negates. Listed per language, folded like reply
/// text; the analysis looks a token up in every language's list at once (<see cref="Lexicon.InAnyLanguage"/>), as a
/// reply mixes languages and a short one is not told apart.
/// </summary>
internal enum WordClass
{
    /// <summary>"condition", "Bedingung", "voorwaarde": the noun a condition is named by.</summary>
    ConditionNoun,

    /// <summary>"met", "erfüllt", "cumplida": a condition fulfilled.</summary>
    Fulfilled,

    /// <summary>"once", "will", "sobald", "sera": the fulfilment is something waited for or to come.</summary>
    ToCome,

    /// <summary>"no", "without", "sans", "senza": none of what follows.</summary>
    None,

    /// <summary>"more", "further", "weitere", "piu": between "no" and the noun ("no further conditions").</summary>
    More,

    /// <summary>"there are", "ya no queda", "il n'y a": the words before a "no" that say none is left.</summary>
    NoneLeft,

    /// <summary>"not", "yet", "nicht", "noch", "pas": what negates or leaves for later.</summary>
    Negation,

    /// <summary>"the", "our", "la", "het": what stands before a noun.</summary>
    Article,

    /// <summary>The bare "once" of each language ("une fois", "einmal"), a time to come or a number of times.</summary>
    Once,

    /// <summary>"during", "or", "again", "only": after a "once", it counts times ("failed once during week two").</summary>
    AfterACount,

    /// <summary>"contract", "Unterschrift", "firma": the signature that a conditional win makes wait.</summary>
    Contract,

    /// <summary>"nulla", "nada", "rien": a negative word that a "non" before it agrees with rather than negates.</summary>
    Concord,
}

internal sealed partial class Lexicon
{
    // Lazy: built from All, whichever of this class's static fields the runtime initialises first.
    private static readonly Lazy<Dictionary<WordClass, IReadOnlySet<string>>> AnyLanguage = new(() => Enum.GetValues<WordClass>().ToDictionary(
        c => c,
        c => (IReadOnlySet<string>)All.Values.SelectMany(l => l._words.GetValueOrDefault(c) ?? []).ToHashSet(StringComparer.Ordinal)));

    private readonly Dictionary<WordClass, string[]> _words;

    /// <summary>The words of a class in every language's list.</summary>
    public static IReadOnlySet<string> InAnyLanguage(WordClass words) => AnyLanguage.Value[words];

    /// <summary>This language's words of a class (folded).</summary>
    public IReadOnlyList<string> Words(WordClass words) => _words.GetValueOrDefault(words) ?? [];

    private static Dictionary<WordClass, string[]> Fold(Dictionary<WordClass, string[]> words) =>
        words.ToDictionary(w => w.Key, w => w.Value.Select(TextFold.Fold).Distinct(StringComparer.Ordinal).ToArray());

    private static Dictionary<WordClass, string[]> EnglishWords() => new()
    {
        [WordClass.ConditionNoun] = ["reservation", "reservations", "caveat", "caveats", "condition", "conditions", "stipulation"],
        [WordClass.Fulfilled] = ["met", "fulfilled", "satisfied", "cleared", "lifted", "lapsed", "moot", "void", "resolved", "settled"],
        [WordClass.ToCome] = ["once", "when", "if", "until", "after", "will", "would", "should", "shall", "soon"],
        [WordClass.None] = ["no", "without"],
        [WordClass.More] = ["any", "more", "further", "remaining", "open", "pending", "other", "additional"],
        [WordClass.NoneLeft] = ["there", "are", "is", "left"],
        [WordClass.Negation] = ["not", "no", "never", "yet"],
        [WordClass.Article] = ["the", "this", "that", "our", "your"],
        [WordClass.Once] = ["once"],
        [WordClass.AfterACount] = ["during", "per", "or", "again", "only", "last"],
        [WordClass.Contract] = ["contract", "contracts", "signature", "signing"],
    };

    private static Dictionary<WordClass, string[]> GermanWords() => new()
    {
        [WordClass.ConditionNoun] = ["Vorbehalt", "Vorbehalte", "Vorbehalten", "Einschränkung", "Einschränkungen", "Bedingung", "Bedingungen", "Voraussetzung"],
        [WordClass.Fulfilled] = ["erfüllt", "entfallen", "hinfällig", "gegenstandslos", "erledigt", "gelöst"],
        [WordClass.ToCome] = ["sobald", "wenn", "falls", "bis", "nachdem", "wird", "werden", "sollte"],
        [WordClass.None] = ["ohne", "keine", "kein", "keinerlei"],
        [WordClass.More] = ["jegliche", "jeglichen", "jeglicher", "weitere", "weiteren", "andere", "offene", "offenen"],
        [WordClass.NoneLeft] = ["es", "gibt"],
        [WordClass.Negation] = ["nicht", "kein", "keine", "noch"],
        [WordClass.Article] = ["der", "die", "das"],
        [WordClass.Once] = ["einmal"],
        [WordClass.AfterACount] = ["während", "oder", "wieder", "nur"],
        [WordClass.Contract] = ["Vertrag", "Verträge", "Unterschrift", "Signatur"],
    };

    private static Dictionary<WordClass, string[]> FrenchWords() => new()
    {
        [WordClass.ConditionNoun] = ["réserve", "réserves", "condition", "conditions"],
        [WordClass.Fulfilled] = ["remplie", "remplies", "levée", "levées", "satisfaite", "satisfaites", "caduque", "caduques", "réglée", "réglées", "résolue", "résolues"],
        [WordClass.ToCome] = ["quand", "lorsque", "si", "dès", "jusqu", "sera", "seront", "serait"],
        // "plus" only as in "il n'y a plus de condition" (checked where it is read).
        [WordClass.None] = ["sans", "aucune", "aucun", "plus"],
        [WordClass.More] = ["de", "d", "autre", "autres"],
        [WordClass.NoneLeft] = ["il", "y", "a", "n", "ne"],
        [WordClass.Negation] = ["pas", "ne", "n", "jamais", "encore"],
        [WordClass.Article] = ["le", "la", "les", "l"],
        [WordClass.Once] = ["une fois"],
        [WordClass.AfterACount] = ["pendant", "durant", "par", "au", "ou", "seulement", "lors"],
        [WordClass.Concord] = ["rien", "aucun", "aucune", "jamais", "personne"],
        [WordClass.Contract] = ["contrat", "signature"],
    };

    private static Dictionary<WordClass, string[]> SpanishWords() => new()
    {
        [WordClass.ConditionNoun] = ["reserva", "reservas", "salvedad", "salvedades", "condición", "condiciones"],
        [WordClass.Fulfilled] = ["cumplida", "cumplidas", "satisfecha", "satisfechas", "superada", "superadas", "resuelta", "resueltas"],
        [WordClass.ToCome] = ["cuando", "hasta", "estará", "si"],
        [WordClass.None] = ["sin", "ninguna", "ningún"],
        [WordClass.More] = ["alguna", "ninguna", "otra", "otras", "más"],
        [WordClass.NoneLeft] = ["ya", "no", "queda", "quedan", "hay"],
        [WordClass.Negation] = ["no", "todavía", "aún", "nunca"],
        [WordClass.Article] = ["la", "el", "lo", "los", "las"],
        [WordClass.Once] = ["una vez"],
        [WordClass.AfterACount] = ["durante", "por", "al", "o", "solo"],
        [WordClass.Concord] = ["nada", "ningún", "ninguna", "ninguno", "nunca"],
        [WordClass.Contract] = ["contrato", "firma"],
    };

    private static Dictionary<WordClass, string[]> PortugueseWords() => new()
    {
        [WordClass.ConditionNoun] = ["ressalva", "ressalvas", "reserva", "reservas", "condição", "condições"],
        [WordClass.Fulfilled] = ["cumprida", "cumpridas", "atendida", "atendidas", "satisfeita", "satisfeitas", "superada", "superadas", "resolvida", "resolvidas"],
        [WordClass.ToCome] = ["quando", "se", "até", "assim"],
        [WordClass.None] = ["sem", "nenhuma", "nenhum"],
        [WordClass.More] = ["qualquer", "outra", "outras", "mais"],
        [WordClass.NoneLeft] = ["não", "há", "existe"],
        [WordClass.Negation] = ["não", "ainda", "nunca"],
        [WordClass.Article] = ["o", "a", "os", "as"],
        [WordClass.Once] = ["uma vez"],
        [WordClass.AfterACount] = ["durante", "por", "pro", "ou", "apenas"],
        [WordClass.Concord] = ["nada", "nenhum", "nenhuma", "nunca"],
        [WordClass.Contract] = ["contrato", "assinatura"],
    };

    private static Dictionary<WordClass, string[]> DutchWords() => new()
    {
        [WordClass.ConditionNoun] = ["voorbehoud", "voorbehouden", "voorwaarde", "voorwaarden"],
        [WordClass.Fulfilled] = ["vervuld", "voldaan", "ingevuld", "vervallen", "opgelost", "afgehandeld"],
        [WordClass.ToCome] = ["zodra", "als", "indien", "tot", "zal", "zullen", "moet"],
        [WordClass.None] = ["zonder", "geen"],
        [WordClass.More] = ["enige", "enkele", "verdere", "andere", "openstaande"],
        [WordClass.NoneLeft] = ["er", "zijn"],
        [WordClass.Negation] = ["niet", "geen", "nog"],
        [WordClass.Article] = ["de", "het"],
        [WordClass.Once] = ["eenmaal"],
        [WordClass.AfterACount] = ["tijdens", "of", "opnieuw", "alleen"],
        [WordClass.Contract] = ["contract", "handtekening", "ondertekening"],
    };

    private static Dictionary<WordClass, string[]> ItalianWords() => new()
    {
        [WordClass.ConditionNoun] = ["riserva", "riserve", "condizione", "condizioni"],
        [WordClass.Fulfilled] = ["soddisfatta", "soddisfatte", "rispettata", "rispettate", "superata", "superate", "decaduta", "decadute", "risolta", "risolte"],
        [WordClass.ToCome] = ["quando", "se", "sarà", "appena", "finché", "dopo", "sia"],
        [WordClass.None] = ["senza", "nessuna", "nessun"],
        [WordClass.More] = ["alcuna", "alcun", "più", "altre", "altra", "ulteriori"],
        [WordClass.NoneLeft] = ["resta", "restano", "rimane", "rimangono", "ci", "sono"],
        [WordClass.Negation] = ["non", "ancora", "mai"],
        [WordClass.Article] = ["il", "lo", "la", "i", "gli", "l"],
        [WordClass.Once] = ["una volta"],
        [WordClass.AfterACount] = ["durante", "al", "o", "ancora", "solo", "soltanto", "per"],
        [WordClass.Concord] = ["nulla", "niente", "nessun", "nessuna", "nessuno", "mai"],
        [WordClass.Contract] = ["contratto", "firma"],
    };

    private static Dictionary<WordClass, string[]> JapaneseWords() => [];
}
