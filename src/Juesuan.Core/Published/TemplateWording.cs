namespace Juesuan.Core.Published;

/// <summary>
/// 模板用语: a wording a template prescribes that the audit would otherwise warn about. A profile lists the ones its
/// template prints (Juesuan.Reporting's Profiles/*.json); a report written in that profile carries them, and the
/// audit then notes the wording as the template's instead of warning about it. A published report of unknown
/// template carries none, so a reviewer still sees the warning.
/// </summary>
public enum TemplateWording
{
    /// <summary>"完成年初预算的0%" for an item with no initial budget (the Liaoning form prints a rate for every item).</summary>
    ZeroBudgetCompletion,

    /// <summary>"占政府采购支出总额的0%" when the whole is zero (the form's procurement sentence prints every share).</summary>
    ShareOfZeroWhole,

    /// <summary>"人员经费…主要包括：…" as the template's fixed list of what the category covers, spent or not.</summary>
    StandardCostList,
}
