namespace Juesuan.Synthetic.Accounts;

/// <summary>Seeds derived from the region's seed and a department's index, the same on every machine and run.</summary>
public static class Seeds
{
    /// <summary>A seed for one department (and a stream within it): a fixed mix, never string.GetHashCode (randomised per process).</summary>
    public static int Of(int seed, int index, int stream = 0)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u;
            h ^= (uint)index * 2246822519u;
            h ^= (uint)stream * 3266489917u;
            h ^= h >> 15;
            h *= 668265263u;
            h ^= h >> 13;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
