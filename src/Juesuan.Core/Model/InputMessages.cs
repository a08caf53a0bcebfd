using System.Globalization;

namespace Juesuan.Core.Model;

/// <summary>One input-error message: its kind (a stable id) and its Chinese text, made only by <see cref="InputMessages"/>.</summary>
public readonly record struct InputMessage(MessageId Id, string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// The one catalogue of input-error texts (NodaTime keeps its messages in one file): every message a data
/// package, its decoding or its parsing can produce is written here, in Chinese, once, and carries its
/// <see cref="MessageId"/>. Readers and value types choose a message; they never compose one. Where the
/// problem is (file or sheet, row, column) is added by the reader's error record, not written here.
/// </summary>
public static class InputMessages
{
    /// <summary>The largest amount accepted in yuan (10^15 元 = 1000 万亿元), for one cell and for a column's sum.</summary>
    public const decimal AmountCeiling = 1_000_000_000_000_000m;

    /// <summary>Excel's own limits: 16,384 columns (XFD) and 1,048,576 rows; 32,767 characters in a cell.</summary>
    public const int ExcelMaxColumns = 16_384;

    public const int ExcelMaxRows = 1_048_576;

    public const int MaxCellLength = 32_767;

    /// <summary>The prose sheets (说明, 绩效) together hold at most this many characters each: every character becomes report text that is read and audited.</summary>
    public const int MaxProseCharacters = 200_000;

    private static string Thousands(long n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Ceiling => AmountCeiling.ToString("#,##0", CultureInfo.InvariantCulture);

    // ── amounts ───────────────────────────────────────────────────────────────

    public static InputMessage AmountEmpty() => new(MessageId.AmountEmpty, "金额为空");

    public static InputMessage AmountEmpty(string header) => new(MessageId.AmountEmpty, $"「{header}」不能为空");

    public static InputMessage AmountNotNumeric(string text) => new(MessageId.AmountNotNumeric, $"金额「{text}」不是数字");

    public static InputMessage NumberNotNumeric(string text) => new(MessageId.AmountNotNumeric, $"「{text}」不是数字");

    public static InputMessage AmountTooPrecise(string text) => new(MessageId.AmountTooPrecise, $"金额「{text}」超过两位小数（单位为元，精确到分）");

    public static InputMessage AmountTooLarge(string text) =>
        new(MessageId.AmountTooLarge, $"金额「{text}」超出可接受的范围（绝对值不超过 {Ceiling} 元）");

    public static InputMessage AmountSumTooLarge(string header) =>
        new(MessageId.AmountSumTooLarge, $"「{header}」各行合计到此行超出可接受的范围（不超过 {Ceiling} 元）");

    public static InputMessage CountMalformed(string text) => new(MessageId.CountMalformed, $"「{text}」应为非负整数");

    // ── codes and years ───────────────────────────────────────────────────────

    public static InputMessage FunctionCodeMalformed(string? text) => new(MessageId.CodeMalformed, $"功能分类科目编码「{text}」应为 3、5 或 7 位数字");

    public static InputMessage EconomicCodeMalformed(string? text) => new(MessageId.CodeMalformed, $"经济分类科目编码「{text}」应为 3 或 5 位数字");

    public static InputMessage FunctionCodeWrongLevel(string code, string? name, string level) =>
        new(MessageId.CodeWrongLevel, $"功能分类科目 {code}{Named(name)}是{level}级科目，此处须填 7 位项级科目");

    public static InputMessage EconomicCodeWrongLevel(string code, string? name) =>
        new(MessageId.CodeWrongLevel, $"经济分类科目 {code}{Named(name)}是类级科目，此处须填 5 位款级科目");

    public static InputMessage FunctionCodeUnknown(string code, string edition) =>
        new(MessageId.CodeUnknown, $"功能分类科目 {code} 不在 {edition} 版目录中（如为新增科目，请在「目录补充」表中登记）");

    public static InputMessage EconomicCodeUnknown(string code, string edition) =>
        new(MessageId.CodeUnknown, $"经济分类科目 {code} 不在 {edition} 版目录中");

    public static InputMessage YearMalformed(string? text) => new(MessageId.YearMalformed, $"年度「{text}」应为四位年份，如 2024");

    public static InputMessage PackageYearMismatch(string year, string expected) =>
        new(MessageId.YearMismatch, $"数据包年度为 {year}，与要求的 {expected} 年不符");

    public static InputMessage RowYearMismatch(string text, string year) => new(MessageId.YearMismatch, $"年度「{text}」与清单年度 {year} 不符");

    // ── values and keys ───────────────────────────────────────────────────────

    public static InputMessage ValueNotInList(string text, IEnumerable<string> choices) =>
        new(MessageId.ValueNotInList, $"「{text}」不是可选值，应为：{string.Join("、", choices)}");

    public static InputMessage CatalogEditionUnsupported(string text, IEnumerable<string> editions) =>
        new(MessageId.ValueNotInList, $"目录版本「{text}」不受支持，可用：{string.Join("、", editions)}");

    public static InputMessage FormatVersionUnsupported(string text, string supported) =>
        new(MessageId.ValueNotInList, $"格式版本「{text}」不受支持，本程序读取格式版本 {supported}");

    public static InputMessage UnitUnknown(string code) => new(MessageId.UnitUnknown, $"单位编码 {code} 不在「单位」表中");

    public static InputMessage EvaluationUnknown(string id) => new(MessageId.UnitUnknown, $"评价编号 {id} 不在「绩效自评」表中");

    public static InputMessage DuplicateRow(int firstRow, IEnumerable<string> keyColumns) =>
        new(MessageId.DuplicateKey, $"与第 {firstRow} 行重复（同一{string.Join("、", keyColumns)}只能有一行，请合并金额）");

    public static InputMessage DuplicateManifestField(string field, int firstRow) =>
        new(MessageId.DuplicateKey, $"清单项目「{field}」重复（第一次出现在第 {firstRow} 行）");

    public static InputMessage ManifestFieldUnknown(string field, IEnumerable<string> fields) =>
        new(MessageId.ManifestField, $"未知的清单项目「{field}」，可用：{string.Join("、", fields)}");

    public static InputMessage ManifestFieldMissing(string field) => new(MessageId.MissingValue, $"清单缺少「{field}」");

    public static InputMessage ValueMissing(string header) => new(MessageId.MissingValue, $"「{header}」不能为空");

    // ── sheets and columns ────────────────────────────────────────────────────

    public static InputMessage SheetMissing(string sheetName, string purpose) => new(MessageId.MissingSheet, $"缺少工作表「{sheetName}」（{purpose}）");

    public static InputMessage FileMissing(string fileName, string purpose) => new(MessageId.MissingSheet, $"缺少文件 {fileName}（{purpose}）");

    public static InputMessage HeaderRowMissing() => new(MessageId.MissingColumn, "缺少表头行");

    public static InputMessage ColumnMissing(string header, string help) => new(MessageId.MissingColumn, $"表头缺少「{header}」列（{help}）");

    public static InputMessage NoUnits(string sheetName) =>
        new(MessageId.PackageEmpty, $"数据包没有任何单位：请在「{sheetName}」中至少填写一个单位（编码、名称、类型）");

    public static InputMessage NoFacts(string incomeSheet, string expenditureSheet) =>
        new(MessageId.PackageEmpty, $"数据包没有收入也没有支出数据：请在「{incomeSheet}」或「{expenditureSheet}」中填写本年的数据（空白模板不能生成报告）");

    // ── cells: characters, length, position ──────────────────────────────────

    public static InputMessage InvalidCharacter(char c, int position) =>
        new(MessageId.InvalidCharacter, string.Create(CultureInfo.InvariantCulture,
            $"含有不可用的控制字符 U+{(int)c:X4}（第 {position} 个字符），请删除后再导入"));

    public static InputMessage TextTooLong(int length) =>
        new(MessageId.TextTooLong, $"内容长 {Thousands(length)} 个字符，超过每格 {Thousands(MaxCellLength)} 个字符的上限");

    public static InputMessage SheetTextTooLong(string sheetName, int limit) =>
        new(MessageId.TextTooLong, $"「{sheetName}」的文字合计到此行超过 {Thousands(limit)} 个字符的上限（一份报告的说明文字通常不到 2 万字）");

    public static InputMessage CellReferenceOutOfRange(string reference) =>
        new(MessageId.CellOutOfRange, $"单元格引用「{reference}」超出 Excel 的范围（最多 XFD 列、{Thousands(ExcelMaxRows)} 行）");

    public static InputMessage RowNumberOutOfRange(string number) =>
        new(MessageId.CellOutOfRange, $"行号「{number}」超出 Excel 的范围（最多 {Thousands(ExcelMaxRows)} 行），或不在前一行之后");

    public static InputMessage ColumnBeyondSheet(string column, int maxColumns) =>
        new(MessageId.CellOutOfRange, $"{column} 列有内容，但数据包的工作表最多 {maxColumns} 列：请删除表格右侧多余的内容");

    public static InputMessage CellsBeyondHeader(int cells, int headerColumns, string value) =>
        new(MessageId.CellOutOfRange, $"此行有 {cells} 格，表头只有 {headerColumns} 列：多出的「{value}」无处可放（含逗号的金额或文字须加引号，如 \"1,500.00\"）");

    // ── files: encoding and CSV syntax ────────────────────────────────────────

    public static InputMessage EncodingUtf16() =>
        new(MessageId.EncodingUnrecognised, "无法识别文件的编码：文件是 UTF-16（Unicode）编码；已尝试 UTF-8、GB18030。请在 Excel 中另存为「CSV UTF-8（逗号分隔）」");

    public static InputMessage EncodingInvalidUtf8(byte b) =>
        new(MessageId.EncodingUnrecognised, string.Create(CultureInfo.InvariantCulture,
            $"无法识别文件的编码：此行有无效字节 0x{b:X2}，文件其余部分是 UTF-8；已尝试 UTF-8、GB18030。请改正该行后另存为「CSV UTF-8（逗号分隔）」"));

    public static InputMessage EncodingUnrecognised() =>
        new(MessageId.EncodingUnrecognised, "无法识别文件的编码：已尝试 UTF-8、GB18030，都不能完整解读。请另存为「CSV UTF-8（逗号分隔）」");

    public static InputMessage QuoteUnclosed() =>
        new(MessageId.QuoteUnclosed, "此行的引号「\"」没有闭合，其后的全部内容会被读作同一格：请补上闭合的引号，或删除多余的引号");

    // ── files: opening, sizes ─────────────────────────────────────────────────

    public static InputMessage PackageNotFound(string path) => new(MessageId.FileUnreadable, $"数据包「{path}」不存在");

    public static InputMessage PackageKindUnknown(string name) =>
        new(MessageId.FileUnreadable, $"无法识别的数据包「{name}」：应为包含 manifest.csv 的文件夹或 .xlsx 工作簿");

    public static InputMessage FileTooLarge(string name, long bytes, long limit) =>
        new(MessageId.FileUnreadable, $"{name} 过大（{bytes / 1024 / 1024} MB），超过 {limit / 1024 / 1024} MB 上限");

    public static InputMessage PackageTooLarge(long bytes, long limit) =>
        new(MessageId.FileUnreadable, $"数据包的文件合计 {bytes / 1024 / 1024} MB，超过 {limit / 1024 / 1024} MB 上限，已拒绝");

    public static InputMessage WorkbookCannotOpen(string name, string reason) => new(MessageId.FileUnreadable, $"无法打开工作簿「{name}」：{reason}");

    public static InputMessage WorkbookPartMissing(string name) => new(MessageId.FileUnreadable, $"「{name}」不是有效的 Excel 工作簿（缺少工作簿部件）");

    public static InputMessage WorkbookCorrupt(string name, string what) =>
        new(MessageId.FileUnreadable, $"无法读取工作簿「{name}」：文件已损坏或不是 Excel 2007 及以上版本的 .xlsx 文件（{what}）");

    public static InputMessage WorkbookTooLarge(string name, long limit) =>
        new(MessageId.FileUnreadable, $"工作簿「{name}」解压后超过 {limit / 1024 / 1024} MB，已拒绝（可能是压缩炸弹）");

    public static InputMessage WorkbookNoContentTypes(string name) => new(MessageId.FileUnreadable, $"「{name}」不是 Excel 工作簿：压缩包中没有 [Content_Types].xml");

    public static InputMessage WorkbookNotZip(string name) =>
        new(MessageId.FileUnreadable, $"「{name}」不是有效的 .xlsx 文件（不是 zip 格式；如为加密或 .xls 旧格式，请在 Excel 中另存为不加密的 .xlsx）");

    public static InputMessage CellTypeUnknown(string type) =>
        new(MessageId.FileUnreadable, $"单元格类型「{type}」不是 Excel 的类型（b、d、e、inlineStr、n、s、str），文件已损坏");

    public static InputMessage SheetNotWorksheet(string name, string sheetName) =>
        new(MessageId.FileUnreadable, $"工作簿「{name}」的工作表「{sheetName}」指向的不是工作表部件，文件已损坏");

    public static InputMessage SheetTooManyRows(int limit) => new(MessageId.FileUnreadable, $"超过 {Thousands(limit)} 行，已拒绝");

    public static InputMessage ZipTooManyEntries(string name, int count, int limit) =>
        new(MessageId.FileUnreadable, $"压缩包「{name}」有 {count} 个文件，超过 {limit} 个上限");

    public static InputMessage ZipNoManifest(string name, string manifest) =>
        new(MessageId.FileUnreadable, $"压缩包「{name}」中没有 {manifest}：应为数据包文件夹的压缩包，或上传 .xlsx 工作簿");

    public static InputMessage ZipManyManifests(string name, int count, string manifest) =>
        new(MessageId.FileUnreadable, $"压缩包「{name}」中有 {count} 个 {manifest}：一次只能上传一个数据包");

    public static InputMessage ZipTooLarge(string name, string entry) => new(MessageId.FileUnreadable, $"压缩包「{name}」解压后过大（{entry}），已拒绝（可能是压缩炸弹）");

    public static InputMessage ZipEntrySizeMismatch(string name, string entry) => new(MessageId.FileUnreadable, $"压缩包「{name}」中的 {entry} 与其声明的大小不符，已拒绝");

    public static InputMessage ZipInvalid(string name, string reason) => new(MessageId.FileUnreadable, $"「{name}」不是有效的 zip 压缩包（{reason}）");

    private static string Named(string? name) => name is null ? string.Empty : $"（{name}）";
}
