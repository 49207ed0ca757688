/// Bounds on what a workbook may make the reader do, so that a zip bomb or a runaway sheet ends in an error
/// instead of exhausting memory. A 45,000-teacher county's teachers sheet is about 20 MB of XML.
public struct SpreadsheetLimits: Sendable {
    /// Zip entries in one .xlsx (a real workbook has a few dozen).
    public var maxEntries = 10_000
    /// Uncompressed bytes of one part that is read: six times a city's teachers sheet. A part is held whole
    /// while it is parsed, so this bounds the reader's memory (a zip bomb of 250 MB sheets peaked at 544 MB
    /// with 256 MB here).
    public var maxPartBytes = 128 << 20
    /// Uncompressed bytes of all parts read together.
    public var maxTotalBytes = 384 << 20
    /// Non-empty rows in one sheet.
    public var maxRowsPerSheet = 500_000
    /// Cell slots kept for one sheet: a row holds every column up to its last non-empty cell, so a few
    /// thousand rows with a value in column XFD would otherwise take gigabytes.
    public var maxCellsPerSheet = 8_000_000

    public init() {}
}
