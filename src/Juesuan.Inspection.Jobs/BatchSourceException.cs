namespace Juesuan.Inspection.Jobs;

/// <summary>A batch that cannot be taken as given (not a folder or zip, a limit passed), in words a user can act on.</summary>
public sealed class BatchSourceException : Exception
{
    public BatchSourceException(string message)
        : base(message)
    {
    }

    public BatchSourceException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
