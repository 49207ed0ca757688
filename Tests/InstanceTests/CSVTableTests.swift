@testable import TrainPlanCore
import XCTest

final class CSVTableTests: XCTestCase {
    func testQuotedCellsKeepCommasQuotesAndLineBreaks() throws {
        let table = try CSVTable(parsing: "id,note\nA,\"x, \"\"y\"\"\nz\"\nB,plain\n")
        XCTAssertEqual(table.rows.map(\.cells), [["A", "x, \"y\"\nz"], ["B", "plain"]])
        XCTAssertEqual(table.rows.map(\.line), [2, 4], "rows keep their spreadsheet line numbers")
    }

    func testRowsOfEmptyCellsAreBlankLines() throws {
        let table = try CSVTable(parsing: "id,name\n,\nA,a\n  ,  \n\nB,b")
        XCTAssertEqual(table.rows.map(\.cells), [["A", "a"], ["B", "b"]])
        XCTAssertEqual(table.rows.map(\.line), [3, 6])
    }

    func testSpacesAroundAQuotedCellAreDropped() throws {
        let table = try CSVTable(parsing: "a,b\n \" x \" ,y\n")
        XCTAssertEqual(table.rows.first?.cells, [" x ", "y"])
    }

    func testUnterminatedQuoteNamesItsRow() {
        XCTAssertThrowsError(try CSVTable(parsing: "a,b\n1,2\n3,\"4\n")) { error in
            XCTAssertEqual(error as? CSVTable.ParseError, .unterminatedQuote(line: 3))
        }
    }
}
