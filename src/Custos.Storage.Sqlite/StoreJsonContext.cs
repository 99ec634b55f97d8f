using System.Text.Json.Serialization;

namespace Custos.Storage.Sqlite;

[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
