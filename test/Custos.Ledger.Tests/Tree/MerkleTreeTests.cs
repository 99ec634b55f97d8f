using System.Security.Cryptography;
using Custos.Ledger.Tree;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Tree;

public sealed class MerkleTreeTests
{
    [Fact]
    public void The_empty_tree_hashes_to_sha256_of_nothing()
    {
        Assert.Equal(SHA256.HashData([]), new MerkleTree().Root());
        Assert.Equal(SHA256.HashData([]), MerkleHash.EmptyRoot.ToArray());
    }

    [Fact]
    public void Leaf_and_node_hashes_carry_the_rfc_9162_domain_prefixes()
    {
        Assert.Equal(SHA256.HashData([0x00, 0x61, 0x62]), MerkleHash.HashLeaf("ab"u8));
        var left = MerkleHash.HashLeaf("a"u8);
        var right = MerkleHash.HashLeaf("b"u8);
        Assert.Equal(SHA256.HashData([0x01, .. left, .. right]), MerkleHash.HashChildren(left, right));
    }

    [Fact]
    public void Long_leaf_data_hashes_the_same_through_the_incremental_path()
    {
        var data = new byte[5000];
        data.AsSpan().Fill(7);
        Assert.Equal(SHA256.HashData([0x00, .. data]), MerkleHash.HashLeaf(data));
    }

    [Fact]
    public void Roots_match_the_rfc_6962_reference_test_vectors()
    {
        // The eight leaves and roots from the certificate-transparency reference implementations (merkle_tree_test).
        string[] leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
        string[] roots =
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ];
        var tree = new MerkleTree();
        for (var i = 0; i < leaves.Length; i++)
        {
            tree.AppendData(Convert.FromHexString(leaves[i]));
            Assert.Equal(roots[i], Convert.ToHexStringLower(tree.Root()));
        }
    }

    [Property(MaxTest = 200)]
    public Property Incremental_root_equals_the_recursive_definition_after_every_append() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), count =>
        {
            var leaves = TreeData.LeafHashes(count);
            var tree = new MerkleTree();
            for (var i = 0; i < count; i++)
            {
                if (!tree.Root().AsSpan().SequenceEqual(TreeData.ReferenceRoot(leaves[..i])))
                {
                    return false;
                }

                tree.Append(leaves[i]);
            }

            return tree.Size == count
                && tree.Root().AsSpan().SequenceEqual(TreeData.ReferenceRoot(leaves))
                && MerkleTree.ComputeRoot(leaves, count).AsSpan().SequenceEqual(tree.Root());
        });

    [Property(MaxTest = 100)]
    public Property Rebuilding_from_stored_leaf_hashes_gives_the_same_root() =>
        Prop.ForAll(Gen.Choose(0, 200).ToArbitrary(), count =>
        {
            var leaves = TreeData.LeafHashes(count);
            var flat = leaves.SelectMany(h => h).ToArray();
            var root = MerkleTree.FromLeafHashes(leaves).Root();
            return root.AsSpan().SequenceEqual(MerkleTree.FromLeafHashes(flat.AsSpan()).Root())
                && root.AsSpan().SequenceEqual(TreeData.ReferenceRoot(leaves));
        });

    [Fact]
    public void A_leaf_hash_of_the_wrong_length_is_a_programmer_error()
    {
        var tree = new MerkleTree();
        Assert.Throws<ArgumentException>(() => tree.Append(new byte[31]));
        Assert.Equal(0, tree.Size);
    }
}
