namespace Juesuan.Audit.Messages;

/// <summary>
/// 审核说明: one audit message — its kind (a stable id, written by name into data.json, storage and the downloads) and its
/// Chinese text, made only by the catalogue classes of this folder (<see cref="TableMessages"/>, <see cref="NarrativeMessages"/> …).
/// </summary>
public sealed record AuditMessage(AuditMessageId Id, string Text)
{
    public override string ToString() => Text;
}

/// <summary>比较基数: what an N-YOY change (增减额、增减率) is measured against.</summary>
public enum ChangeAgainst
{
    /// <summary>上年: the change year on year.</summary>
    LastYear,

    /// <summary>预算: "较年初预算数减少 10.93 万元".</summary>
    Budget,

    /// <summary>比较年: "比 2019 年减少…", the year the claim names.</summary>
    BaseYear,
}
