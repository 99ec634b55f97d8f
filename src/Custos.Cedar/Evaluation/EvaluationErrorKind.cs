namespace Custos.Cedar.Evaluation;

/// <summary>Why evaluating an expression failed.</summary>
public enum EvaluationErrorKind
{
    None,
    /// <summary>An operand had the wrong type (<c>1 &amp;&amp; true</c>, <c>"a" &lt; 1</c>, …).</summary>
    TypeError,
    /// <summary>Checked arithmetic overflowed.</summary>
    IntegerOverflow,
    /// <summary>An attribute or tag of an entity that is not in the store was read.</summary>
    EntityDoesNotExist,
    /// <summary>A record or entity does not have the attribute read.</summary>
    AttributeDoesNotExist,
    /// <summary>An entity does not have the tag read.</summary>
    TagDoesNotExist,
    /// <summary>An extension function failed (a malformed <c>ip("…")</c>, an overflowing <c>offset</c>, …).</summary>
    ExtensionError,
    /// <summary>A call of a function that does not exist, or with the wrong number of arguments.</summary>
    UnknownFunction,
    /// <summary>A template slot that was never linked.</summary>
    UnlinkedSlot,
}
