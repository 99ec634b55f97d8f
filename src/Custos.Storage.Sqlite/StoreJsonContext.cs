using System.Text.Json.Serialization;

namespace Custos.Storage.Sqlite;

[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
