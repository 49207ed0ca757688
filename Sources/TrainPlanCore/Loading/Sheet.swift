/// An instance table (a CSV file or a workbook sheet) with its headers matched to the SPEC's columns, and its
/// well-formed rows.
struct Sheet {
    let rows: [SheetRow]

    /// Reads `text` as `file`'s CSV table. nil when the text is not CSV or a required column is missing.
    init?(file: InstanceFile, text: String, log: inout IssueLog) {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            if case .unterminatedQuote(let line) = error as? CSVTable.ParseError {
                log.add(.unterminatedQuote, file: file.name, row: line)
            }
            return nil
        }
        let source = TableSource(name: file.name, columns: file.columns, isRequired: file.isRequired,
                                 inWorkbook: false, headerLine: 1)
        self.init(source, header: table.header, rows: table.rows.map { ($0.line, $0.cells) }, log: &log)
    }

    /// Matches `header` to `source.columns`. Logs unknown (warning), duplicate and missing columns, rows with
    /// the wrong number of cells (which are dropped) and a required table without data rows; rows empty in
    /// every matched column are skipped. nil when a
    /// required column is missing, since no row can then be read.
    init?(_ source: TableSource, header: [String], rows tableRows: [(line: Int, cells: [String])],
          log: inout IssueLog) {
        let specs = source.columns
        var headers: [String: String] = [:]
        var indices: [String: Int] = [:]
        // A header that names a column exactly wins over an annotated one ("姓名" beside "姓名(拼音)", "ID" beside
        // "id*"): the annotated one is ignored with a warning that names the column it would have been.
        let exactlyNamed = Dictionary(header.compactMap { header in specs.first { $0.matchesExactly(header) }.map { ($0.name, header) } },
                                      uniquingKeysWith: { first, _ in first })
        for (index, header) in header.enumerated() where !header.isEmpty {
            let exact = specs.first { $0.matchesExactly(header) }
            if exact == nil, let shadowed = specs.first(where: { $0.matches(header) }), let exactHeader = exactlyNamed[shadowed.name] {
                log.add(source.issue(.annotatedDuplicate(of: exactHeader), row: source.headerLine, column: header, index: index))
                continue
            }
            guard let spec = exact ?? specs.first(where: { $0.matches(header) }) else {
                if !source.ignoresUnknownColumns {
                    log.add(source.issue(.unknownColumn(known: specs.map(\.namesForMessage)), row: source.headerLine,
                                         column: header, index: index))
                }
                continue
            }
            if let firstHeader = headers[spec.name] {
                log.add(source.issue(.duplicateColumn(firstHeader: firstHeader, column: spec.namesForMessage), row: source.headerLine,
                                     column: header, index: index))
                continue
            }
            headers[spec.name] = header
            indices[spec.name] = index
        }

        var usable = true
        for spec in specs where spec.isRequired && indices[spec.name] == nil && !header.isEmpty {
            log.add(source.issue(.missingColumn(aliases: [spec.name] + spec.aliases), row: source.headerLine))
            usable = false
        }
        if tableRows.isEmpty && source.isRequired {
            log.add(source.issue(.emptyFile))
        }
        guard usable else { return nil }

        let width = header.count
        var rows: [SheetRow] = []
        var blankRows = 0
        rows.reserveCapacity(tableRows.count)
        for row in tableRows {
            guard row.cells.count == width else {
                log.add(source.issue(.wrongCellCount(found: row.cells.count, expected: width), row: row.line))
                continue
            }
            let cells = indices.mapValues { InvisibleCharacters.cleanedCell(row.cells[$0]) }
            // A row with nothing in the SPEC's columns is no record: a helper column filled down a sheet
            // (its header already warned about as unknown) made every such row a record missing its id.
            guard cells.values.contains(where: { !$0.isEmpty }) else {
                blankRows += 1
                continue
            }
            rows.append(SheetRow(file: source.name, line: row.line, headers: headers, indices: indices,
                                 inWorkbook: source.inWorkbook, cells: cells))
        }
        // A planner who hides the teachers on leave, or filters a sheet to one 学区, may expect those rows to
        // be left out: they are planned, and the planner is told (rows skipped as blank are not named).
        let hiddenRecords = rows.map(\.line).filter(source.hiddenLines.contains)
        if !hiddenRecords.isEmpty { log.add(source.issue(.hiddenRows(hiddenRecords))) }
        if rows.isEmpty, blankRows > 0, source.isRequired {
            log.add(source.issue(.emptyFile))
        }
        self.rows = rows
    }
}

/// Where a table comes from and what it should hold, for matching its header and locating its issues.
struct TableSource {
    /// The CSV file's name, or the sheet's name as written in the workbook.
    let name: String
    let columns: [ColumnSpec]
    let isRequired: Bool
    /// Issues then name cells (`教师!D17`).
    let inWorkbook: Bool
    /// Row number of the header: 1 in a CSV file, the first non-empty row of a sheet.
    let headerLine: Int
    /// The settings sheet may carry notes (说明) beside key and value.
    var ignoresUnknownColumns = false
    /// Rows hidden in the workbook (by hand or by a filter): those read as records are named in a warning.
    var hiddenLines: Set<Int> = []

    func issue(_ kind: InstanceIssue.Kind, row: Int? = nil, column: String? = nil, index: Int? = nil)
        -> InstanceIssue {
        var issue = InstanceIssue(file: name, row: row, column: column, kind: kind)
        if inWorkbook {
            issue.inWorkbook = true
            if let row, let index { issue.cell = CellName.of(column: index, row: row) }
        }
        return issue
    }
}

/// One data row, its cells keyed by the SPEC's English column names.
struct SheetRow {
    let file: String
    /// Spreadsheet line number, header = 1.
    let line: Int
    /// Header as written in the file, by English column name.
    let headers: [String: String]
    /// 0-based position of each column, for naming a workbook cell.
    let indices: [String: Int]
    let inWorkbook: Bool
    let cells: [String: String]

    /// The header as written, for messages; the English name when the column is absent.
    func header(_ column: String) -> String { headers[column] ?? column }

    /// The cell's text; nil when the cell is empty or the column absent (both mean "default").
    func text(_ column: String) -> String? {
        guard let text = cells[column], !text.isEmpty else { return nil }
        return text
    }
}
