namespace Custos.Storage.Sqlite;

/// <summary>An audit record could not be made durable; the action it belongs to must not take effect.</summary>
public sealed class StoreWriteException : Exception
{
    public StoreWriteException()
    {
    }

    public StoreWriteException(string message)
        : base(message)
    {
    }

    public StoreWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
