/// `[defaults]` of instance.toml.
public struct Defaults: Sendable {
    public var weeklyPeriods: Double = 14
    public var maxAwayShare: Double = 0.15
    public var softAwayShare: Double = 0.05
    public var roadFactor: Double = 1.3
    public var targetHours: Double = 360
    public init() {}
}

/// `[weights]` of instance.toml, in points.
public struct Weights: Sendable {
    public var shortfall: Double = 100_000
    public var teachingDay: Double = 100
    public var weekendDay: Double = 25
    public var holidayDay: Double = 10
    public var concentration: Double = 200
    public var km: Double = 1
    public var priority: Double = 50
    public init() {}

    public func dayCost(_ type: DayType) -> Double {
        switch type {
        case .teaching: teachingDay
        case .weekend: weekendDay
        case .holiday: holidayDay
        }
    }
}

/// A trainer team pool: at most `limit` cohorts of its programmes active per date.
public struct TeamPool: Sendable {
    public var name: String
    public var limit: Int
    public init(name: String, limit: Int) {
        self.name = name
        self.limit = limit
    }
}
