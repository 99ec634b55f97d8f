using Custos.Cedar.Entities;
using Custos.Cedar.Values;

namespace Custos.Cedar.Tests.Entities;

public sealed class EntityStoreTests
{
    private static EntityUid U(string type, string id) => new(type, id);

    [Fact]
    public void Ancestors_are_the_transitive_closure_of_parents()
    {
        var store = EntityStore.Create([
            new Entity(U("User", "a"), parents: [U("Group", "g1")]),
            new Entity(U("Group", "g1"), parents: [U("Group", "g2"), U("Group", "g3")]),
            new Entity(U("Group", "g2"), parents: [U("Org", "o")]),
        ]);
        var user = store.Get(U("User", "a"))!;
        Assert.Equal(4, user.Ancestors.Count);
        Assert.True(store.IsIn(U("User", "a"), U("Org", "o")));
        Assert.True(store.IsIn(U("User", "a"), U("Group", "g3")));
        Assert.False(store.IsIn(U("Group", "g2"), U("User", "a")));
    }

    [Fact]
    public void Parents_missing_from_the_store_still_count_but_have_no_parents_of_their_own()
    {
        var store = EntityStore.Create([new Entity(U("User", "a"), parents: [U("Group", "ghost")])]);
        Assert.True(store.IsIn(U("User", "a"), U("Group", "ghost")));
        Assert.True(store.IsIn(U("Group", "ghost"), U("Group", "ghost")));
    }

    [Fact]
    public void An_entity_not_in_the_store_is_in_nothing_but_itself()
    {
        Assert.True(EntityStore.Empty.IsIn(U("User", "x"), U("User", "x")));
        Assert.False(EntityStore.Empty.IsIn(U("User", "x"), U("Group", "g")));
    }

    [Fact]
    public void A_uid_given_twice_with_different_contents_is_an_error()
    {
        var attrs = RecordValue.Of([new("a", LongValue.Of(1))]);
        Assert.False(EntityStore.TryCreate([new Entity(U("User", "a")), new Entity(U("User", "a"), attrs)], out _, out var error));
        Assert.Contains("User::\"a\"", error, StringComparison.Ordinal);
        Assert.True(EntityStore.TryCreate([new Entity(U("User", "a"), attrs), new Entity(U("User", "a"), attrs)], out var store, out _));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void A_cycle_in_the_hierarchy_is_an_error()
    {
        Assert.False(EntityStore.TryCreate([
            new Entity(U("G", "a"), parents: [U("G", "b")]),
            new Entity(U("G", "b"), parents: [U("G", "a")]),
        ], out _, out var error));
        Assert.Contains("cycle", error, StringComparison.Ordinal);
    }
}
