import SheetFiles

/// One problem found in an instance folder, located as precisely as the file allows.
public struct InstanceIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        /// The instance cannot be planned.
        case error
        /// Loaded anyway; worth a look.
        case warning
    }

    /// What is wrong: the bad value and what was expected (texts in `InstanceIssue+Messages.swift`).
    public enum Kind: Sendable, Equatable {
        // Files
        case missingFile
        /// A file the user named on the command line (a scenario) is not there.
        case noSuchFile
        /// The name is taken by a folder.
        case notAFile
        /// The file exists but cannot be read (permissions).
        case unreadableFile
        /// A symbolic link to nothing, or a loop of links.
        case brokenLink
        /// The instance folder itself (`file` is then its path).
        case missingFolder
        case notAFolder
        case emptyFile
        case undecodableText
        case unterminatedQuote
        case malformedTOML(reason: String)

        // Table shape
        case missingColumn(aliases: [String])
        case unknownColumn(known: [String])
        case duplicateColumn(firstHeader: String, column: String)
        /// An annotated header ("id*", "姓名(拼音)") of a column another header names exactly: ignored.
        case annotatedDuplicate(of: String)
        case wrongCellCount(found: Int, expected: Int)

        // TOML shape
        case missingKey(expected: ValueType)
        case unknownKey(known: [String])
        case wrongType(found: String, expected: ValueType)

        // Single values
        case missingValue(expected: ValueType)
        case badValue(String, expected: ValueType)
        case unknownChoice(String, choices: [String])
        case badDateRange(String)
        /// A date written right that names no day (`2026-09-31`).
        case noSuchDay(String)
        case belowMinimum(String, minimum: Double)
        /// Above the largest value the planner takes (`ValueLimits`).
        case aboveMaximum(String, maximum: Double)
        case controlCharacter(String)
        /// A tag holding a comma, slash or space: most likely several tags written with the wrong separator.
        case tagWithSeparator(String)
        case idTooLong(String, limit: Int)
        case outOfRange(String, lower: Double, upper: Double)

        // Identity and references
        case duplicate(String, firstRow: Int)
        /// An id that differs from an earlier row's only in case, spaces or character width ("l001", "Ｌ001" after
        /// "L001"): read as another id, which a planner who typed it twice does not expect.
        case lookAlikeID(String, earlier: String, firstRow: Int)
        /// `similar`: a known id equal to the value but for case or character width ("t01", "Ｔ01" for "T01").
        case unknownReference(String, target: Reference, similar: String? = nil)

        // Rules between values
        case endBeforeStart(start: PlanDate, end: PlanDate)
        case horizonTooLong(days: Int, limit: Int)
        case outsideHorizon(String, horizon: DateRange)
        case minAboveMax(min: Int, max: Int, maxColumn: String)
        case daysForMode(days: Int, mode: ProgrammeMode)
        case noSiteForMode(mode: ProgrammeMode)
        case noDistrictForHomeDistrict
        case missingCoordinates
        case coordinatesOnOnlineSite

        // Workbooks
        case unreadableWorkbook(WorkbookFault)
        case missingSheet(names: [String])
        case unknownSheet(known: [String])
        case duplicateSheet(firstName: String)
        case formulaWithoutValue(String)
        case errorValue(String)
        case missingSharedString
        /// A whole number of 16 or more digits: Excel stored only 15 of them (an id card number typed as a number).
        case digitsLost(String)
        /// libfreexl 1.0.6 reads the formula and logical cells of an .xls as empty; the planner is told so.
        case xlsCellsUnread
        /// Data rows hidden in Excel (by hand or by a filter), by row number: read like the others.
        case hiddenRows([Int])

        /// Unknown columns and keys, coordinates on online sites, a home-district programme without usable
        /// sites and a tag that looks like several do not stop planning.
        var defaultSeverity: Severity {
            switch self {
            case .unknownColumn, .unknownKey, .noDistrictForHomeDistrict, .coordinatesOnOnlineSite, .unknownSheet,
                 .xlsCellsUnread, .tagWithSeparator, .hiddenRows, .lookAlikeID, .annotatedDuplicate:
                .warning
            default: .error
            }
        }
    }

    /// What a cell or key should have held.
    public enum ValueType: String, Sendable, Equatable {
        case integer, number, boolean, date, dateList, text, textList, table, quotaMinimum
    }

    /// What an id should have named.
    public enum Reference: String, Sendable, Equatable {
        case school, site, programme, team, district
    }

    /// Why a workbook file could not be read at all.
    public enum WorkbookFault: Sendable, Equatable {
        case cannotOpen
        /// Not a zip archive (a corrupt file) or not an .xls.
        case notAWorkbook
        /// A file of no bytes.
        case emptyFile
        /// An .xlsx with a password to open.
        case passwordProtected
        /// A web page, an XML spreadsheet or a text file read as a workbook.
        case disguised(FileContent.DisguisedFormat)
        case missingPart(String)
        case malformedPart(String)
        /// Beyond the reader's limits on entries, uncompressed bytes or a sheet's cells (e.g. a zip bomb).
        case tooLarge(SpreadsheetError.SizeLimit)
        case tooManyRows(limit: Int)
        case xlsFailure(code: Int)
    }

    /// File name inside the instance folder, e.g. `teachers.csv`; in a workbook, the sheet's name as written
    /// (or the workbook's file name for problems of the whole file).
    public var file: String
    /// Line number: the spreadsheet row in a CSV file (header = 1), the line of a TOML syntax error; nil for
    /// whole-file problems and instance.toml keys.
    public var row: Int?
    /// Header as written in the file, or the dotted key in instance.toml; nil when the issue spans a row or file.
    public var column: String?
    public var severity: Severity
    public var kind: Kind
    /// The issue is in a workbook: `file` is a sheet and `column`, without a row, a settings key.
    public var inWorkbook = false
    /// The workbook cell, e.g. `D17`, when the issue has one.
    public var cell: String?

    public init(file: String, row: Int? = nil, column: String? = nil, kind: Kind, severity: Severity? = nil) {
        self.file = file
        self.row = row
        self.column = column
        self.kind = kind
        self.severity = severity ?? kind.defaultSeverity
    }

    public var description: String { message(.en) }
}
