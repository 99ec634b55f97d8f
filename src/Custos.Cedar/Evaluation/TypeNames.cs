using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>Names of value types as error messages say them.</summary>
internal static class TypeNames
{
    public static string Of(CedarValue value) => value switch
    {
        BoolValue => "bool",
        LongValue => "long",
        StringValue => "string",
        EntityValue e => "(entity of type `" + e.Uid.Type + "`)",
        SetValue => "set",
        RecordValue => "record",
        ExtensionValue x => x.TypeName,
        _ => value.GetType().Name,
    };
}
