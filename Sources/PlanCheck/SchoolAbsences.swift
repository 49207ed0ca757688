import Foundation
import TrainPlanCore

/// Teachers away from their school on teaching days, as H8 and the concentration term count them:
/// distinct teachers in active cohorts of programmes with `substitute` 0.
extension PlanAudit {
    /// School id → teaching day → ids of the teachers away.
    var awayTeachers: [String: [PlanDate: Set<String>]] {
        var away: [String: [PlanDate: Set<String>]] = [:]
        for (teacher, cohort) in assignments where cohort.programme.substitute == 0 {
            for date in cohort.dates where instance.calendar.dayType(date) == .teaching {
                away[teacher.school, default: [:]][date, default: []].insert(teacher.id)
            }
        }
        return away
    }

    /// The school's `max_away`, else max(1, floor(max_away_share × staff)).
    func maxAway(ofSchool schoolID: String) -> Int {
        if let explicit = schools[schoolID]?.maxAway { return explicit }
        return max(1, flooredShare(instance.defaults.maxAwayShare, ofSchool: schoolID))
    }

    /// floor(soft_away_share × staff): away teachers beyond this cost `concentration` each.
    func softAwayLimit(ofSchool schoolID: String) -> Int {
        flooredShare(instance.defaults.softAwayShare, ofSchool: schoolID)
    }

    /// Shares are written in decimal, so 0.29 × 100 means 29 even though the binary product is 28.999…;
    /// the small nudge keeps floor on the decimal reading.
    private func flooredShare(_ share: Double, ofSchool schoolID: String) -> Int {
        Int(floor(share * Double(staff[schoolID] ?? 0) + 1e-9))
    }
}
