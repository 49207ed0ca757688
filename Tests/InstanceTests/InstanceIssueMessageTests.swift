import TrainPlanCore
import XCTest

final class InstanceIssueMessageTests: XCTestCase {
    private let unknownSchool = InstanceIssue(file: "teachers.csv", row: 14, column: "school",
                                              kind: .unknownReference("S099", target: .school))

    func testEnglishMessageNamesFileRowColumnValueAndExpectation() {
        XCTAssertEqual(unknownSchool.message(.en),
                       "teachers.csv row 14, column \"school\": unknown school \"S099\" (expected an id from schools.csv)")
    }

    func testChineseMessage() {
        XCTAssertEqual(unknownSchool.message(.zh), "teachers.csv 第 14 行 \"school\" 列：未知学校 \"S099\"（应为 schools.csv 中的编号）")
    }

    func testLocationsWithoutRowOrColumn() {
        XCTAssertEqual(InstanceIssue(file: "sites.csv", kind: .missingFile).message(.en),
                       "sites.csv: required file is missing (expected it in the instance folder)")
        XCTAssertEqual(InstanceIssue(file: "sites.csv", row: 3, kind: .wrongCellCount(found: 4, expected: 5)).message(.en),
                       "sites.csv row 3: row has 4 cells (expected 5, one per header)")
        XCTAssertEqual(
            InstanceIssue(file: "instance.toml", column: "teams.alpha", kind: .belowMinimum("-1", minimum: 0))
                .message(.en),
            "instance.toml, key \"teams.alpha\": \"-1\" is too small (expected at least 0)")
    }

    func testEveryKindHasBothTextsWithItsBadValueQuoted() {
        let horizon = DateRange(first: PlanDate("2026-09-01")!, last: PlanDate("2026-10-31")!)
        let kinds: [(InstanceIssue.Kind, quoted: String?)] = [
            (.missingFile, nil), (.emptyFile, nil), (.undecodableText, nil), (.unterminatedQuote, nil),
            (.malformedTOML(reason: "expected ']'"), nil), (.missingColumn(aliases: ["id", "工号"]), "\"工号\""),
            (.unknownColumn(known: ["id"]), nil), (.duplicateColumn(firstHeader: "min", column: "min/最少"), "\"min\""),
            (.wrongCellCount(found: 1, expected: 2), nil), (.missingKey(expected: .date), nil),
            (.unknownKey(known: ["km"]), nil), (.wrongType(found: "string", expected: .number), nil),
            (.missingValue(expected: .text), nil), (.badValue("x", expected: .integer), "\"x\""),
            (.unknownChoice("x", choices: ["a"]), "\"x\""), (.badDateRange("x"), "\"x\""),
            (.belowMinimum("x", minimum: 1), "\"x\""), (.outOfRange("x", lower: 0, upper: 1), "\"x\""),
            (.duplicate("x", firstRow: 2), "\"x\""), (.unknownReference("x", target: .team), "\"x\""),
            (.endBeforeStart(start: horizon.last, end: horizon.first), nil),
            (.outsideHorizon("x", horizon: horizon), "\"x\""),
            (.minAboveMax(min: 2, max: 1, maxColumn: "max"), "\"max\""),
            (.daysForMode(days: 0, mode: .songjiao), nil), (.noSiteForMode(mode: .offjob), nil),
            (.noDistrictForHomeDistrict, nil), (.missingCoordinates, nil), (.coordinatesOnOnlineSite, nil),
            (.notAFile, nil), (.unreadableFile, nil), (.brokenLink, nil), (.missingFolder, nil), (.notAFolder, nil),
            (.aboveMaximum("x", maximum: 10), "\"x\""), (.controlCharacter("x"), "\"x\""),
            (.idTooLong("x", limit: 64), "\"x\""), (.horizonTooLong(days: 4000, limit: 3660), nil),
            (.lookAlikeID("x", earlier: "X", firstRow: 2), "\"x\""), (.annotatedDuplicate(of: "ID"), "\"ID\""), (.hiddenRows([3, 4, 5, 6, 7, 8]), nil),
            (.unknownReference("s1", target: .school, similar: "S1"), "\"S1\""),
        ]
        for (kind, quoted) in kinds {
            let issue = InstanceIssue(file: "f.csv", row: 2, column: "c", kind: kind)
            for language in Language.allCases {
                let message = issue.message(language)
                XCTAssertTrue(message.hasPrefix(language == .en ? "f.csv row 2, column \"c\": " : "f.csv 第 2 行 \"c\" 列："),
                              message)
                XCTAssertTrue(message.hasSuffix(language == .en ? ")" : "）"), "says what was expected: \(message)")
                if let quoted { XCTAssertTrue(message.contains(quoted), message) }
            }
            let english = issue.message(.en).split(separator: ": ", maxSplits: 1)[1]
            XCTAssertEqual(english.first.map { $0.isLowercase || !$0.isLetter }, true, "sentence case: \(english)")
        }
    }
}
