/// One worksheet: its name and its non-empty rows, each cell at the column its reference gives.
public struct SheetGrid: Sendable {
    public struct Row: Sendable {
        /// 1-based row number as the spreadsheet shows it.
        public var number: Int
        /// Cells by 0-based column index (column A = 0); trailing empty cells are dropped.
        public var cells: [SheetCell]
        /// Hidden in the spreadsheet, by hand or by a filter (.xlsx only; libfreexl does not say for .xls).
        public var isHidden: Bool

        public init(number: Int, cells: [SheetCell], isHidden: Bool = false) {
            self.number = number
            self.cells = cells
            self.isHidden = isHidden
        }

        public func cell(_ column: Int) -> SheetCell { column < cells.count ? cells[column] : .empty }
    }

    public var name: String
    public var isHidden: Bool
    /// Rows with at least one non-empty cell, in ascending row number.
    public var rows: [Row]

    public init(name: String, isHidden: Bool = false, rows: [Row]) {
        self.name = name
        self.isHidden = isHidden
        self.rows = rows
    }
}
