using Juesuan.Core.Tables;

namespace Juesuan.Synthetic.Region;

/// <summary>
/// The departments of a fictional region, 澜江省鹤汀市: the city's own departments, then those of its districts and
/// counties (named from syllables no real place uses together), each place with every field once, in a seeded order.
/// The template alternates (liaoning-2024, shanghai-2024); a few departments are registered but publish nothing.
/// </summary>
public static class RegionPlan
{
    public const string Province = "澜江省";

    public const string City = "鹤汀市";

    private static readonly string[] Heads = ["望澜", "澄塘", "栖云", "鹿鸣", "苇川", "汀兰", "雁回", "枫溪", "云栈", "柘岚", "鸥浦", "桐汀"];

    private static readonly string[] Tails = ["", "东", "西", "南", "北", "上", "下", "新"];

    /// <summary>The departments of a region of <paramref name="count"/> departments, drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<PlannedDepartment> Plan(int count, int seed, decimal unpublishedFraction = 0.02m)
    {
        var fields = DepartmentFields.All;
        var random = new Random(seed);
        var result = new List<PlannedDepartment>(count);
        for (var place = 0; result.Count < count; place++)
        {
            var (placeName, region) = PlaceOf(place);
            var order = Enumerable.Range(0, fields.Count).OrderBy(_ => random.Next()).ToList();
            foreach (var f in order)
            {
                if (result.Count == count)
                {
                    break;
                }

                var index = result.Count;
                var profile = index % 2 == 0 ? TableSpecs.Liaoning : TableSpecs.Shanghai;
                var published = !(index > 0 && random.NextDouble() < (double)unpublishedFraction);
                result.Add(new PlannedDepartment(index, $"{place + 1:D3}{f + 1:D3}", placeName, region, fields[f], profile, published));
            }
        }

        return result;
    }

    /// <summary>The place's name and region string: 0 is the city itself, then districts and counties.</summary>
    internal static (string Name, string Region) PlaceOf(int place)
    {
        if (place == 0)
        {
            return (City, Province + City);
        }

        var k = place - 1;
        var head = Heads[k % Heads.Length];
        var tail = Tails[k / Heads.Length % Tails.Length];
        var round = k / (Heads.Length * Tails.Length);
        var suffix = k % 3 == 0 ? "区" : "县";
        var name = head + tail + (round > 0 ? new string('新', round) : string.Empty) + suffix;
        return (name, Province + City + name);
    }
}
