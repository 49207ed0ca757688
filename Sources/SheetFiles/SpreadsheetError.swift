/// Why a spreadsheet file could not be read at all. The instance loader words these for planners.
public enum SpreadsheetError: Error, Sendable, Equatable {
    case cannotOpen(path: String)
    /// Not a zip archive, or one with a damaged directory, or a compound file libfreexl cannot open: a corrupt,
    /// truncated or unknown file.
    case notAWorkbook(detail: String)
    /// A file of no bytes (a download or copy that failed).
    case emptyFile
    /// An .xlsx with a password to open (an encrypted package).
    case passwordProtected
    /// A web page, an XML spreadsheet or a text file read as a workbook.
    case disguised(FileContent.DisguisedFormat)
    /// A zip archive without the parts every .xlsx holds (it may be a .docx or an .ods).
    case missingPart(String)
    /// A part that is not well-formed XML.
    case malformedPart(String, detail: String)
    /// More entries, uncompressed bytes or cells than `SpreadsheetLimits` allow (a zip bomb, or a file far
    /// beyond any county's data).
    case tooLarge(SizeLimit)
    /// A sheet with more non-empty rows than `SpreadsheetLimits.maxRowsPerSheet`.
    case tooManyRows(sheet: String, limit: Int)
    /// The .xls reader's own failure code.
    case xlsFailure(code: Int32)

    /// Which of `SpreadsheetLimits` a workbook went beyond, for the loader to word.
    public enum SizeLimit: Sendable, Equatable {
        case entries(limit: Int)
        /// A part (`xl/worksheets/sheet1.xml`) inflating beyond this many megabytes.
        case inflatedPart(path: String, megabytes: Int)
        /// The parts read so far inflating beyond this many megabytes together.
        case inflatedTotal(megabytes: Int)
        case cells(sheet: String, limit: Int)
    }
}
