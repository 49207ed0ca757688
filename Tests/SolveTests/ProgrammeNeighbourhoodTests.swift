import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The "when" and "who" neighbourhoods of the improvement stage (`NeighbourhoodKind.programmeDates`,
/// `.programmeTeachers`), on a one-day teaching-day course with two seats, Monday or Tuesday.
/// S1 has 20 staff: soft limit floor(5 % × 20) = 1, so its two planned teachers together on Monday cost one
/// excess teacher-day (concentration 200). T3 of S3 is behind on hours (priority reward 50) and not planned.
/// T4 of S3 is behind too but away on Monday. By hand: the plan T1 + T2 on Monday costs 200; the same two on
/// Monday and Tuesday cost 0; on Monday alone the best is T3 with T1 or T2 (−50); over both days, T3 and T4
/// (−100).
final class ProgrammeNeighbourhoodTests: XCTestCase {
    typealias S = SmallInstance

    private func instance() -> Instance {
        var weights = S.zeroWeights()
        weights.concentration = 200
        weights.priority = 50
        let staff = (1...18).map { S.teacher("F\($0)", school: "S1", stage: .junior) }
        let others = (1...18).map { S.teacher("G\($0)", school: "S3", stage: .junior) }
        let awayOnMonday = with(S.teacher("T4", school: "S3", cycleHours: 0)) { $0.unavailable = [S.date(0)] }
        let teachers = [S.teacher("T1", school: "S1"), S.teacher("T2", school: "S1"), S.teacher("T3", school: "S3", cycleHours: 0),
                        awayOnMonday] + staff + others
        let course = with(S.course("JY", quota: 2, window: [0, 1])) {
            $0.stages = [.primary]
            $0.dayTypes = [.teaching]
        }
        return S.make(teachers: teachers, programmes: [course], sites: [S.center(rooms: 1)],
                      schools: [S.school("S1"), S.school("S3")], weights: weights)
    }

    private let monday = DateRange(first: S.date(0), last: S.date(0))
    private var bothOnMonday: Plan {
        Plan(cohorts: [Cohort(id: "JY-1", programme: 0, site: 0, sessions: [monday], teachers: [0, 1])])
    }

    private func resolve(schedules: BlockSchedules, teachers: BlockTeachers) throws -> Plan {
        let instance = instance()
        XCTAssertEqual(PlanMetrics(instance: instance, plan: bothOnMonday).objective, 200, accuracy: 1e-9)
        let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        let outcome = search.resolve(Decomposition(instance: instance, tuning: SearchTuning()).blocks, in: bothOnMonday,
                                     seconds: 20, columnLimit: nil, schedules: schedules, teachers: teachers)
        let plan = try XCTUnwrap(outcome.plan)
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
        return plan
    }

    func testPlannedTeachersMoveToOtherDatesAndNobodyElseJoins() throws {
        let plan = try resolve(schedules: .all, teachers: .planned)
        XCTAssertEqual(PlanMetrics(instance: instance(), plan: plan).objective, 0, accuracy: 1e-9)
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [0, 1], "T3 was not planned")
        XCTAssertEqual(Set(plan.cohorts.map(\.days)), [[S.date(0)], [S.date(1)]])
    }

    func testPlannedSchedulesKeepTheDatesAndChangeWhoGoes() throws {
        let plan = try resolve(schedules: .planned, teachers: .likely)
        XCTAssertEqual(PlanMetrics(instance: instance(), plan: plan).objective, -50, accuracy: 1e-9)
        XCTAssertTrue(plan.cohorts.flatMap(\.teachers).contains(2), "T3 joins")
        XCTAssertEqual(Set(plan.cohorts.flatMap(\.days)), [S.date(0)], "Monday only, as planned")
    }

    func testEveryScheduleAndLikelyTeachersIsTheBlockItself() throws {
        let plan = try resolve(schedules: .all, teachers: .likely)
        XCTAssertEqual(PlanMetrics(instance: instance(), plan: plan).objective, -100, accuracy: 1e-9)
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [2, 3])
    }

    func testTheImprovementScheduleHasBothForEveryProgrammeOnCalendarDays() {
        var instance = instance()
        instance.programmes.append(with(S.course("NET", quota: 1)) { $0.mode = .online; $0.days = 0 })
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        for kind in [NeighbourhoodKind.programmeDates, .programmeTeachers] {
            let neighbourhoods = kind.neighbourhoods(decomposition, tuning: SearchTuning(), scale: 1)
            XCTAssertEqual(neighbourhoods.map { $0.parts.map(\.programme) }, [[0]], "the online course has no dates to move")
        }
        let keys = Set(NeighbourhoodKind.allCases.flatMap { $0.neighbourhoods(decomposition, tuning: SearchTuning(), scale: 1) }.map(\.key))
        XCTAssertTrue(keys.contains(.init(blocks: [0], schedules: .all, teachers: .planned)))
        XCTAssertTrue(keys.contains(.init(blocks: [0], schedules: .planned, teachers: .likely)))
        XCTAssertTrue(keys.contains(.init(blocks: [0], schedules: .all, teachers: .likely)), "the block alone is kept apart")
    }
}
