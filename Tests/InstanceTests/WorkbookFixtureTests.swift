import Foundation
import TrainPlanCore
import XCTest

/// Workbooks written by other programs (openpyxl, LibreOffice, and LibreOffice's .xls) load to exactly the
/// instance their folder loads to: same content, same input hash. Regenerate them with
/// Fixtures/workbooks/make_workbooks.py.
final class WorkbookFixtureTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private let folder = repository.appendingPathComponent("instances/demo-county").path

    private func fixture(_ name: String) -> String {
        ScratchInstance.fixtures.appendingPathComponent("workbooks/\(name)").path
    }

    private func assertLoadsLikeFolder(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try InstanceLoader.load(path: folder).instance
        let loaded = try InstanceLoader.load(path: fixture(name))
        XCTAssertEqual(loaded.instance.dumpIgnoringHash, expected.dumpIgnoringHash, file: file, line: line)
        XCTAssertEqual(loaded.instance.sourceHash, expected.sourceHash, "same content, same input hash",
                       file: file, line: line)
        XCTAssertEqual(loaded.instance.teachers.count, 314, file: file, line: line)
    }

    func testOpenpyxlWorkbookWithTypedCellsAnd1904DatesLoadsLikeItsFolder() throws {
        try assertLoadsLikeFolder("demo-county-openpyxl.xlsx")
        XCTAssertTrue(try InstanceLoader.load(path: fixture("demo-county-openpyxl.xlsx")).warnings.isEmpty,
                      "the hidden sheet and the 说明 sheet are no unknown sheets")
    }

    func testLibreOfficeWorkbookWithFormulasLoadsLikeItsFolder() throws {
        try assertLoadsLikeFolder("demo-county-libreoffice.xlsx")
    }

    func testXLSWorkbookLoadsLikeItsFolder() throws {
        try assertLoadsLikeFolder("demo-county.xls")
    }

    /// The reader follows the content, not the name: an .xlsx saved under .xls and an .xls under .xlsx load
    /// like the folder (the .xls one with its warning that formula cells are not read, the .xlsx one without).
    func testAWorkbookUnderTheOtherExtensionLoadsLikeItsFolder() throws {
        let expected = try InstanceLoader.load(path: folder).instance
        for (fixtureName, renamed, warned) in [("demo-county-openpyxl.xlsx", "示例县.xls", false), ("demo-county.xls", "示例县.xlsx", true)] {
            let path = MiniWorkbook.temporaryFile(named: renamed, try Data(contentsOf: URL(fileURLWithPath: fixture(fixtureName))))
            let loaded = try InstanceLoader.load(path: path)
            XCTAssertEqual(loaded.instance.dumpIgnoringHash, expected.dumpIgnoringHash, renamed)
            XCTAssertEqual(loaded.warnings.contains { $0.kind == .xlsCellsUnread }, warned, renamed)
        }
    }

    func testHashChangesWithTheContent() throws {
        var scratch = ScratchInstance()
        let original = try scratch.load().instance.sourceHash
        scratch.replace("T01,王芳,S01,小学,语文,骨干;班主任,16,", with: "T01,王芳,S01,小学,语文,骨干;班主任,15,",
                        in: "teachers.csv")
        XCTAssertNotEqual(try scratch.load().instance.sourceHash, original)
    }
}

@testable import TrainPlanCore

/// The input hash lists a teacher's fields by hand for speed; a new Teacher property must be added there.
final class ContentHashTests: XCTestCase {
    func testTheHashCoversEveryTeacherProperty() throws {
        let teacher = try XCTUnwrap(ScratchInstance().load().instance.teachers.first)
        XCTAssertEqual(Mirror(reflecting: teacher).children.compactMap(\.label), ContentHash.teacherFields)
    }

    func testEveryTeacherFieldChangesTheHash() throws {
        let base = try ScratchInstance().load().instance
        let changes: [(inout Teacher) -> Void] = [
            { $0.id = "X" }, { $0.name = "X" }, { $0.school = "S02" }, { $0.stage = .senior }, { $0.subject = "X" },
            { $0.tags.insert("X") }, { $0.weeklyPeriods = 3 }, { $0.cycleHours += 1 },
            { $0.unavailable.insert(base.calendar.start) },
        ]
        XCTAssertEqual(changes.count, ContentHash.teacherFields.count)
        for (index, change) in changes.enumerated() {
            var changed = base
            change(&changed.teachers[0])
            XCTAssertNotEqual(ContentHash.of(changed), ContentHash.of(base), ContentHash.teacherFields[index])
        }
    }
}
