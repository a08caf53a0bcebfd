namespace Juesuan.Inspection.Jobs;

/// <summary>One file handed to a batch: its path in the batch ("/" separated) and its bytes.</summary>
public sealed record BatchFile(string RelativePath, byte[] Bytes);
