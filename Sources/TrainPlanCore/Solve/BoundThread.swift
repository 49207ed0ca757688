import Foundation

/// The bound of a decomposed solve, computed on a thread of its own while the plan improves on the caller's:
/// the programmes' LPs and the blocks' MIPs are independent GLPK problems (each solve runs in a GLPK session
/// of its own), and a 2-core machine runs both at once. Run one after the other, a city's bound passes took
/// 40 % of its time limit from the plan.
final class BoundThread: @unchecked Sendable {
    private let lock = NSLock()
    private var best: Double?
    private var latestIncumbent: Double?
    private var failure: (any Error)?
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread; it publishes bounds as it finds them.
    func start(_ work: @escaping @Sendable (BoundThread) throws -> Void) {
        let thread = Thread { [self] in
            do { try work(self) } catch { lock.withLock { failure = error } }
            finished.signal()
        }
        thread.start()
    }

    /// The best bound published so far.
    var bound: Double? { lock.withLock { best } }

    /// The plan's objective as the caller last published it (for progress lines and early stops).
    var incumbent: Double? {
        get { lock.withLock { latestIncumbent } }
        set { lock.withLock { latestIncumbent = newValue } }
    }

    /// Keeps the better of `bound` and the best so far; returns the best.
    @discardableResult
    func publish(_ bound: Double) -> Double {
        lock.withLock {
            best = max(best ?? bound, bound)
            return best!
        }
    }

    /// Waits for the work to end; returns the best bound, or rethrows the work's error.
    func wait() throws -> Double? {
        finished.wait()
        return try lock.withLock {
            if let failure { throw failure }
            return best
        }
    }
}
