using Juesuan.Inspection.Scoring;

namespace Juesuan.Inspection.Batch;

/// <summary>How a batch is inspected.</summary>
public sealed record InspectionOptions
{
    /// <summary>The organisation register (empty: files are grouped by the department they name).</summary>
    public IReadOnlyList<RegisterEntry> Register { get; init; } = [];

    /// <summary>Where results are cached by content hash; null: no cache (every file is read).</summary>
    public string? CacheFolder { get; init; }

    /// <summary>How many files are read at once; 0 means one per core.</summary>
    public int Jobs { get; init; }

    public ScoreWeights Weights { get; init; } = ScoreWeights.Default;

    /// <summary>The jobs a run uses: <see cref="Jobs"/>, or the processor count.</summary>
    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;
}

/// <summary>Progress of a batch: files done of the total, the file just finished, and whether it came from the cache.</summary>
public sealed record InspectionProgress(int Done, int Total, string Current, bool FromCache, bool Unreadable);
