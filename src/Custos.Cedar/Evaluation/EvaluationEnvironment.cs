using Custos.Cedar.Entities;
using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>
/// What compiled expressions read (the request and the entities) and where a failing one leaves its error. A struct
/// passed by reference, so evaluating a request allocates nothing for it.
/// </summary>
internal struct EvaluationEnvironment
{
    public readonly EntityValue Principal;
    public readonly EntityValue Action;
    public readonly EntityValue Resource;
    public readonly RecordValue Context;
    public readonly EntityStore Entities;
    public EvaluationErrorKind ErrorKind;
    public string? ErrorMessage;

    public EvaluationEnvironment(EntityValue principal, EntityValue action, EntityValue resource, RecordValue context, EntityStore entities)
    {
        Principal = principal;
        Action = action;
        Resource = resource;
        Context = context;
        Entities = entities;
        ErrorKind = EvaluationErrorKind.None;
        ErrorMessage = null;
    }

    /// <summary>Records an error; returns null so a node can <c>return env.Fail(…)</c>.</summary>
    public CedarValue? Fail(EvaluationErrorKind kind, string message)
    {
        ErrorKind = kind;
        ErrorMessage = message;
        return null;
    }

    public CedarValue? TypeError(string expected, CedarValue actual, string? advice = null) =>
        Fail(EvaluationErrorKind.TypeError, "type error: expected " + expected + ", got " + TypeNames.Of(actual) + (advice is null ? string.Empty : "; " + advice));
}
