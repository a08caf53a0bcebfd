namespace Juesuan.Inspection.Jobs;

/// <summary>Where a stored batch (检查批次) stands.</summary>
public enum BatchState
{
    /// <summary>Files are being inspected, one job each.</summary>
    Running,

    /// <summary>Every file inspected and the result assembled.</summary>
    Done,

    /// <summary>The result could not be assembled (the reason is stored).</summary>
    Failed,
}
