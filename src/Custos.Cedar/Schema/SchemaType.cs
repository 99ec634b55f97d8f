namespace Custos.Cedar.Schema;

/// <summary>
/// A type as a schema declares it (attribute, context, tag and common types resolved). The validator keeps its
/// own richer types (singleton booleans, entity least upper bounds); these are what users write.
/// </summary>
public abstract record SchemaType;
