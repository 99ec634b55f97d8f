using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Custos.Ledger.Privacy;

/// <summary>
/// Crypto-shredding of one entry's personal data for N data subjects, so that erasing any one subject's key makes
/// it unreadable. A fresh random data key encrypts the plaintext (AES-256-GCM); the data key is split into N XOR
/// shares (N−1 random, the last the key XOR all others) and share i is wrapped (AES-256-GCM) under subject i's
/// key. Without any one share the data key is uniformly random, so the ciphertext says nothing.
/// </summary>
/// <remarks>
/// Every tag's associated data binds the format version, the object's random id, the caller's context (such as
/// the action's id), the number of subjects, and for a share its position and subject reference; for the data,
/// every subject reference in order. A share or ciphertext moved to another object, another subject or another
/// position fails authentication. Nonces are random (96 bits) per encryption; a data key is used once.
/// </remarks>
public static class PersonalDataSeal
{
    /// <summary>The size of every key: the data key, each share and each subject key.</summary>
    public const int KeySize = 32;

    /// <summary>The AES-GCM nonce size.</summary>
    public const int NonceSize = 12;

    /// <summary>The AES-GCM tag size.</summary>
    public const int TagSize = 16;

    /// <summary>The size of a wrapped share: the encrypted share and its tag.</summary>
    public const int WrappedShareSize = KeySize + TagSize;

    /// <summary>The longest caller context, in UTF-8 bytes.</summary>
    public const int MaxContextBytes = 1024;

    private static readonly byte[] DataLabel = Encoding.ASCII.GetBytes("custos-seal/1 data\0");
    private static readonly byte[] ShareLabel = Encoding.ASCII.GetBytes("custos-seal/1 share\0");

    /// <summary>
    /// Seals <paramref name="plaintext"/> for <paramref name="subjects"/> (1 to <see cref="SealedEnvelope.MaxSubjects"/>,
    /// distinct references). <paramref name="context"/> is bound into every tag and must be given again to open.
    /// </summary>
    public static SealedEnvelope Seal(ReadOnlySpan<byte> plaintext, IReadOnlyList<SubjectKey> subjects, string context = "")
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(context);
        if (subjects.Count is < 1 or > SealedEnvelope.MaxSubjects)
        {
            throw new ArgumentException($"Personal data is sealed for 1 to {SealedEnvelope.MaxSubjects} subjects, not {subjects.Count}.", nameof(subjects));
        }

        if (plaintext.Length > SealedEnvelope.MaxPlaintextBytes)
        {
            throw new ArgumentException($"Personal data is at most {SealedEnvelope.MaxPlaintextBytes} bytes.", nameof(plaintext));
        }

        CheckContext(context);
        var refs = new string[subjects.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            if (SealedEnvelope.CheckSubjectRef(subjects[i].Ref) is { } error)
            {
                throw new ArgumentException($"Subject {i}: {error}.", nameof(subjects));
            }

            if (subjects[i].Key.Length != KeySize)
            {
                throw new ArgumentException($"Subject {i}: a subject key is {KeySize} bytes.", nameof(subjects));
            }

            if (!distinct.Add(subjects[i].Ref))
            {
                throw new ArgumentException($"Subject {i}: each subject is named once.", nameof(subjects));
            }

            refs[i] = subjects[i].Ref;
        }

        var id = RandomNumberGenerator.GetBytes(SealedEnvelope.IdSize);
        Span<byte> dataKey = stackalloc byte[KeySize];
        Span<byte> share = stackalloc byte[KeySize];
        Span<byte> last = stackalloc byte[KeySize];
        try
        {
            RandomNumberGenerator.Fill(dataKey);
            var nonce = RandomNumberGenerator.GetBytes(NonceSize);
            var ciphertext = new byte[plaintext.Length + TagSize];
            using (var aes = new AesGcm(dataKey, TagSize))
            {
                aes.Encrypt(nonce, plaintext, ciphertext.AsSpan(0, plaintext.Length), ciphertext.AsSpan(plaintext.Length), DataAssociatedData(id, context, refs));
            }

            // The last share is the data key XOR every other share; all N together give the key back.
            dataKey.CopyTo(last);
            var shares = new SealedShare[refs.Length];
            for (var i = 0; i < refs.Length; i++)
            {
                if (i < refs.Length - 1)
                {
                    RandomNumberGenerator.Fill(share);
                    Xor(last, share);
                }
                else
                {
                    last.CopyTo(share);
                }

                var shareNonce = RandomNumberGenerator.GetBytes(NonceSize);
                var wrapped = new byte[WrappedShareSize];
                using (var aes = new AesGcm(subjects[i].Key.Span, TagSize))
                {
                    aes.Encrypt(shareNonce, share, wrapped.AsSpan(0, KeySize), wrapped.AsSpan(KeySize), ShareAssociatedData(id, context, refs.Length, i, refs[i]));
                }

                shares[i] = new SealedShare(refs[i], shareNonce, wrapped);
            }

            return new SealedEnvelope(id, nonce, ciphertext, shares);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            CryptographicOperations.ZeroMemory(share);
            CryptographicOperations.ZeroMemory(last);
        }
    }

    /// <summary>
    /// Opens <paramref name="envelope"/> with keys from <paramref name="keys"/>: the plaintext, or which subject's
    /// key is erased or unknown, or that authentication failed. <paramref name="context"/> is the one given to seal.
    /// </summary>
    public static OpenResult Open(SealedEnvelope envelope, SubjectKeyLookup keys, string context = "")
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(context);
        CheckContext(context);
        var shares = envelope.Shares;
        if (shares.Count is < 1 or > SealedEnvelope.MaxSubjects
            || envelope.Id.Length != SealedEnvelope.IdSize
            || envelope.Nonce.Length != NonceSize
            || envelope.Ciphertext.Length < TagSize)
        {
            return OpenResult.Failed(OpenStatus.AuthenticationFailed, null);
        }

        var refs = new string[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            refs[i] = shares[i].Subject;
        }

        Span<byte> subjectKey = stackalloc byte[KeySize];
        Span<byte> share = stackalloc byte[KeySize];
        Span<byte> dataKey = stackalloc byte[KeySize];
        try
        {
            // Every key first, so an erased subject is reported as such, not as a failed tag.
            for (var i = 0; i < shares.Count; i++)
            {
                var status = keys(refs[i], subjectKey);
                CryptographicOperations.ZeroMemory(subjectKey);
                if (status != SubjectKeyStatus.Found)
                {
                    return OpenResult.Failed(status == SubjectKeyStatus.Erased ? OpenStatus.KeyErased : OpenStatus.KeyUnknown, refs[i]);
                }
            }

            dataKey.Clear();
            for (var i = 0; i < shares.Count; i++)
            {
                var item = shares[i];
                if (item.Nonce.Length != NonceSize || item.Wrapped.Length != WrappedShareSize || keys(refs[i], subjectKey) != SubjectKeyStatus.Found)
                {
                    return OpenResult.Failed(OpenStatus.AuthenticationFailed, refs[i]);
                }

                try
                {
                    using var aes = new AesGcm(subjectKey, TagSize);
                    aes.Decrypt(item.Nonce, item.Wrapped.AsSpan(0, KeySize), item.Wrapped.AsSpan(KeySize), share, ShareAssociatedData(envelope.Id, context, refs.Length, i, refs[i]));
                }
                catch (AuthenticationTagMismatchException)
                {
                    return OpenResult.Failed(OpenStatus.AuthenticationFailed, refs[i]);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(subjectKey);
                }

                Xor(dataKey, share);
                CryptographicOperations.ZeroMemory(share);
            }

            var length = envelope.Ciphertext.Length - TagSize;
            var plaintext = new byte[length];
            try
            {
                using var aes = new AesGcm(dataKey, TagSize);
                aes.Decrypt(envelope.Nonce, envelope.Ciphertext.AsSpan(0, length), envelope.Ciphertext.AsSpan(length), plaintext, DataAssociatedData(envelope.Id, context, refs));
            }
            catch (AuthenticationTagMismatchException)
            {
                CryptographicOperations.ZeroMemory(plaintext);
                return OpenResult.Failed(OpenStatus.AuthenticationFailed, null);
            }

            return OpenResult.Opened(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(subjectKey);
            CryptographicOperations.ZeroMemory(share);
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static void CheckContext(string context)
    {
        if (Encoding.UTF8.GetByteCount(context) > MaxContextBytes)
        {
            throw new ArgumentException($"The context is at most {MaxContextBytes} UTF-8 bytes.", nameof(context));
        }
    }

    private static void Xor(Span<byte> target, ReadOnlySpan<byte> other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] ^= other[i];
        }
    }

    // label · id · str context · u32 count · str ref…   (str = u32 big-endian length + UTF-8)
    private static byte[] DataAssociatedData(byte[] id, string context, string[] refs)
    {
        var builder = new AssociatedData(DataLabel, id, context, refs.Length);
        foreach (var subject in refs)
        {
            builder.Add(subject);
        }

        return builder.ToArray();
    }

    // label · id · str context · u32 count · u32 index · str ref
    private static byte[] ShareAssociatedData(byte[] id, string context, int count, int index, string subject)
    {
        var builder = new AssociatedData(ShareLabel, id, context, count);
        builder.Add(index);
        builder.Add(subject);
        return builder.ToArray();
    }

    private sealed class AssociatedData
    {
        private readonly ArrayBufferWriter<byte> stream = new(256);

        public AssociatedData(byte[] label, byte[] id, string context, int count)
        {
            stream.Write<byte>(label);
            stream.Write<byte>(id);
            Add(context);
            Add(count);
        }

        public void Add(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            stream.Write<byte>(bytes);
        }

        public void Add(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Add(bytes.Length);
            stream.Write<byte>(bytes);
        }

        public byte[] ToArray() => stream.WrittenSpan.ToArray();
    }
}
