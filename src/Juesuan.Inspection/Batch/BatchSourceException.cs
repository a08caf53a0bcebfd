namespace Juesuan.Inspection.Batch;

/// <summary>A folder or zip that cannot be inspected as a batch (or one entry that cannot be taken out of it); a Chinese message.</summary>
public sealed class BatchSourceException(string message) : Exception(message);
