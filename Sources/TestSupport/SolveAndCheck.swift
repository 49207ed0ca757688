import Foundation
import GLPKSolver
import MIP
import PlanCheck
import TrainPlanCore

public struct CheckedSolve {
    public var result: PlanResult
    public var report: CheckReport
    public var planDirectory: String
}

/// The solver the tests use: GLPK, as the CLI does.
public let testSolver: any MIPSolver = GLPKSolver()

public enum SolveAndCheck {
    /// Solves, writes the plan folder to a fresh temporary directory, and runs the independent checker on it.
    public static func run(_ instance: Instance, options: PlanningOptions = PlanningOptions()) throws -> CheckedSolve {
        try check(PlanSolver(instance: instance, solver: testSolver).solve(options), instance)
    }

    /// Writes a result's plan folder to a fresh temporary directory and runs the independent checker on it.
    public static func check(_ result: PlanResult, _ instance: Instance) throws -> CheckedSolve {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("trainplan-test-\(UUID().uuidString)").path
        try PlanWriter(instance: instance).write(result, to: directory)
        let report = PlanChecker(instance: instance).check(planDirectory: directory)
        return CheckedSolve(result: result, report: report, planDirectory: directory)
    }

    /// The optimum of the LP relaxation of the instance's whole model: what the rows give a bound before
    /// any branching.
    public static func relaxationObjective(_ instance: Instance) throws -> Double? {
        var lp = SolverOptions()
        lp.relaxation = true
        return try testSolver.solve(ModelBuilder(instance: instance).build().mip, options: lp).objective
    }

    /// Teacher ids per programme id in a plan.
    public static func assigned(_ result: PlanResult, _ instance: Instance) -> [String: [String]] {
        var byProgramme: [String: [String]] = [:]
        for cohort in result.plan.cohorts {
            byProgramme[instance.programmes[cohort.programme].id, default: []] += cohort.teachers.map { instance.teachers[$0].id }
        }
        return byProgramme.mapValues { $0.sorted() }
    }
}
