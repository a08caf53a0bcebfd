using Juesuan.Synthetic.Planting;

namespace Juesuan.Synthetic.Recall;

/// <summary>A planted error and whether the audit found it: the finding that did, or why none counts.</summary>
public sealed record PlantedFinding(PlantedError Error, bool Found, string Evidence);
