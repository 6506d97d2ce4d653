namespace DpfDomain.Rules.Diagnostics;

/// <summary>The kinds of problem the loader reports. The number is stable and shown as <c>DPF&lt;number&gt;</c>.</summary>
public enum DiagnosticCode
{
    /// <summary>The file is not well-formed JSON.</summary>
    JsonSyntax = 100,

    /// <summary>A key is not part of the format (often a misspelling).</summary>
    UnknownKey = 101,

    /// <summary>A required key is missing.</summary>
    MissingKey = 102,

    /// <summary>A value has the wrong JSON type (e.g. a number where text is expected).</summary>
    WrongType = 103,

    /// <summary>A key appears twice in one object.</summary>
    DuplicateKey = 104,

    /// <summary>A value is not one of the allowed words or is malformed.</summary>
    InvalidValue = 105,

    /// <summary>A date is not a real <c>yyyy-MM-dd</c> date.</summary>
    InvalidDate = 106,

    /// <summary>A list, a text or the nesting of a case, person or employer file is larger than the format allows.</summary>
    TooLarge = 107,

    /// <summary>Two files define the same program version.</summary>
    DuplicateProgram = 110,

    /// <summary>Two versions of one program are in force on the same day.</summary>
    OverlappingPeriods = 111,

    /// <summary>Two rules in one rule set share a name.</summary>
    DuplicateRuleName = 112,

    /// <summary>Two parameters, scoped params or benefit items share a name.</summary>
    DuplicateName = 113,

    /// <summary>A parameter has no value on the program's first day.</summary>
    ParameterHasNoValueOnStart = 114,

    /// <summary>A parameter's values are not in strictly ascending date order.</summary>
    ParameterValuesOutOfOrder = 115,

    /// <summary>A parameter value does not fit its unit (a number for a switch, or the reverse).</summary>
    ParameterValueKind = 116,

    /// <summary>A rule has no reason for failing in one of the languages.</summary>
    MissingReason = 117,

    /// <summary>A rule has both or neither of <c>Expression</c> and <c>Operator</c>+<c>Rules</c>, or an unknown operator.</summary>
    InvalidRuleShape = 118,

    /// <summary>An expression cannot be parsed.</summary>
    ExpressionSyntax = 120,

    /// <summary>An expression names a fact, parameter or member that does not exist.</summary>
    UnknownName = 121,

    /// <summary>An expression has the wrong type (e.g. a number where a yes/no condition is needed).</summary>
    ExpressionType = 122,

    /// <summary>An expression uses something the sandbox does not allow.</summary>
    SandboxViolation = 123,

    /// <summary>An expression is longer, larger or deeper than allowed.</summary>
    ExpressionTooLarge = 124,

    /// <summary>A benefit amount is not a number.</summary>
    AmountType = 125,

    /// <summary>A name is not a valid identifier.</summary>
    InvalidName = 126,

    /// <summary>A source (file, directory, resource) could not be read.</summary>
    Unreadable = 130,

    /// <summary>A rules folder holds no <c>*.ruleset.json</c> file.</summary>
    NoRuleSets = 131,

    /// <summary>A reload would take a program out of service: no file defines it any more.</summary>
    ProgramRemoved = 132,
}
