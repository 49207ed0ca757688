import GLPKSolver
import TestSupport
@testable import TrainPlanCore

/// The improvement stage (`DecomposedSolve.improve`) run alone from a plan, with its log: what the tests of
/// its schedule look at. `unfinishedBlocks` picks the blocks the construction did not finish.
func improveLogged(
    _ instance: Instance, from start: Plan, options: PlanningOptions, wholeModel: PlanningModel? = nil,
    unfinishedBlocks: (Decomposition) -> Set<Int> = { _ in [] }
) -> (incumbent: Incumbent, log: [String]) {
    var options = options
    let log = LogLines()
    options.log = { log.append($0) }
    let search = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
    var incumbent = Incumbent(instance: instance, plan: start)
    let decomposition = Decomposition(instance: instance, tuning: options.tuning)
    search.improve(&incumbent, decomposition, bound: BoundThread(), relaxationExpected: false, wholeModelColumns: nil,
                   unfinishedBlocks: unfinishedBlocks(decomposition), wholeModel: wholeModel)
    return (incumbent, log.lines)
}
