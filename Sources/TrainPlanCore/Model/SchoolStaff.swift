/// Staff counts and away limits per school (H8, concentration).
public struct SchoolStaff: Sendable {
    private let staff: [Int]
    private let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
        let index = Dictionary(instance.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = [Int](repeating: 0, count: instance.schools.count)
        for teacher in instance.teachers {
            if let school = index[teacher.school] { counts[school] += 1 }
        }
        staff = counts
    }

    public func staff(_ school: Int) -> Int { staff[school] }

    /// The school's max_away, or max(1, floor(max_away_share × staff)).
    public func maxAway(_ school: Int) -> Int {
        instance.schools[school].maxAway ?? Swift.max(1, Self.floorOfShare(instance.defaults.maxAwayShare, staff[school]))
    }

    /// floor(soft_away_share × staff): above this, each absent teacher-day costs the concentration weight.
    public func softLimit(_ school: Int) -> Int {
        Self.floorOfShare(instance.defaults.softAwayShare, staff[school])
    }

    /// floor(share × staff) as a planner computes it: 0.29 × 100 is 29, not binary floating point's 28.999….
    static func floorOfShare(_ share: Double, _ staff: Int) -> Int {
        Int((share * Double(staff) + 1e-9).rounded(.down))
    }
}
