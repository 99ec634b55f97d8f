using System.Text.Json;

namespace Custos.Core.Screening;

/// <summary>
/// One step of a <see cref="PointerPath"/>: a segment already written (<paramref name="Text"/>, escaped), a member
/// whose name is written when a location is needed, or an array index (<paramref name="Index"/> at least 0).
/// </summary>
internal readonly record struct PointerSegment(string? Text, JsonProperty Member, int Index);
