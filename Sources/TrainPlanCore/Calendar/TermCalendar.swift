/// The planning horizon and what kind of day each date is.
public struct TermCalendar: Sendable {
    public var start: PlanDate
    public var end: PlanDate
    public var holidays: Set<PlanDate>
    /// Weekend dates that are working days (调休).
    public var workdays: Set<PlanDate>
    public var blackouts: [Blackout]

    public init(start: PlanDate, end: PlanDate, holidays: Set<PlanDate> = [], workdays: Set<PlanDate> = [],
                blackouts: [Blackout] = []) {
        self.start = start
        self.end = end
        self.holidays = holidays
        self.workdays = workdays
        self.blackouts = blackouts
    }

    public var dates: [PlanDate] {
        start <= end ? (start.ordinal...end.ordinal).map(PlanDate.init(ordinal:)) : []
    }

    public func contains(_ date: PlanDate) -> Bool { start <= date && date <= end }

    /// The term as one range.
    public var term: DateRange { DateRange(first: start, last: end) }

    /// Days beyond either end of the term within which a plan's dates are still checked day by day (a date a
    /// little outside is a broken rule); further away they are a typo (2720 for 2027), named as such.
    public static let plausibleMarginDays = 366

    /// Whether every date of these sessions lies within `plausibleMarginDays` of the term.
    public func isPlausible(_ sessions: [DateRange]) -> Bool {
        let earliest = start.adding(days: -Self.plausibleMarginDays), latest = end.adding(days: Self.plausibleMarginDays)
        return sessions.allSatisfy { earliest <= $0.first && $0.last <= latest }
    }

    /// SPEC: holiday if listed (even when also a workday); else teaching on workdays and Mon–Fri; else weekend.
    public func dayType(_ date: PlanDate) -> DayType {
        if holidays.contains(date) { return .holiday }
        if workdays.contains(date) || !date.isWeekend { return .teaching }
        return .weekend
    }

    /// True when a blackout closes `date` to teachers of `stage`.
    public func isBlackedOut(_ date: PlanDate, for stage: Stage) -> Bool {
        blackouts.contains { $0.dates.contains(date) && ($0.stages.isEmpty || $0.stages.contains(stage)) }
    }
}

public struct Blackout: Sendable {
    public var dates: Set<PlanDate>
    /// Empty: every stage.
    public var stages: Set<Stage>
    public init(dates: Set<PlanDate>, stages: Set<Stage>) {
        self.dates = dates
        self.stages = stages
    }
}

public enum DayType: String, Sendable, CaseIterable, Comparable {
    case teaching, weekend, holiday

    public static func < (a: DayType, b: DayType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
