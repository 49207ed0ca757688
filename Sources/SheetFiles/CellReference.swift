/// A1-style cell references: column letters ↔ 0-based column index.
public enum CellReference {
    /// Excel's last column, XFD.
    public static let maxColumns = 16_384
    /// Excel's last row.
    public static let maxRows = 1_048_576

    /// `A` for 0, `Z` for 25, `AA` for 26.
    public static func columnLetters(_ index: Int) -> String {
        var letters: [Character] = []
        var remaining = index + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `D17` for column 3, row 17.
    public static func name(column: Int, row: Int) -> String { columnLetters(column) + String(row) }

    /// The column and row of `B12` (row nil for a bare `B`); nil when `reference` is not one.
    static func parse(_ reference: String) -> (column: Int, row: Int?)? {
        var column = 0
        var digits = 0
        var row = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where digits == 0, 97...122 where digits == 0:
                sawLetter = true
                column = column * 26 + Int((scalar.value & ~0x20) - 64)
                guard column <= maxColumns else { return nil }
            case 48...57 where sawLetter:
                digits += 1
                row = row * 10 + Int(scalar.value - 48)
                guard row <= maxRows else { return nil }
            case 36: // `$` of an absolute reference
                continue
            default:
                return nil
            }
        }
        guard sawLetter else { return nil }
        return (column - 1, digits > 0 ? row : nil)
    }
}
