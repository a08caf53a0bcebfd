namespace Juesuan.Inspection.Jobs;

/// <summary>The bounds of one batch, where it enters (a folder, a zip, an upload): files, bytes per file, bytes in all.</summary>
public sealed record BatchLimits(int MaxFiles, long MaxFileBytes, long MaxTotalBytes)
{
    /// <summary>A region's year: a few thousand reports of at most 100 MB each, 4 GB in all.</summary>
    public static BatchLimits Default { get; } = new(5_000, 100L << 20, 4L << 30);

    /// <summary>An upload to the web: 500 files, 50 MB each, 500 MB in all.</summary>
    public static BatchLimits Upload { get; } = new(500, 50L << 20, 500L << 20);
}
