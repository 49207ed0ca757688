/// The largest values an instance or scenario may hold, checked when it is read (file, row, column). Far above
/// any county's numbers, they keep the planner's arithmetic from overflowing (gap_days plus a date offset,
/// quotas summed over programmes) and GLPK's numbers finite (a weight of 1e308 times a distance is infinite).
public enum ValueLimits {
    /// Seats, rooms, quotas, days, sessions, gap_days, max_away, team sizes: every whole-number cell or key.
    public static let largestCount = 10_000_000
    /// Costs, weights, km, hours, weekly periods: every other number.
    public static let largestNumber = 1e9
    /// Days of the planning horizon (ten years): every candidate cohort is a walk over it.
    public static let longestHorizonDays = 3_660
    /// Ids (teachers, schools, sites, programmes): they name files (notices, calendars), so they stay short.
    public static let longestID = 64
    /// Cohort ids of a plan folder: trainplan writes programme, site and start date (and a number when they
    /// repeat); a longer one is a damaged file, and it would not fit a workbook cell or a file name.
    public static let longestCohortID = 2 * longestID + 32

    /// Plain decimal notation only (`12`, `-3.5`, `1e3`): `0x10`, `inf` and `nan` are not numbers to a planner.
    static func isDecimal(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
    }
}
