/// An instance CSV file with its headers matched to the SPEC's columns, and its well-formed rows.
struct Sheet {
    let rows: [SheetRow]

    /// Reads `text` as `file`'s table. Logs unknown (warning), duplicate and missing columns, rows with the
    /// wrong number of cells (which are dropped) and a required file without data rows. nil when a required
    /// column is missing or the text is not CSV, since no row can then be read.
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

        let specs = file.columns
        var headers: [String: String] = [:]
        var indices: [String: Int] = [:]
        for (index, header) in table.header.enumerated() where !header.isEmpty {
            guard let spec = specs.first(where: { $0.matches(header) }) else {
                log.add(.unknownColumn(known: specs.map(\.name)), file: file.name, row: 1, column: header)
                continue
            }
            if let firstHeader = headers[spec.name] {
                log.add(.duplicateColumn(firstHeader: firstHeader), file: file.name, row: 1, column: header)
                continue
            }
            headers[spec.name] = header
            indices[spec.name] = index
        }

        var usable = true
        for spec in specs where spec.isRequired && indices[spec.name] == nil && !table.header.isEmpty {
            log.add(.missingColumn(aliases: [spec.name] + spec.aliases), file: file.name, row: 1)
            usable = false
        }
        if table.rows.isEmpty && file.isRequired {
            log.add(.emptyFile, file: file.name)
        }
        guard usable else { return nil }

        let width = table.header.count
        var rows: [SheetRow] = []
        for row in table.rows {
            guard row.cells.count == width else {
                log.add(.wrongCellCount(found: row.cells.count, expected: width), file: file.name, row: row.line)
                continue
            }
            rows.append(SheetRow(file: file.name, line: row.line, headers: headers,
                                 cells: indices.mapValues { row.cells[$0] }))
        }
        self.rows = rows
    }
}

/// One data row, its cells keyed by the SPEC's English column names.
struct SheetRow {
    let file: String
    /// Spreadsheet line number, header = 1.
    let line: Int
    /// Header as written in the file, by English column name.
    let headers: [String: String]
    let cells: [String: String]

    /// The header as written, for messages; the English name when the column is absent.
    func header(_ column: String) -> String { headers[column] ?? column }

    /// The cell's text; nil when the cell is empty or the column absent (both mean "default").
    func text(_ column: String) -> String? {
        guard let text = cells[column], !text.isEmpty else { return nil }
        return text
    }
}
