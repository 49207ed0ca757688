import TrainPlanCore
import XCTest

/// A bad scenario names the file, the key and the bad value, in Chinese and English.
final class ScenarioValidationTests: XCTestCase {
    private func single(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ScenarioIssue? {
        let issues = WhatIfFixture.issues(text)
        XCTAssertEqual(issues.count, 1, "\(issues)", file: file, line: line)
        return issues.first
    }

    func testUnknownProgramme() {
        let issue = single("[programs.GP99]\nquota_min = 3")
        XCTAssertEqual(issue?.message(.zh), "s.toml 的 \"programs.GP99\" 键：未知项目 \"GP99\"（应为 programs.csv 中的编号）")
        XCTAssertEqual(issue?.message(.en), "s.toml, key \"programs.GP99\": unknown programme \"GP99\" (expected an id from programs.csv)")
    }

    func testUnknownSite() {
        XCTAssertEqual(single("[sites.X1]\nseats = 3")?.message(.en),
                       "s.toml, key \"sites.X1\": unknown site \"X1\" (expected an id from sites.csv)")
    }

    /// A key typed in full width or another case names the id it looks like: the patch would otherwise be
    /// refused without a clue.
    func testALookAlikeKeyNamesTheIdItLooksLike() {
        let hint = "; did you mean \"T1\"? (it differs only in case, spaces or in how characters are written, such as full width)"
        XCTAssertEqual(single("[teachers.\"Ｔ１\"]\nleave = true")?.message(.en),
                       "s.toml, key \"teachers.Ｔ１\": unknown teacher \"Ｔ１\" (expected an id from teachers.csv)" + hint)
        XCTAssertEqual(single("[programs.p1]\nquota_min = 3")?.message(.zh),
                       "s.toml 的 \"programs.p1\" 键：未知项目 \"p1\"（应为 programs.csv 中的编号）；是否应为 \"P1\"？（只差大小写、空格或全角半角等写法）")
        XCTAssertEqual(single("[teams]\n\"Song jiao\" = 2")?.message(.en),
                       "s.toml, key \"teams.Song jiao\": unknown team \"Song jiao\" (expected a team declared in [teams] of instance.toml)"
                           + hint.replacingOccurrences(of: "\"T1\"", with: "\"songjiao\""))
    }

    func testUnknownTeacher() {
        let issue = single("[teachers.T99]\nleave = true")
        XCTAssertEqual(issue?.message(.zh), "s.toml 的 \"teachers.T99\" 键：未知教师 \"T99\"（应为 teachers.csv 中的工号）")
        XCTAssertEqual(issue?.message(.en), "s.toml, key \"teachers.T99\": unknown teacher \"T99\" (expected an id from teachers.csv)")
    }

    func testUnknownTeam() {
        XCTAssertEqual(single("[teams]\nflying = 2")?.message(.en),
                       "s.toml, key \"teams.flying\": unknown team \"flying\" (expected a team declared in [teams] of instance.toml)")
    }

    func testBadDate() {
        XCTAssertEqual(single("[dates]\nblock = [\"2026-02-30\"]")?.message(.en),
                       "s.toml, key \"dates.block\": date \"2026-02-30\" does not exist (2026-02 has 28 days)")
    }

    func testDatesOutsideTheHorizon() {
        XCTAssertEqual(single("[teachers.T1]\nunavailable = [\"2027-05-01\"]")?.key, "teachers.T1.unavailable")
    }

    func testNegativeSeats() {
        let issue = single("[sites.C1]\nseats = -4")
        XCTAssertEqual(issue?.message(.zh), "s.toml 的 \"sites.C1.seats\" 键：\"-4\" 太小（应不小于 1）")
        XCTAssertEqual(issue?.message(.en), "s.toml, key \"sites.C1.seats\": \"-4\" is too small (expected at least 1)")
    }

    func testUnknownKeyIsAnError() {
        let issue = single("[sites.C1]\ncolour = \"red\"")
        XCTAssertEqual(issue?.key, "sites.C1.colour")
        XCTAssertEqual(issue?.message(.en),
                       "s.toml, key \"sites.C1.colour\": unknown key (expected one of: closed, seats, rooms, max_cohorts, available, unavailable)")
    }

    func testQuotaMinAboveMax() {
        XCTAssertEqual(single("[programs.P1]\nquota_min = 5\nquota_max = 3")?.message(.en),
                       "s.toml, key \"programs.P1.quota_min\": minimum 5 exceeds \"quota_max\" 3 (expected at most 3)")
    }

    func testNewSubQuotaNeedsScope() {
        XCTAssertEqual(single("[[sub_quotas]]\nprogram = \"P2\"\nscope_id = \"S2\"\nmin = 1")?.message(.en),
                       "s.toml, key \"sub_quotas[1].scope\": the base has no sub-quota of P2 for \"S2\" (expected scope = district or school to add one)")
        // Written like the base's sub-quota of P1 in D1, it names that one instead.
        XCTAssertEqual(single("[[sub_quotas]]\nprogram = \"P1\"\nscope_id = \"d 1\"\nmin = 1")?.message(.zh),
                       "s.toml 的 \"sub_quotas[1].scope_id\" 键：未知学区 \"d 1\"（应为 schools.csv 中出现的学区）；是否应为 \"D1\"？（只差大小写、空格或全角半角等写法）")
    }

    func testDaysForOnlineOrNot() {
        XCTAssertEqual(single("[programs.P1]\ndays = 0")?.key, "programs.P1.days")
    }

    func testMalformedTOMLNamesTheLine() {
        let issue = single("title = \"x\"\n[programs.P1\n")
        XCTAssertEqual(issue?.line, 2)
        XCTAssertTrue(issue?.message(.en).hasPrefix("s.toml row 2: not valid TOML") ?? false, issue?.message(.en) ?? "")
    }

    func testEveryProblemIsReportedAtOnce() {
        let issues = WhatIfFixture.issues("[sites.C1]\nseats = -1\n[teachers.T99]\nleave = true\n[programs.GP9]\ndays = 1")
        XCTAssertEqual(issues.map(\.key), ["programs.GP9", "sites.C1.seats", "teachers.T99"])
    }
}
