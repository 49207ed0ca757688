import Foundation

/// Failed logins per user name within a sliding window; past the limit, logins of that name answer 429.
actor LoginThrottle {
    private let limit: Int
    private let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    func isBlocked(_ name: String, now: Date = Date()) -> Bool {
        recent(name, now: now).count >= limit
    }

    func recordFailure(_ name: String, now: Date = Date()) {
        failures[name] = recent(name, now: now) + [now]
    }

    func reset(_ name: String) { failures[name] = nil }

    private func recent(_ name: String, now: Date) -> [Date] {
        (failures[name] ?? []).filter { now.timeIntervalSince($0) < window }
    }
}
