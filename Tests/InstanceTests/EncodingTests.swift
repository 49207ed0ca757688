import TrainPlanCore
import XCTest

final class EncodingTests: XCTestCase {
    func testChineseHeadersAndValuesLoadLikeEnglishOnes() throws {
        let english = try ScratchInstance(fixture: "valid").load()
        let chinese = try ScratchInstance(fixture: "valid-zh").load()
        XCTAssertTrue(chinese.warnings.isEmpty, "\(chinese.warnings)")
        XCTAssertEqual(chinese.instance.dumpIgnoringHash, english.instance.dumpIgnoringHash)
    }

    func testGB18030LoadsLikeItsUTF8Twin() throws {
        let gb18030 = ScratchInstance(fixture: "valid-zh-gb18030")
        XCTAssertNil(String(validating: gb18030.files["teachers.csv"]!, as: UTF8.self),
                     "the fixture must really be GB18030")
        let utf8 = try ScratchInstance(fixture: "valid-zh").load().instance
        let decoded = try gb18030.load().instance
        XCTAssertEqual(decoded.dumpIgnoringHash, utf8.dumpIgnoringHash)
        XCTAssertEqual(decoded.teachers.first?.name, "王芳")
        XCTAssertEqual(decoded.sourceHash, utf8.sourceHash, "the hash covers the loaded content, not the bytes")
    }

    func testUTF8ByteOrderMarkIsIgnored() throws {
        var scratch = ScratchInstance()
        for file in ["instance.toml", "schools.csv", "teachers.csv", "programs.csv"] {
            scratch.files[file] = [0xEF, 0xBB, 0xBF] + scratch.files[file]!
        }
        let withBOM = try scratch.load()
        XCTAssertTrue(withBOM.warnings.isEmpty, "a BOM must not turn the first header into an unknown column")
        XCTAssertEqual(withBOM.instance.dumpIgnoringHash, try ScratchInstance().load().instance.dumpIgnoringHash)
    }

    func testCRLFLineEndsAndPaddedQuotedCells() throws {
        var scratch = ScratchInstance()
        scratch.setText("teachers.csv", scratch.text("teachers.csv").replacingOccurrences(of: "\n", with: "\r\n"))
        scratch.replace("T01,王芳,", with: "T01, \"王芳\" ,", in: "teachers.csv")
        let teachers = try scratch.load().instance.teachers
        XCTAssertEqual(teachers.first?.name, "王芳")
        XCTAssertEqual(teachers.count, 6)
    }
}
