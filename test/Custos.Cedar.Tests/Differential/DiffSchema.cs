namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// The fixed schema the generated cases are typed by: users in groups, groups in groups, and documents with an
/// attribute of every Cedar type (long, string, bool, sets, a nested record with an optional field, an optional
/// attribute, entity references (one to an enumerated type), ipaddr, decimal, datetime, duration) and string tags. <c>read</c> is an action
/// group with no <c>appliesTo</c>, so a policy naming it alone applies to no request.
/// </summary>
public static class DiffSchema
{
    public const string Text = """
        namespace App {
          type Meta = { level: Long, tag: String, inner: { flag: Bool, code?: Long } };
          entity Group in [Group] { name: String };
          entity Color enum ["red", "blue"];
          entity User in [Group] { name: String, age: Long, level?: Long, nicknames: Set<String>, manager?: User };
          entity Document {
            owner: User, title: String, size: Long, public: Bool, labels: Set<String>, scores: Set<Long>,
            meta: Meta, note?: String, color: Color, addr: ipaddr, price: decimal, created: datetime, ttl: duration, readers: Set<User>
          } tags String;
          action read;
          action view, edit in [read] appliesTo {
            principal: [User], resource: [Document],
            context: { authenticated: Bool, ip: ipaddr, now: datetime, n: Long, reason?: String }
          };
        }
        """;

    public const string User = "App::User";
    public const string Group = "App::Group";
    public const string Document = "App::Document";
    public const string Action = "App::Action";
    public const string Color = "App::Color";

    /// <summary>Entities that exist in every case (with random attributes), and ids that never exist.</summary>
    public static readonly string[] Users = ["alice", "bob", "z\"é 😀\\"];
    public static readonly string[] Groups = ["g1", "g2", "g3"];
    public static readonly string[] Documents = ["d1", "d2"];
    public const string Missing = "ghost";

    public static readonly Lazy<Custos.Cedar.Schema.CedarSchema> Parsed = new(() =>
        Custos.Cedar.Schema.CedarSchemaParser.Parse(Text).Schema ?? throw new InvalidOperationException("the differential schema does not parse"));
}
