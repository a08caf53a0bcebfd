namespace Juesuan.Audit.Messages;

/// <summary>
/// 审核说明编号: the kind of an audit message, one member per message of the catalogue, named by what it says. Stable:
/// written by name into data.json (<c>messageId</c>), the stored findings and the check page's downloads (说明编号), and
/// what a program tests instead of the Chinese text. docs/audit-rules.md lists them (generated).
/// </summary>
public enum AuditMessageId
{
    // ── shared (GeneralMessages) ──────────────────────────────────────────────
    SumDiffers,
    SumWithinRounding,
    FigureDiffers,
    RuleCrashed,

    // ── package facts (PackageMessages) ───────────────────────────────────────
    DepartmentUnbalanced,
    AppropriationUnbalanced,

    // ── tables (TableMessages) ────────────────────────────────────────────────
    CodeNotInCatalog,
    CodeNameDiffers,
    AppropriationAboveSpending,
    ThreePublicPartMisprinted,
    VehicleBreakdownBlank,

    // ── completeness (CompletenessMessages) ───────────────────────────────────
    FragmentLacksTables,
    GovernmentReportNotChecked,
    TableMissing,
    TableTruncated,
    FragmentLacksSections,
    SectionMissing,
    ThreePublicCountsMissing,
    EmptyTableUnexplained,

    // ── narrative figures (NarrativeMessages) ─────────────────────────────────
    AmountDiffersFromTable,
    ThisYearsFigureUnderLastYear,
    ShareOfZeroWhole,
    ShareDiffers,
    SharesNotHundred,
    ChangeDiffersFromAmounts,
    ChangeRateOfNothing,
    ChangeRateDiffers,
    BudgetDifferenceAgainstTable,
    BudgetDifferenceDiffers,
    CompletionOfNoBudget,
    CompletionOfNothing,
    CompletionsDisagree,
    FigureBlank,
    ChangeRestatedOpposite,

    // ── narrative claims and words (ClaimMessages, ThreePublicMessages) ───────
    RateOfZeroBudget,
    RateDiffers,
    RateIsDifference,
    RatesImplyBudgetsAboveWhole,
    CategoryBudgetsDiffer,
    TotalsChangeDiffer,
    RelationWordContradicted,
    RelationWordAgainstTable,
    FlatWithChange,
    FlatAndMoved,
    ChangeAndRateOpposite,
    NoChangeNotFlat,
    ReasonArguesOtherWay,
    ReasonPartMovedOtherWay,
    ChangesOfPartsDiffer,
    PartsAboveWhole,
    ThreePublicCountsOthers,
    PartsDifferFromTotal,
    PartsWithinRounding,
    ChangesOfPartsWithinRounding,
    ListedPartsDifferFromSum,
    SharesAboveHundred,
    ItemNameUnknown,
    ItemNameCorrected,
    ListedCostsIdle,
    AppropriationTotalsDiffer,
    TotalsDiffer,
    HeadcountPartsDiffer,
    DivisionCountDiffers,
    VehiclesWithoutCost,
    CostWithoutVehicles,
    RunningCostPerVehicleDiffers,

    // ── performance (PerformanceMessages) ─────────────────────────────────────
    ScoreAboveWeight,
    TotalScoreDiffers,
    TotalScoreRounded,
    ExecutionRateDiffers,
    ExecutionRateWithinRounding,
    ExecutionScoreDiffers,
    TaskRateDiffers,
    TaskRateWithinRounding,
    MetTargetNotFull,
    NarrativeDiffersFromAnnex,
    NarrativeWithinRounding,
    ProjectNameDiffers,
    UnitNotListed,
    ActualNotTarget,
    ActualOutlying,

    // ── template residue (ResidueMessages) ────────────────────────────────────
    PlaceholderLeft,
    BudgetScopeWording,
    InstructionPrinted,
    AlternativeUnchosen,
    AlternativeHalfDeleted,
    YearMalformed,
    AsOfYearWrong,
    PublishedBeforeYearEnd,
    TitleYearWrong,
    HeadingYearWrong,
    LastYearLeft,
    YearGluedToAmount,
    BaseYearIsReportYear,
    BaseYearNotLastYear,
    EmptyNoteUnderFigures,
    PunctuationDoubled,
    QuotesReversed,
    PercentMissing,
    YuanMissing,
    YuanForWan,
    PointDoubled,

    // ── wording (WordingMessages) ─────────────────────────────────────────────
    ContentsDiffersFromHeading,
    ContentsEntryWithoutHeading,
    TwoNamesForOneItem,
    RatePrecisionDiffers,
    EnumerationCountDiffers,
    WordRepeated,
    ComparisonUnclosed,
    HeadingOrdinalLost,
    HeadingTruncated,
}
