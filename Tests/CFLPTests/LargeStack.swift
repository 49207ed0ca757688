import Foundation

/// Runs `body` on a thread with a 1 GB stack and waits for it. Why: `GroupTimetable.place` recurses once
/// per seat of a teacher group, and a CFLP school is one group of up to thousands of identical teachers,
/// deeper than the 8 MB main-thread stack of a debug build (reported to the lead; remove once iterative).
func onLargeStack<T>(_ body: @escaping @Sendable () throws -> T) throws -> T {
    let outcome = ThreadOutcome<T>()
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
        outcome.result = Result(catching: body)
        finished.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    finished.wait()
    return try outcome.result!.get()
}

/// Hands a result from the worker thread back; the semaphore orders the write before the read.
private final class ThreadOutcome<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
