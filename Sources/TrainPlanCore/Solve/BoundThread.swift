import Foundation

/// The bound of a decomposed solve, computed by a worker thread of its own while the plan improves on the
/// caller's: the programmes' LPs and the blocks' MIPs are independent GLPK problems (each solve runs in a GLPK
/// session of its own), and a 2-core machine runs both at once. Run one after the other, a city's bound
/// passes took 40 % of its time limit from the plan. The worker can only publish bounds; it never touches the
/// plan, and a failure in it leaves the best bound published before it (`finish`).
final class BoundThread: @unchecked Sendable {
    private let lock = NSLock()
    private var best: Double?
    private var wholeRelaxation: WholeRelaxation?
    private var latestIncumbent: Double?
    private var latestIncumbentPlan: Plan?
    private var wholeModelClaimed = false
    private var planFound: (plan: Plan, objective: Double)?
    private var workerSearchesNearRelaxation = false
    private var failure: (any Error)?
    private var cancelled = false
    private var running = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread; it publishes bounds as it finds them and checks `isCancelled`.
    func start(_ work: @escaping @Sendable (BoundThread) throws -> Void) {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            do { try work(self) } catch { lock.withLock { failure = error } }
            lock.withLock { running = false }
            finished.signal()
        }
        thread.start()
    }

    /// The best bound published so far.
    var bound: Double? { lock.withLock { best } }

    /// The whole model's LP optimum, once the worker has solved it (the plan search frees what it disagrees on).
    var relaxation: WholeRelaxation? {
        get { lock.withLock { wholeRelaxation } }
        set { lock.withLock { wholeRelaxation = newValue } }
    }

    /// The plan's objective as the caller last published it (for progress lines and early stops).
    var incumbent: Double? {
        get { lock.withLock { latestIncumbent } }
        set { lock.withLock { latestIncumbent = newValue } }
    }

    /// The plan search's current plan, as the caller last published it (the exact whole-model MIP starts from it).
    var latestPlan: Plan? {
        get { lock.withLock { latestIncumbentPlan } }
        set { lock.withLock { latestIncumbentPlan = newValue } }
    }

    /// The plan search's plan and its objective as last published, read together (each alone may be a
    /// publication apart from the other).
    var latestPublished: (plan: Plan, objective: Double)? {
        lock.withLock { latestIncumbentPlan.flatMap { plan in latestIncumbent.map { (plan, $0) } } }
    }

    /// Publishes the plan search's plan and its objective together.
    func publishPlan(_ plan: Plan, objective: Double) {
        lock.withLock { (latestIncumbentPlan, latestIncumbent) = (plan, objective) }
    }

    /// true for the first caller only: the exact whole-model MIP runs on one thread, whichever asks first.
    func claimWholeModel() -> Bool {
        lock.withLock {
            defer { wholeModelClaimed = true }
            return !wholeModelClaimed
        }
    }

    /// Whether the worker runs the search near the whole LP across every programme (the plan search then
    /// leaves it to the worker and searches one programme at a time).
    var searchesNearRelaxation: Bool {
        get { lock.withLock { workerSearchesNearRelaxation } }
        set { lock.withLock { workerSearchesNearRelaxation = newValue } }
    }

    /// A plan the worker found (its exact whole-model MIP or its search near the LP), with its SPEC objective,
    /// for the plan search to offer to its incumbent.
    func offerFound(_ plan: Plan, objective: Double) {
        lock.withLock { planFound = (plan, objective) }
    }

    /// The plan the worker found since the last call, if any.
    func takeFound() -> Plan? {
        lock.withLock {
            defer { planFound = nil }
            return planFound?.plan
        }
    }

    /// Whether the published plan, or a better one the worker found and the search has not yet taken, is
    /// within `relativeGap` of the best bound (SPEC gap): either way the search has a plan within the gap.
    func gapClosed(within relativeGap: Double) -> Bool {
        lock.withLock {
            guard let published = latestIncumbent, let best else { return false }
            let incumbent = min(published, planFound?.objective ?? .infinity)
            return (incumbent - best) / max(1, abs(incumbent)) <= relativeGap
        }
    }

    /// The highest plan objective within `relativeGap` of the best bound (SPEC gap; nil before any bound).
    /// Conservative for bounds of either sign: |objective| ≥ |bound| · (1 − gap) there.
    func objectiveClosingGap(within relativeGap: Double) -> Double? {
        // The last factor keeps the objective off the boundary, where rounding would decide.
        lock.withLock { best.map { $0 + relativeGap * max(1, abs($0) * (1 - relativeGap)) * (1 - 1e-9) } }
    }

    /// Whether the worker is still computing.
    var isRunning: Bool { lock.withLock { running } }

    /// Whether the caller no longer needs more bounds: the worker stops at its next check.
    var isCancelled: Bool { lock.withLock { cancelled } }

    func cancel() { lock.withLock { cancelled = true } }

    /// Keeps the better of `bound` and the best so far; returns the best.
    @discardableResult
    func publish(_ bound: Double) -> Double {
        lock.withLock {
            best = max(best ?? bound, bound)
            return best!
        }
    }

    /// Waits for the worker to end, `seconds` at most (an LP in GLPK cannot be stopped part-way: a worker still
    /// busy then is left to end by its own time limit); returns the best bound published and the worker's
    /// error, if it failed.
    func finish(waitingAtMost seconds: Double) -> (bound: Double?, failure: (any Error)?) {
        _ = finished.wait(timeout: .now() + max(0, seconds))
        return lock.withLock { (best, failure) }
    }
}
