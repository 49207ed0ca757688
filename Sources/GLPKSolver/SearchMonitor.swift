import MIP

/// Why this backend stopped GLPK's search itself (glp_ios_terminate).
enum StopCause: Equatable {
    case timeLimit, interrupted
    /// `SolverOptions.stopsAtIncumbent` took the new incumbent.
    case incumbentGoodEnough
}

/// The intopt callback's state: enforces the deadline and `shouldStop`, reports progress,
/// offers the starting solution, and remembers the best bound seen. Used only on the session's thread.
final class SearchMonitor {
    /// Progress at a subproblem selection is reported at most this often; new incumbents always are.
    static let progressInterval = 0.5

    private let stopwatch: Stopwatch
    private let deadline: Double?
    private let shouldStop: (@Sendable () -> Bool)?
    private let stopsAtIncumbent: (@Sendable (Double) -> Bool)?
    private let progress: (@Sendable (SolveProgress) -> Void)?
    private let output: TerminalOutput
    /// Offered at the first heuristic request only.
    private var pendingStart: [Double]?
    /// Integer columns marked `branchesFirst` (GLPK numbers): branched on before any other.
    private let branchFirst: [Int32]
    private var lastProgressReport: Double?

    private(set) var stopCause: StopCause?
    /// The highest global lower bound seen: each one seen is valid, so the highest is too.
    private(set) var bestBound: Double?
    private(set) var createdNodes = 0

    init(
        options: SolverOptions, stopwatch: Stopwatch, output: TerminalOutput,
        start: [Double]?, rootBound: Double?, branchFirst: [Int32]
    ) {
        self.branchFirst = branchFirst
        self.stopwatch = stopwatch
        deadline = options.timeLimit
        shouldStop = options.shouldStop
        stopsAtIncumbent = options.stopsAtIncumbent
        progress = options.progress
        self.output = output
        pendingStart = start
        bestBound = rootBound
    }

    func handle(_ tree: GLPKTree) {
        createdNodes = tree.createdNodes
        if let bound = tree.bestBound {
            bestBound = max(bestBound ?? bound, bound)
        }
        switch tree.event {
        case .heuristicRequest:
            offerStart(to: tree)
        case .branchingRequest:
            // Without a call here GLPK picks by its own rule (SolverOptions.branching) among all columns.
            if let column = tree.mostFractional(among: branchFirst) { tree.branch(on: column) }
        case .newIncumbent:
            reportProgress(tree)
        case .subproblemSelection:
            if let last = lastProgressReport, stopwatch.seconds - last < Self.progressInterval { break }
            reportProgress(tree)
        default:
            break
        }
        stopIfGoodEnough(tree)
        stopIfAsked(tree)
    }

    private func offerStart(to tree: GLPKTree) {
        guard let start = pendingStart else { return }
        pendingStart = nil
        if tree.offerSolution(start), let objective = tree.incumbentObjective {
            output.note(Messages.startAccepted(objective: objective))
        } else {
            output.note(Messages.startNotBetter)
        }
    }

    private func reportProgress(_ tree: GLPKTree) {
        guard let progress else { return }
        let seconds = stopwatch.seconds
        lastProgressReport = seconds
        let incumbent = tree.incumbentObjective
        let bound = bestBound.map { bound in incumbent.map { min(bound, $0) } ?? bound }
        progress(SolveProgress(incumbent: incumbent, bound: bound, seconds: seconds, nodes: createdNodes))
    }

    /// Asks `stopsAtIncumbent` about the incumbent at every callback: GLPK calls back with GLP_IBINGO only for
    /// a node whose LP solution is integral, not for one its rounding heuristic or a start found, and the
    /// caller's bar may rise while the incumbent stays (a bound proved elsewhere).
    private func stopIfGoodEnough(_ tree: GLPKTree) {
        guard stopCause == nil, let stopsAtIncumbent, let objective = tree.incumbentObjective,
              stopsAtIncumbent(objective) else { return }
        stopCause = .incumbentGoodEnough
        tree.terminate()
    }

    private func stopIfAsked(_ tree: GLPKTree) {
        guard stopCause == nil else { return }
        if let deadline, stopwatch.seconds >= deadline {
            stopCause = .timeLimit
        } else if shouldStop?() == true {
            stopCause = .interrupted
        } else {
            return
        }
        tree.terminate()
    }
}
