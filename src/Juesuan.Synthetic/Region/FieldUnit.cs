using Juesuan.Core.Model;

namespace Juesuan.Synthetic.Region;

/// <summary>A department's institution (所属单位): its name without the place, the 项 of its basic spending, its type.</summary>
public sealed record FieldUnit(string Name, string Item, UnitType Type);
