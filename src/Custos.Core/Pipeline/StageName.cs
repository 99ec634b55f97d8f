namespace Custos.Core.Pipeline;

/// <summary>
/// The fixed order every agent action passes through (DESIGN.md, "The one pipeline"). Stages plug into a slot;
/// the order of slots is not configurable, which is what makes "every action is authorized and recorded" true
/// by construction.
/// </summary>
public enum StageName
{
    Authenticate = 0,
    Contain = 1,
    Authorize = 2,
    ScreenIn = 3,
    Approve = 4,
    InjectCredentials = 5,
    Forward = 6,
    ScreenOut = 7,
    Meter = 8,
    Record = 9,
}
