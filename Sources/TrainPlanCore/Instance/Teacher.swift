public struct Teacher: Sendable, Identifiable {
    public var id: String
    public var name: String
    public var school: String
    public var stage: Stage
    public var subject: String
    public var tags: Set<String>
    /// 周课时; nil = the instance default.
    public var weeklyPeriods: Double?
    /// 已修学时
    public var cycleHours: Double
    public var unavailable: Set<PlanDate>

    public init(id: String, name: String, school: String, stage: Stage, subject: String, tags: Set<String> = [],
                weeklyPeriods: Double? = nil, cycleHours: Double = 0, unavailable: Set<PlanDate> = []) {
        self.id = id
        self.name = name
        self.school = school
        self.stage = stage
        self.subject = subject
        self.tags = tags
        self.weeklyPeriods = weeklyPeriods
        self.cycleHours = cycleHours
        self.unavailable = unavailable
    }
}
