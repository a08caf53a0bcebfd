namespace Juesuan.Synthetic;

/// <summary>How far the writing of a region has come: departments done of all, and the one being written.</summary>
public sealed record RegionProgress(int Done, int Total, string Current);
