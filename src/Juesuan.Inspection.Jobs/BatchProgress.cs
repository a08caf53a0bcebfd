namespace Juesuan.Inspection.Jobs;

/// <summary>How far a batch is: files inspected out of all, and its state (for the progress bar and the web page).</summary>
public sealed record BatchProgress(string BatchId, string Source, BatchState State, int Files, int Inspected, string? Error)
{
    public bool Finished => State is BatchState.Done or BatchState.Failed;
}
