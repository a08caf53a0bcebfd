using Juesuan.Synthetic.Planting;

namespace Juesuan.Synthetic;

/// <summary>What was written: the departments registered and published, the files, and every planted error.</summary>
public sealed record RegionSummary(int Registered, int Published, int Files, int Pdfs, IReadOnlyList<PlantedError> Planted);
