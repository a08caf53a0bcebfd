using System.IO.Compression;
using Juesuan.Core.Model;
using Juesuan.Core.Package;

namespace Juesuan.Readers.Package;

/// <summary>
/// A package folder sent as one .zip (what a browser can upload): manifest.csv and the CSVs at the top of the
/// archive or inside one folder. Sizes are checked before anything is inflated, and again while inflating,
/// so a zip bomb is refused rather than unpacked; names are used only to find the known CSV files, never as paths.
/// </summary>
public static class ZipPackageSource
{
    public const int MaxEntries = 500;

    public static IPackageSource Open(byte[] zipBytes, string name)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(zipBytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new PackageSourceException(InputMessages.ZipTooManyEntries(name, zip.Entries.Count, MaxEntries));
            }

            var manifest = zip.Entries.Where(e => string.Equals(e.Name, PackageFormat.Manifest.FileName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (manifest.Count != 1)
            {
                throw new PackageSourceException(manifest.Count == 0
                    ? InputMessages.ZipNoManifest(name, PackageFormat.Manifest.FileName)
                    : InputMessages.ZipManyManifests(name, manifest.Count, PackageFormat.Manifest.FileName));
            }

            var folder = manifest[0].FullName[..^manifest[0].Name.Length];
            long total = 0;
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)
                && e.FullName.Length > folder.Length && !e.FullName[folder.Length..].Contains('/', StringComparison.Ordinal)
                && e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            {
                total += entry.Length;
                if (entry.Length > CsvPackageSource.MaxFileBytes || total > XlsxPackageSource.MaxUncompressedBytes)
                {
                    throw new PackageSourceException(InputMessages.ZipTooLarge(name, entry.Name));
                }

                files[entry.Name] = Inflate(entry, name);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new PackageSourceException(InputMessages.ZipInvalid(name, ex.Message), inner: ex);
        }

        return new CsvPackageSource(name, f => files.GetValueOrDefault(f));
    }

    /// <summary>Reads at most the declared length: an entry that inflates to more than it declared is refused.</summary>
    private static byte[] Inflate(ZipArchiveEntry entry, string name)
    {
        using var s = entry.Open();
        var buffer = new byte[entry.Length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = s.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read != buffer.Length || s.ReadByte() != -1)
        {
            throw new PackageSourceException(InputMessages.ZipEntrySizeMismatch(name, entry.Name));
        }

        return buffer;
    }
}
