using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Ledger.Tests;

/// <summary>Signing keys derived from fixed, public seeds, for tests only. No real private key is ever committed.</summary>
internal static class TestKeys
{
    public const string LogName = "custos.example/ledger";

    public static NoteSigner Log() => FromPhrase(LogName, "custos ledger test key, not a secret");

    public static NoteSigner Other() => FromPhrase(LogName, "a different key with the same name");

    public static NoteSigner FromPhrase(string name, string phrase) => NoteSigner.Create(name, SHA256.HashData(Encoding.UTF8.GetBytes(phrase)));
}
