import TrainPlanCore
import XCTest

final class InstanceLoaderTests: XCTestCase {
    private func date(_ text: String) -> PlanDate { PlanDate(text)! }

    private func loadValid() throws -> LoadedInstance { try ScratchInstance().load() }

    func testSettingsAndDefaults() throws {
        let loaded = try loadValid()
        let instance = loaded.instance
        XCTAssertTrue(loaded.warnings.isEmpty, "\(loaded.warnings)")
        XCTAssertEqual(instance.name, "示例县 2026 秋季")
        XCTAssertEqual(instance.calendar.start, date("2026-09-01"))
        XCTAssertEqual(instance.calendar.end, date("2026-10-31"))
        XCTAssertEqual(instance.defaults.weeklyPeriods, 12)
        XCTAssertEqual(instance.defaults.roadFactor, 1.25)
        XCTAssertEqual(instance.defaults.maxAwayShare, 0.15, "default applied")
        XCTAssertEqual(instance.defaults.targetHours, 360, "default applied")
        XCTAssertEqual(instance.weights.km, 2)
        XCTAssertEqual(instance.weights.shortfall, 100_000, "default applied")
        XCTAssertEqual(instance.teams.map(\.name), ["alpha", "songjiao"], "sorted by name")
        XCTAssertEqual(instance.teams.map(\.limit), [1, 2])
        XCTAssertEqual(instance.sourceHash.count, 64)
        XCTAssertTrue(instance.sourceHash.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    func testDayTypes() throws {
        let calendar = try loadValid().instance.calendar
        XCTAssertEqual(calendar.dayType(date("2026-09-01")), .teaching, "Tuesday")
        XCTAssertEqual(calendar.dayType(date("2026-09-05")), .weekend, "Saturday")
        XCTAssertEqual(calendar.dayType(date("2026-09-27")), .teaching, "Sunday made a workday (调休)")
        XCTAssertEqual(calendar.dayType(date("2026-10-05")), .holiday, "Monday in the holidays")
        XCTAssertEqual(calendar.dayType(date("2026-10-03")), .holiday, "holiday wins over workday")
        XCTAssertEqual(calendar.dayType(date("2026-10-10")), .teaching, "Saturday made a workday")
    }

    func testBlackoutsByStage() throws {
        let calendar = try loadValid().instance.calendar
        XCTAssertTrue(calendar.isBlackedOut(date("2026-10-27"), for: .junior))
        XCTAssertFalse(calendar.isBlackedOut(date("2026-10-27"), for: .primary))
        XCTAssertTrue(calendar.isBlackedOut(date("2026-09-10"), for: .primary), "native TOML date, all stages")
        XCTAssertFalse(calendar.isBlackedOut(date("2026-09-11"), for: .junior))
    }

    func testSchoolsAndTeachers() throws {
        let instance = try loadValid().instance
        XCTAssertEqual(instance.schools.map(\.id), ["S01", "S02", "S03"])
        XCTAssertEqual(instance.schools.map(\.rural), [false, true, true], "false, 是, yes")
        XCTAssertEqual(instance.schools.map(\.maxAway), [2, nil, nil])
        XCTAssertEqual(instance.schools[1].latitude, 34.45)

        let teachers = Dictionary(uniqueKeysWithValues: instance.teachers.map { ($0.id, $0) })
        XCTAssertEqual(teachers.count, 6)
        XCTAssertEqual(teachers["T01"]?.tags, ["骨干", "班主任"])
        XCTAssertEqual(teachers["T03"]?.tags, ["特岗", "骨干"], "、 separates list items")
        XCTAssertEqual(teachers["T02"]?.stage, .primary, "English stage")
        XCTAssertEqual(teachers["T04"]?.stage, .junior)
        XCTAssertNil(teachers["T02"]?.weeklyPeriods, "empty = instance default")
        XCTAssertEqual(teachers["T04"]?.cycleHours, 0)
        XCTAssertEqual(teachers["T02"]?.unavailable.count, 5)
        XCTAssertEqual(teachers["T03"]?.unavailable,
                       [date("2026-10-12"), date("2026-10-20"), date("2026-10-21")], "date list mixing dates and ranges")
    }

    /// A teachers.csv saved from Excel in Chinese writes dates `2026/9/14`; planners type 2026年9月14日, ranges
    /// with 至, ～ or a dash, the second end short (至18日), full-width digits, a weekday or a midnight time after
    /// the date; word processors put U+2011 for "-". Each form loads as the same dates.
    func testDatesInTheFormsPlannersToolsWriteLoadAsTheSameDates() throws {
        let original = try loadValid().instance
        let forms = [
            ("2026/9/14至2026年9月18日", "２０２６－１０－１２；2026.10.20～2026\u{2011}10\u{2011}21"),
            ("2026年9月14日至18日", "2026-10-12（周一）；2026年10月20日-2026年10月21日"),
            ("2026-09-14星期一..2026/9/18 0：00", "2026-10-12；2026-10-20T00:00:00..21"),
            ("2026/9/14 0:00 - 2026/9/18 0:00", "2026 年 10 月 12 日；2026-10-20–2026-10-21"),
        ]
        for (t02, t03) in forms {
            var scratch = ScratchInstance()
            scratch.replace("2026-09-14..2026-09-18", with: t02, in: "teachers.csv")
            scratch.replace("2026-10-12;2026-10-20..2026-10-21", with: t03, in: "teachers.csv")
            let loaded = try scratch.load()
            XCTAssertEqual(loaded.warnings, [], t02)
            XCTAssertEqual(loaded.instance.teachers.map(\.unavailable), original.teachers.map(\.unavailable), t02)
            XCTAssertEqual(loaded.instance.sourceHash, original.sourceHash, "the same dates written otherwise")
        }

        for bad in ["26/9/14", "2026/9/14/1", "2026/009/14", "2026-9-+4", "2026年9月", "2026-1-2-3",
                    "2026年9月14日至", "2026-09-14-16", "2026-09-14（周二）", "2026-09-14 24:00",
                    String(repeating: "至", count: 5_000)] {
            var wrong = ScratchInstance()
            wrong.replace("2026-09-14..2026-09-18", with: bad, in: "teachers.csv")
            XCTAssertEqual(wrong.issues().filter { $0.severity == .error }.map(\.kind), [.badValue(bad, expected: .dateList)], bad)
        }
    }

    func testSites() throws {
        let sites = Dictionary(uniqueKeysWithValues: try loadValid().instance.sites.map { ($0.id, $0) })
        XCTAssertEqual(sites["C1"]?.kind, .center)
        XCTAssertEqual(sites["C1"]?.rooms, 2)
        XCTAssertEqual(sites["C1"]?.seats, 40)
        XCTAssertEqual(sites["C1"]?.cohortCost, 500)
        XCTAssertEqual(sites["SJ1"]?.rooms, 1, "default")
        XCTAssertEqual(sites["SJ2"]?.kind, .songjiao, "Chinese kind")
        XCTAssertEqual(sites["SJ2"]?.available?.count, 45)
        XCTAssertEqual(sites["SJ2"]?.maxCohorts, 4)
        XCTAssertNil(sites["C1"]?.available ?? nil, "empty = whole horizon")
        XCTAssertNil(sites["C1"]?.district ?? nil)
        XCTAssertEqual(sites["W1"]?.kind, .online)
        XCTAssertNil(sites["W1"]?.latitude ?? nil)
        XCTAssertNil(sites["W1"]?.seats ?? nil, "empty = no limit")
        XCTAssertEqual(sites["E1"]?.lodging, true)
    }

    func testProgrammes() throws {
        let instance = try loadValid().instance
        let programmes = Dictionary(uniqueKeysWithValues: instance.programmes.map { ($0.id, $0) })
        let p1 = try XCTUnwrap(programmes["P1"])
        XCTAssertEqual(p1.quotaMin, .allEligible)
        XCTAssertEqual(instance.quotaMinSeats(p1), 4, "the four primary teachers")
        XCTAssertEqual(instance.quotaMaxSeats(p1), 4, "quota_max defaults to the resolved all")
        XCTAssertEqual(p1.dayTypes, [.teaching, .weekend])
        XCTAssertEqual(p1.window?.count, 30)
        XCTAssertEqual(p1.gapDays, 7, "default")
        XCTAssertEqual(p1.cohortMin, 2)
        XCTAssertEqual(p1.cohortMax, 30)

        let p2 = try XCTUnwrap(programmes["P2"])
        XCTAssertEqual(p2.mode, .songjiao)
        XCTAssertEqual(p2.sessions, 4)
        XCTAssertEqual(p2.dayTypes, Set(DayType.allCases), "empty = all")
        XCTAssertNil(p2.window, "empty = horizon")
        XCTAssertTrue(p2.homeDistrict)
        XCTAssertEqual(p2.team, "songjiao")
        XCTAssertEqual(instance.quotaMaxSeats(p2), 3, "quota_max defaults to quota_min")

        let p3 = try XCTUnwrap(programmes["P3"])
        XCTAssertEqual(p3.days, 0, "online default")
        XCTAssertEqual(p3.sessions, 1)
        XCTAssertNil(p3.quotaMax)
        XCTAssertEqual(instance.quotaMaxSeats(p3), 5)

        let p4 = try XCTUnwrap(programmes["P4"])
        XCTAssertEqual(p4.substitute, 0.5)
        XCTAssertEqual(p4.exclusive, "国培")
        XCTAssertEqual(p4.sites, ["E1"])
        XCTAssertEqual(p4.tagsAny, ["骨干"])
        XCTAssertEqual(p4.stages, [.junior])
        XCTAssertEqual(p4.quotaMax, 2)
        XCTAssertEqual(p4.cohortCost, 1000)
        XCTAssertNil(p4.team)
    }

    func testQuotasAndDistances() throws {
        let instance = try loadValid().instance
        XCTAssertEqual(instance.quotas.count, 2)
        XCTAssertEqual(instance.quotas[0].scope, .district)
        XCTAssertEqual(instance.quotas[0].scopeID, "东区")
        XCTAssertEqual(instance.quotas[0].max, 3)
        XCTAssertEqual(instance.quotas[1].scope, .school)
        XCTAssertEqual(instance.quotas[1].min, 1)
        XCTAssertNil(instance.quotas[1].max, "empty = no bound")
        XCTAssertEqual(instance.distances["S01"]?["C1"], 5.5)
        XCTAssertEqual(instance.distances["S02"]?["C1"], 14)
    }

    func testOptionalFilesMayBeAbsent() throws {
        var scratch = ScratchInstance()
        scratch.files["quotas.csv"] = nil
        scratch.files["distances.csv"] = nil
        let instance = try scratch.load().instance
        XCTAssertTrue(instance.quotas.isEmpty)
        XCTAssertTrue(instance.distances.isEmpty)
    }

    func testWindowPartlyOutsideHorizonIsFine() throws {
        var scratch = ScratchInstance()
        scratch.replace("2026-09-01..2026-09-30", with: "2026-08-20..2026-09-05", in: "programs.csv")
        let p1 = try scratch.load().instance.programmes[0]
        XCTAssertEqual(p1.window?.count, 5, "clipped to the horizon")
    }

    func testSourceHashFollowsTheLoadedContentNotTheBytes() throws {
        let first = try ScratchInstance().load().instance.sourceHash
        XCTAssertEqual(try ScratchInstance().load().instance.sourceHash, first)
        var rewritten = ScratchInstance()
        rewritten.replace("5.5", with: "5.50", in: "distances.csv")
        XCTAssertEqual(try rewritten.load().instance.sourceHash, first, "the same distance written differently")
        var changed = ScratchInstance()
        changed.replace("5.5", with: "5.6", in: "distances.csv")
        XCTAssertNotEqual(try changed.load().instance.sourceHash, first)
    }

    func testMissingFolderIsReportedAsAMissingFolder() {
        do {
            _ = try InstanceLoader.load(directory: "/nonexistent/trainplan-instance")
            XCTFail("loaded a missing folder")
        } catch {
            XCTAssertEqual(error.issues.map(\.kind), [.missingFolder])
            XCTAssertEqual(error.issues.first?.message(.en),
                           "/nonexistent/trainplan-instance: the instance folder does not exist (check the path)")
        }
    }
}
