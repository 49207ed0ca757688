@testable import GLPKSolver
import XCTest

final class GLPKNameTests: XCTestCase {
    func testOrdinaryNamesStay() {
        XCTAssertEqual(GLPKName.sanitized("x3_语文@site"), "x3_语文@site")
    }

    func testControlCharactersAreReplaced() {
        XCTAssertEqual(GLPKName.sanitized("a\tb\nc"), "a_b_c")
    }

    func testLongNamesAreCutAtACharacterBoundary() {
        let cut = GLPKName.sanitized(String(repeating: "模", count: 100))  // 3 bytes each
        XCTAssertEqual(cut.utf8.count, 255)
        XCTAssertEqual(GLPKName.sanitized(String(repeating: "x", count: 300)).utf8.count, 255)
        XCTAssertEqual(GLPKName.sanitized("x" + String(repeating: "模", count: 100)).utf8.count, 253)
    }
}
