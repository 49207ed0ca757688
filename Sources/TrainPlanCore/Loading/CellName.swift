import SheetFiles

/// A workbook cell's A1 name, as issues show it (`教师!D17`).
enum CellName {
    static func of(column: Int, row: Int) -> String { CellReference.name(column: column, row: row) }
}
