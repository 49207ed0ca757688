import Foundation
import TrainPlanCore
import XCTest

/// Values `validate` used to accept and the planner then crashed on or misread (issue 12): each is now an
/// error naming the file, row and column (or key).
final class ValueLimitTests: XCTestCase {
    private func errors(_ change: (inout ScratchInstance) -> Void) -> [InstanceIssue] {
        var scratch = ScratchInstance()
        change(&scratch)
        return scratch.issues().filter { $0.severity == .error }
    }

    func testGapDaysAtInt64MaxIsTooLarge() {
        let max = String(Int64.max)
        XCTAssertEqual(errors { $0.replace("songjiao,4,1,7,", with: "songjiao,4,1,\(max),", in: "programs.csv") },
                       [InstanceIssue(file: "programs.csv", row: 3, column: "gap_days",
                                      kind: .aboveMaximum(max, maximum: Double(ValueLimits.largestCount)))])
    }

    func testQuotaAboveTheCountLimitIsTooLarge() {
        XCTAssertEqual(errors { $0.replace("P2,district,东区,1,3", with: "P2,district,东区,1,10000001", in: "quotas.csv") },
                       [InstanceIssue(file: "quotas.csv", row: 2, column: "max",
                                      kind: .aboveMaximum("10000001", maximum: Double(ValueLimits.largestCount)))])
    }

    func testHugeWeightIsRejectedNamingTheKey() {
        let issues = errors { $0.replace("km = 2", with: "km = 1e308", in: "instance.toml") }
        XCTAssertEqual(issues.map(\.column), ["weights.km"])
        XCTAssertEqual(issues.first?.message(.en), "instance.toml, key \"weights.km\": \"1e+308\" is too large (expected at most 1000000000)")
    }

    func testHugeKmAndWeeklyPeriodsAreRejected() {
        XCTAssertEqual(errors { $0.replace("S01,C1,5.5", with: "S01,C1,1e308", in: "distances.csv") }.map(\.kind),
                       [.aboveMaximum("1e308", maximum: ValueLimits.largestNumber)])
        XCTAssertEqual(errors { $0.replace("骨干;班主任,16,", with: "骨干;班主任,1e308,", in: "teachers.csv") }.map(\.column),
                       ["weekly_periods"])
    }

    func testHorizonOfCenturiesIsTooLong() {
        XCTAssertEqual(errors { $0.replace("end = \"2026-10-31\"", with: "end = \"9999-12-31\"", in: "instance.toml") }.first?.column,
                       "calendar.end")
    }

    func testHexadecimalIsNotANumber() {
        XCTAssertEqual(errors { $0.replace("骨干;班主任,16,", with: "骨干;班主任,0x10,", in: "teachers.csv") },
                       [InstanceIssue(file: "teachers.csv", row: 2, column: "weekly_periods", kind: .badValue("0x10", expected: .number))])
    }

    func testControlCharacterInAnIdIsAnError() {
        XCTAssertEqual(errors { $0.replace("T06,杨光", with: "T06\u{1B}]0;x\u{07},杨光", in: "teachers.csv") },
                       [InstanceIssue(file: "teachers.csv", row: 7, column: "id", kind: .controlCharacter("T06\u{1B}]0;x\u{07}"))])
        let message = InstanceIssue(file: "teachers.csv", row: 7, column: "id", kind: .controlCharacter("T\u{1B}]0;x")).message(.en)
        XCTAssertFalse(message.unicodeScalars.contains { $0.value == 0x1B }, message)
        XCTAssertTrue(message.contains("T\\u{1B}]0;x"), message)
    }

    func testControlCharactersInNamesAreNotKept() throws {
        var scratch = ScratchInstance()
        scratch.replace("T06,杨光", with: "T06,杨\u{1B}]0;光\u{0}", in: "teachers.csv")
        let teacher = try XCTUnwrap(try scratch.load().instance.teachers.first { $0.id == "T06" })
        XCTAssertEqual(teacher.name, "杨 ]0;光 ")
    }

    func testOverlongIdIsAnError() {
        let id = String(repeating: "S", count: 300)
        XCTAssertEqual(errors { $0.replace("S03,北坡小学", with: "\(id),北坡小学", in: "schools.csv") }.first?.kind,
                       .idTooLong(id, limit: ValueLimits.longestID))
    }

    func testLongHeaderIsEchoedShort() throws {
        var scratch = ScratchInstance()
        let header = String(repeating: "x", count: 100_000)
        scratch.replace("school,site,km", with: "school,site,km,\(header)", in: "distances.csv")
        scratch.setText("distances.csv", scratch.text("distances.csv").replacingOccurrences(of: "5.5\n", with: "5.5,\n")
            .replacingOccurrences(of: "14\n", with: "14,\n"))
        let warning = try XCTUnwrap(try scratch.load().warnings.first { $0.kind != .missingCoordinates })
        XCTAssertLessThan(warning.message(.en).count, 400, warning.message(.en))
        XCTAssertTrue(warning.message(.en).contains(String(repeating: "x", count: Echo.limit) + "…"))
    }

    // MARK: What is wrong with a file, said as it is

    func testFolderInPlaceOfAFileIsNotCalledMissing() {
        XCTAssertEqual(folderIssues { try FileManager.default.createDirectory(atPath: $0 + "/teachers.csv", withIntermediateDirectories: false) },
                       [InstanceIssue(file: "teachers.csv", kind: .notAFile)])
    }

    func testSymlinkLoopIsNotCalledMissing() {
        XCTAssertEqual(folderIssues {
            try FileManager.default.createSymbolicLink(atPath: $0 + "/teachers.csv", withDestinationPath: $0 + "/loop.csv")
            try FileManager.default.createSymbolicLink(atPath: $0 + "/loop.csv", withDestinationPath: $0 + "/teachers.csv")
        }, [InstanceIssue(file: "teachers.csv", kind: .brokenLink)])
    }

    func testUnreadableFileIsNotCalledMissing() throws {
        if getuid() == 0 { throw XCTSkip("root reads every file") }
        XCTAssertEqual(folderIssues {
            FileManager.default.createFile(atPath: $0 + "/teachers.csv", contents: Data(ScratchInstance().files["teachers.csv"]!),
                                           attributes: [.posixPermissions: 0])
        }, [InstanceIssue(file: "teachers.csv", kind: .unreadableFile)])
    }

    func testInstancePathThatIsAFileIsSaidSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-file-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try InstanceLoader.load(directory: path)) {
            XCTAssertEqual(($0 as? InstanceLoadError)?.issues.map(\.kind), [.notAFolder])
        }
    }

    /// The valid fixture without teachers.csv, with `make` putting something else in its place.
    private func folderIssues(_ make: (String) throws -> Void) -> [InstanceIssue] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-instance-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, bytes) in ScratchInstance().files where name != "teachers.csv" {
                FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
            }
            try make(folder)
            _ = try InstanceLoader.load(directory: folder)
            XCTFail("loaded")
            return []
        } catch let error as InstanceLoadError {
            return error.issues.filter { $0.severity == .error }
        } catch {
            XCTFail("\(error)")
            return []
        }
    }
}
