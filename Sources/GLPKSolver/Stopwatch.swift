/// Seconds since the solve began, on a monotonic clock.
struct Stopwatch: Sendable {
    private let start = ContinuousClock.now

    var seconds: Double {
        let elapsed = start.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    }
}
