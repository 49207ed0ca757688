import MIP
import TestSupport
import TrainPlanCore
import XCTest

/// The decomposed path (instances above 20k columns) on instances small enough to check by hand.
final class DecomposedSolveTests: XCTestCase {
    typealias S = SmallInstance

    /// Four teachers with no hours yet (reward 50 each), two one-day courses that must train all of them, on
    /// different days, 10 points per teaching day. Optimum: everyone in both = 2 × 4 × 10 − 4 × 50 = −120.
    /// Bounding programme by programme counts each teacher's reward in both: 2 × (40 − 200) = −320. The
    /// priority multipliers take it back where both programmes train a teacher, and the bound is the optimum.
    /// The first multipliers come from the first plan, which already trains everyone twice.
    private func twoCoursesForEveryone() -> Instance {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        weights.priority = 50
        let teachers = (1...4).map { S.teacher("T\($0)", cycleHours: 0) }
        let programmes = [
            with(S.course("P1", quota: 0, window: [0])) { $0.quotaMin = .allEligible },
            with(S.course("P2", quota: 0, window: [1])) { $0.quotaMin = .allEligible },
        ]
        return S.make(teachers: teachers, programmes: programmes, weights: weights)
    }

    private func decomposed(multiplierRounds: Int) -> PlanningOptions {
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = 60
        options.tuning.multiplierRounds = multiplierRounds
        options.tuning.wholeModelLPColumnLimit = 0  // the bound by programmes alone, as on a model too large for its LP
        return options
    }

    func testPriorityMultipliersCloseTheDoubleCountedReward() throws {
        let checked = try SolveAndCheck.run(twoCoursesForEveryone(), options: decomposed(multiplierRounds: 2))
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.objective, -120, accuracy: 1e-6)
        XCTAssertEqual(checked.result.bound, -120, accuracy: 1e-6)
        XCTAssertEqual(checked.result.status, .optimal)
    }

    func testMultipliersFromTheFirstPlanAloneCloseIt() throws {
        let checked = try SolveAndCheck.run(twoCoursesForEveryone(), options: decomposed(multiplierRounds: 0))
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.objective, -120, accuracy: 1e-6)
        XCTAssertEqual(checked.result.bound, -120, accuracy: 1e-6)
        XCTAssertEqual(checked.result.status, .optimal)
    }

    /// When the layout alone (candidates and who may join them) already has more columns than the whole model
    /// may have for any use, the solve never builds it: the plan is the same optimum, and the summary gives
    /// the layout's column count as a floor instead of the rows and columns it does not know.
    func testWholeModelTooLargeForEveryUseIsNeverBuilt() throws {
        let instance = twoCoursesForEveryone()
        let whole = ModelBuilder(instance: instance).build()
        let decisionColumns = whole.openings.count + whole.assignments.count
        XCTAssertEqual(ModelBuilder(instance: instance).layout().decisionColumns, decisionColumns)
        XCTAssertGreaterThan(whole.mip.variables.count, decisionColumns)  // the trained-teacher columns

        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.wholeModelColumnLimit = decisionColumns - 1
        options.tuning.wholeModelLPColumnLimit = decisionColumns - 1
        let checked = try SolveAndCheck.run(instance, options: options)
        XCTAssertTrue(checked.report.isValid)
        XCTAssertEqual(checked.result.objective, -120, accuracy: 1e-6)
        XCTAssertNil(checked.result.modelSize.rows)
        XCTAssertNil(checked.result.modelSize.columns)
        XCTAssertEqual(checked.result.modelSize.decisionColumns, decisionColumns)

        // One column more and the model is built (and, above the whole-solve limit, kept for the LP).
        options.tuning.wholeModelLPColumnLimit = whole.mip.variables.count
        let built = try SolveAndCheck.run(instance, options: options)
        XCTAssertTrue(built.report.isValid)
        XCTAssertEqual(built.result.objective, -120, accuracy: 1e-6)
        XCTAssertEqual(built.result.modelSize.columns, whole.mip.variables.count)
        XCTAssertEqual(built.result.modelSize.rows, whole.mip.constraints.count)
    }

    /// A model of one programme merges teachers who differ only in another programme's eligibility or in
    /// dates none of its candidates uses: T1 (骨干, away on Wednesday) and T2 join P1 (Monday) alike.
    func testModelOfOneProgrammeMergesTeachersItCannotTellApart() {
        let teachers = [
            with(S.teacher("T1", tags: ["骨干"])) { $0.unavailable = [S.date(2)] },
            S.teacher("T2"),
        ]
        let programmes = [
            S.course("P1", quota: 2, window: [0]),
            with(S.course("P2", quota: 1, window: [2])) { $0.tagsAny = ["骨干"] },
        ]
        let instance = S.make(teachers: teachers, programmes: programmes)
        XCTAssertEqual(ModelBuilder(instance: instance).build().groups.count, 2)
        let onlyP1 = ModelBuilder(instance: instance, scope: { $0.programme == 0 }).build()
        XCTAssertEqual(onlyP1.groups.count, 1)
        XCTAssertEqual(onlyP1.groups.first?.size, 2)
    }
}
