import Foundation
import SheetFiles

/// Loads an instance workbook (SPEC "Instance: a workbook") to exactly the instance its folder loads to: the
/// sheets become the tables the CSV readers read, and every issue names its sheet and cell.
enum WorkbookLoader {
    static func load(path: String) throws(InstanceLoadError) -> LoadedInstance {
        var log = IssueLog()
        let tables = try tables(path: path, &log)
        let settings = WorkbookSettings.read(settings: tables[.settings], calendar: tables[.calendar],
                                             teams: tables[.teams], &log)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try InstanceAssembly.assemble(settings: settings, defaultName: name, log: &log) { file, _ in
            WorkbookSheet.allCases.first { $0.file == file }.flatMap { tables[$0] }
        }
    }

    /// The workbook's instance sheets as tables. Logs unknown, duplicate and missing sheets and each table's
    /// shape problems; throws when the file cannot be read as a workbook at all.
    static func tables(path: String, _ log: inout IssueLog) throws(InstanceLoadError) -> [WorkbookSheet: Sheet] {
        let url = URL(fileURLWithPath: path)
        let grids: [SheetGrid]
        let format: SpreadsheetFile.Format
        do {
            // Sheets that are no instance sheet are only reported, never read: their first row is enough.
            (format, grids) = try SpreadsheetFile.readWorkbook(path: path) { WorkbookSheet(sheetName: $0) != nil }
        } catch {
            var issue = workbookIssue(.unreadableWorkbook(Self.fault(error)), file: url.lastPathComponent)
            switch error {
            case .tooManyRows(let sheet, _): issue.file = sheet
            default: break
            }
            throw InstanceLoadError(issues: log.issues + [issue])
        }

        if format == .xls {
            log.add(workbookIssue(.xlsCellsUnread, file: url.lastPathComponent))
        }
        var found: [WorkbookSheet: SheetGrid] = [:]
        for grid in grids {
            if let kind = WorkbookSheet(sheetName: grid.name) {
                if let first = found[kind] {
                    log.add(workbookIssue(.duplicateSheet(firstName: first.name), file: grid.name))
                } else {
                    found[kind] = grid
                }
            } else if !grid.isHidden && !grid.rows.isEmpty && !WorkbookSheet.isNoteSheet(grid.name) {
                let known = WorkbookSheet.allCases.map(\.chineseName) + WorkbookSheet.allCases.map(\.englishName)
                log.add(workbookIssue(.unknownSheet(known: known), file: grid.name))
            }
        }
        for kind in WorkbookSheet.allCases where kind.isRequired && found[kind] == nil {
            log.add(workbookIssue(.missingSheet(names: [kind.chineseName, kind.englishName]),
                                  file: url.lastPathComponent))
        }
        var tables: [WorkbookSheet: Sheet] = [:]
        for kind in WorkbookSheet.allCases {
            tables[kind] = found[kind].flatMap { table(kind, $0, &log) }
        }
        return tables
    }

    private static func workbookIssue(_ kind: InstanceIssue.Kind, file: String) -> InstanceIssue {
        var issue = InstanceIssue(file: file, kind: kind)
        issue.inWorkbook = true
        return issue
    }

    /// The grid as a table: its first non-empty row is the header, cells beyond the header's last column are
    /// not read, and a cell that holds no value (an error, a formula never calculated) is logged and read as
    /// empty.
    private static func table(_ kind: WorkbookSheet, _ grid: SheetGrid, _ log: inout IssueLog) -> Sheet? {
        let headerRow = grid.rows.first
        var source = TableSource(name: grid.name, columns: kind.columns, isRequired: kind.isRequired,
                                 inWorkbook: true, headerLine: headerRow?.number ?? 1)
        source.ignoresUnknownColumns = kind == .settings
        guard let headerRow else {
            if kind.isRequired { log.add(source.issue(.emptyFile)) }
            return nil
        }
        let header = headerRow.cells.indices.map { index in
            text(headerRow.cell(index), source: source, row: headerRow.number, column: index, header: nil, &log)
        }
        var rows: [(line: Int, cells: [String])] = []
        rows.reserveCapacity(grid.rows.count - 1)
        for row in grid.rows.dropFirst() {
            let cells = header.indices.map { index in
                text(row.cell(index), source: source, row: row.number, column: index, header: header[index], &log)
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            rows.append((row.number, cells))
            if row.isHidden { source.hiddenLines.insert(row.number) }
        }
        return Sheet(source, header: header, rows: rows, log: &log)
    }

    private static func text(_ cell: SheetCell, source: TableSource, row: Int, column: Int, header: String?,
                             _ log: inout IssueLog) -> String {
        switch WorkbookCellText.read(cell) {
        case .text(let text):
            return text
        case .problem(let kind):
            log.add(source.issue(kind, row: row, column: header ?? CellReference.columnLetters(column), index: column))
            return ""
        case .damaged(let text, let kind):
            log.add(source.issue(kind, row: row, column: header ?? CellReference.columnLetters(column), index: column))
            return text
        }
    }

    private static func fault(_ error: SpreadsheetError) -> InstanceIssue.WorkbookFault {
        switch error {
        case .cannotOpen: .cannotOpen
        case .notAWorkbook: .notAWorkbook
        case .emptyFile: .emptyFile
        case .passwordProtected: .passwordProtected
        case .disguised(let content): .disguised(content)
        case .missingPart(let part): .missingPart(part)
        case .malformedPart(let part, _): .malformedPart(part)
        case .tooLarge(let limit): .tooLarge(limit)
        case .tooManyRows(_, let limit): .tooManyRows(limit: limit)
        case .xlsFailure(let code): .xlsFailure(code: Int(code))
        }
    }
}
