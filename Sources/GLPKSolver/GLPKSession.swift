import Foundation
import MIP

/// Runs GLPK work start to finish on a thread of its own, as one GLPK session, and waits for it.
///
/// GLPK keeps per-thread state (environment, terminal hook) that must be freed on the thread that
/// made it, and a problem must be deleted there too; Swift code may hop threads and deinit runs
/// anywhere. A fresh thread per call keeps all of that in one place, lets independent solves run
/// in parallel, and keeps the fatal-error escape (a longjmp) away from the caller's frames.
/// After a fatal error the Swift frames skipped by the jump leak what they held: a small price
/// for a failure that validation should already have prevented.
enum GLPKSession {
    /// Roomier than a secondary thread's default, for GLPK's recursive routines on large models.
    static let stackSize = 16 << 20

    /// Throws `MIPError` when GLPK hits a fatal error; the process carries on.
    static func run<Value: Sendable>(
        log: (@Sendable (String) -> Void)?, _ work: @escaping @Sendable (TerminalOutput) -> Value
    ) throws -> Value {
        let outcome = OutcomeBox<Value>()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = runOnThisThread(log: log, work)
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
        return try outcome.result!.get()
    }

    private static func runOnThisThread<Value>(
        log: (@Sendable (String) -> Void)?, _ work: @escaping (TerminalOutput) -> Value
    ) -> Result<Value, MIPError> {
        let output = TerminalOutput(log: log)
        var value: Value?
        let completed = GLPKEnvironment.runSession {
            GLPKEnvironment.routeTerminalOutput(to: output)
            value = work(output)
        }
        output.flush()
        guard completed, let value else {
            return .failure(MIPError(Messages.fatalError(lastOutput: output.recentLines)))
        }
        return .success(value)
    }
}

/// Hands the session thread's result to the waiting caller; the semaphore orders the accesses.
private final class OutcomeBox<Value>: @unchecked Sendable {
    var result: Result<Value, MIPError>?
}
