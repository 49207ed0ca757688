import Foundation
import PlanCheck
import TrainPlanCore

/// A small county: two schools, four teachers, four sites, four programmes in September 2026.
///
/// Calendar: 2026-09-01 is a Tuesday; Saturdays 5, 12, 19, 26 and Sundays 6, 13, 20, 27 are weekends,
/// except 09-27 which is a working day (调休, so teaching); 09-25 is a holiday; 09-21..23 are blacked
/// out for 初中.
enum CheckFixture {
    static func date(_ text: String) -> PlanDate { PlanDate(text)! }

    static func dates(_ first: String, _ last: String) -> Set<PlanDate> {
        Set(DateRange(first: date(first), last: date(last)).dates)
    }

    static var instance: Instance {
        let calendar = TermCalendar(
            start: date("2026-09-01"), end: date("2026-09-30"),
            holidays: [date("2026-09-25")], workdays: [date("2026-09-27")],
            blackouts: [Blackout(dates: dates("2026-09-21", "2026-09-23"), stages: [.junior])]
        )
        let schools = [
            School(id: "S1", name: "一中", district: "D1", latitude: 30.0, longitude: 120.0, maxAway: 2),
            School(id: "S2", name: "二中", district: "D2", latitude: 30.1, longitude: 120.0, maxAway: 1),
        ]
        let teachers = [
            Teacher(id: "T1", name: "甲", school: "S1", stage: .primary, subject: "语文", tags: ["骨干"]),
            Teacher(id: "T2", name: "乙", school: "S1", stage: .primary, subject: "数学", weeklyPeriods: 7,
                    cycleHours: 180),
            Teacher(id: "T3", name: "丙", school: "S2", stage: .junior, subject: "语文", cycleHours: 360),
            Teacher(id: "T4", name: "丁", school: "S1", stage: .primary, subject: "语文",
                    unavailable: [date("2026-09-08")]),
        ]
        let sites = [
            Site(id: "C1", name: "县培训中心", kind: .center, latitude: 30.0, longitude: 120.0, district: "D1",
                 seats: 3, cohortCost: 50),
            Site(id: "C2", name: "二中分中心", kind: .center, latitude: 30.1, longitude: 120.0, district: "D2"),
            Site(id: "E1", name: "市基地", kind: .external, latitude: 31.1, longitude: 120.0,
                 available: dates("2026-09-14", "2026-09-18"), lodging: true, cohortCost: 20),
            Site(id: "N1", name: "网络平台", kind: .online),
        ]
        let programmes = [
            Programme(id: "P1", name: "小学骨干集中", mode: .centralized, sessions: 2, days: 2, gapDays: 7,
                      window: dates("2026-09-01", "2026-09-27"), stages: [.primary], quotaMin: .seats(3),
                      cohortCost: 100, exclusive: "国培", team: "songjiao"),
            Programme(id: "P2", name: "语文网络研修", mode: .online, days: 0, subjects: ["语文"]),
            Programme(id: "P3", name: "置换脱产", mode: .offjob, days: 3, dayTypes: [.teaching],
                      quotaMin: .seats(1), quotaMax: 2, cohortCost: 30, exclusive: "国培", substitute: 0.5),
            Programme(id: "P4", name: "一日专题", mode: .centralized),
        ]
        return Instance(
            name: "测试县", calendar: calendar, teams: [TeamPool(name: "songjiao", limit: 1)],
            schools: schools, teachers: teachers, sites: sites, programmes: programmes,
            quotas: [Quota(program: "P1", scope: .district, scopeID: "D2", min: 1)],
            distances: ["S1": ["C1": 10]]
        )
    }

    /// The valid plan's KPIs, by hand.
    ///
    /// - shortfall: P1 needs 3, has T1, T2 → 1; its D2 sub-quota needs 1, has none → 1. Total 2.
    /// - K1 days 09-07 Mon, 09-08 Tue, 09-26 Sat, 09-27 Sun-as-workday: 3 teaching + 1 weekend;
    ///   K3 days 09-14..16 Mon–Wed: 3 teaching. teaching_days_lost = 2 × 3 + 1 × 3 = 9.
    /// - work_study: K1 day weights 100 + 100 + 25 + 100 = 325; T1 at 14/14 → 325, T2 at 7/14 → 162.5;
    ///   K3 T3 at 14/14 × (1 − 0.5) × 300 = 150. Total 637.5.
    /// - concentration: S1 (staff 3, soft limit floor(0.05 × 3) = 0) has T1, T2 away on 09-07, 09-08,
    ///   09-27 → 6 teacher-days × 200 = 1200; T3 is exempt (P3 substitute 0.5), K2 is online.
    /// - travel: K1 at C1, no lodging, 2 sessions × 2 days = 4 trips, S1→C1 10 km from distances:
    ///   2 × 10 × 4 × 2 teachers = 160. K3 at E1 with lodging, 1 trip, S2→E1 is 1° of latitude =
    ///   6371 × π / 180 = 111.19492664455873 km × road factor 1.3 = 144.55340463792635; × 2 × 1 =
    ///   289.1068092758527. Total 449.1068092758527.
    /// - cohorts: 3, costing (100 + 50) + (0 + 0) + (30 + 20) = 200.
    /// - priority: T1 (1 − 0/360) + T2 (1 − 180/360) + T3 (0) = 1.5 × 50 = 75.
    static let validKPIs = PlanKPIs(
        shortfallTotal: 2, shortfallByProgram: ["P1": 2, "P2": 0, "P3": 0, "P4": 0], teachingDaysLost: 9,
        workStudyCost: 637.5, concentrationCost: 1200, travelKm: 449.1068092758527, cohortsOpened: 3,
        cohortCost: 200, priorityReward: 75
    )

    /// 100000 × 2 + 637.5 + 1200 + 1 × 449.1068092758527 + 200 − 75.
    static let validObjective = 202_411.6068092758527

    /// K1: P1 at C1 for T1 and T2; K2: P2 online for T3; K3: P3 at E1 for T3.
    static var validPlan: PlanFiles {
        PlanFiles(
            cohorts: [
                "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2",
                "K2,P2,N1,,1",
                "K3,P3,E1,2026-09-14..2026-09-16,1",
            ],
            assignments: ["T1,K1", "T2,K1", "T3,K2", "T3,K3"],
            summary: summary(kpis: validKPIs, objective: validObjective)
        )
    }

    /// summary.json as the solver writes it, with a bound 10 points below the objective.
    static func summary(kpis: PlanKPIs, objective: Double) -> [String: Any] {
        let bound = objective - 10
        return [
            "status": "feasible", "objective": objective, "bound": bound,
            "gap": (objective - bound) / max(1, abs(objective)), "seconds": 0.5,
            "kpis": [
                "shortfall_total": kpis.shortfallTotal, "shortfall_by_program": kpis.shortfallByProgram,
                "teaching_days_lost": kpis.teachingDaysLost, "work_study_cost": kpis.workStudyCost,
                "concentration_cost": kpis.concentrationCost, "travel_km": kpis.travelKm,
                "cohorts_opened": kpis.cohortsOpened, "cohort_cost": kpis.cohortCost,
                "priority_reward": kpis.priorityReward,
            ] as [String: Any],
            "input_hash": "", "glpk_version": "5.0", "options": [String: Any](),
        ]
    }

    /// Checks `plan` against `instance` in a fresh temporary folder.
    static func check(_ plan: PlanFiles, instance: Instance = CheckFixture.instance) throws -> CheckReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try plan.write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        return PlanChecker(instance: instance).check(planDirectory: folder.path)
    }
}

/// The files of a plan folder; nil leaves a file out.
struct PlanFiles {
    var cohorts: [String]?
    var assignments: [String]?
    var summary: [String: Any]?

    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let cohorts {
            try (["cohort,program,site,sessions,size"] + cohorts).joined(separator: "\n")
                .write(to: folder.appendingPathComponent("cohorts.csv"), atomically: true, encoding: .utf8)
        }
        if let assignments {
            try (["teacher,cohort"] + assignments).joined(separator: "\n")
                .write(to: folder.appendingPathComponent("assignments.csv"), atomically: true, encoding: .utf8)
        }
        if let summary {
            try JSONSerialization.data(withJSONObject: summary)
                .write(to: folder.appendingPathComponent("summary.json"))
        }
    }
}

extension CheckReport {
    /// The violations of one rule, as English text.
    func messages(of rule: String) -> [String] {
        violations.filter { $0.rule == rule }.map { $0.message(.en) }
    }

    var rules: Set<String> { Set(violations.map(\.rule)) }
}

func isClose(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}
