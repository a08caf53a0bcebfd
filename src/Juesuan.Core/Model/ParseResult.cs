namespace Juesuan.Core.Model;

/// <summary>Identifies a kind of input problem; stable, used in tests and JSON output.</summary>
public enum MessageId
{
    AmountEmpty,
    AmountNotNumeric,
    AmountTooPrecise,
    CodeMalformed,
    CodeUnknown,
    CodeWrongLevel,
    ValueNotInList,
    YearMalformed,
    YearMismatch,
    UnitUnknown,
    DuplicateKey,
    MissingSheet,
    MissingColumn,
    MissingValue,
    CountMalformed,
    FileUnreadable,
    ManifestField,
    AmountTooLarge,
    AmountSumTooLarge,
    InvalidCharacter,
    TextTooLong,
    CellOutOfRange,
    EncodingUnrecognised,
    QuoteUnclosed,
    PackageEmpty,
}

/// <summary>The outcome of parsing user input: a value, or a message saying what is wrong. Never throws.</summary>
public readonly record struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, MessageId? error, string? message)
    {
        _value = value;
        Error = error;
        Message = message;
    }

    public bool Success => Error is null;

    public MessageId? Error { get; }

    public string? Message { get; }

    public T Value => Success ? _value! : throw new InvalidOperationException(Message);

    public static ParseResult<T> Ok(T value) => new(value, null, null);

    public static ParseResult<T> Fail(InputMessage message) => new(default, message.Id, message.Text);
}
