import Foundation
import TrainPlanCore

/// Recomputes the KPIs of SPEC "Objective" and "Plan" from the resolved cohorts.
extension PlanAudit {
    var kpis: PlanKPIs {
        var kpis = PlanKPIs()
        for programme in instance.programmes {
            let shortfall = shortfall(of: programme)
            kpis.shortfallByProgram[programme.id] = shortfall
            kpis.shortfallTotal += shortfall
        }
        for (teacher, cohort) in assignments {
            let dayTypes = cohort.dates.map(instance.calendar.dayType)
            kpis.teachingDaysLost += dayTypes.filter { $0 == .teaching }.count
            kpis.workStudyCost += workStudyCost(of: teacher, in: cohort.programme, dayTypes: dayTypes)
            kpis.travelKm += travelKilometres(of: teacher, in: cohort)
        }
        kpis.concentrationCost = concentrationCost
        kpis.cohortsOpened = cohorts.count
        kpis.cohortCost = cohorts.reduce(0) { $0 + $1.programme.cohortCost + $1.site.cohortCost }
        kpis.priorityReward = priorityReward
        return kpis
    }

    /// The programme's own unfilled minimum plus that of each of its sub-quotas.
    private func shortfall(of programme: Programme) -> Int {
        let teachers = assignedTeachers(of: programme)
        let own = max(0, instance.quotaMinSeats(programme) - teachers.count)
        return subQuotas(of: programme).reduce(own) { total, quota in
            total + max(0, quota.min - assignedCount(of: quota, among: teachers))
        }
    }

    /// (1 − substitute) × (periods / standard load) × the day-type weights of the cohort days.
    private func workStudyCost(of teacher: Teacher, in programme: Programme, dayTypes: [DayType]) -> Double {
        let standardLoad = instance.defaults.weeklyPeriods
        let load = (teacher.weeklyPeriods ?? standardLoad) / standardLoad
        let dayCost = dayTypes.reduce(0) { $0 + instance.weights.dayCost($1) }
        return (1 - programme.substitute) * load * dayCost
    }

    /// 2 × distance × trips: one round trip per session with lodging, else one per day.
    private func travelKilometres(of teacher: Teacher, in cohort: PlannedCohort) -> Double {
        guard !cohort.isOnline, let school = schools[teacher.school] else { return 0 }
        let programme = cohort.programme
        let trips = cohort.site.lodging ? programme.sessions : programme.sessions * programme.days
        return 2 * roadKilometres(from: school, to: cohort.site) * Double(trips)
    }

    /// concentration × Σ over schools and teaching days of the away teachers above the soft limit.
    private var concentrationCost: Double {
        let excessTeacherDays = awayTeachers.reduce(0) { total, entry in
            let (school, byDate) = entry
            let softLimit = softAwayLimit(ofSchool: school)
            return total + byDate.values.reduce(0) { $0 + max(0, $1.count - softLimit) }
        }
        return instance.weights.concentration * Double(excessTeacherDays)
    }

    /// priority × Σ over distinct trained teachers of their hour-deficit fraction.
    private var priorityReward: Double {
        let target = instance.defaults.targetHours
        guard target > 0 else { return 0 }
        var seen: Set<String> = []
        let deficit = assignments.map(\.teacher).filter { seen.insert($0.id).inserted }.reduce(0.0) {
            $0 + max(0, target - $1.cycleHours) / target
        }
        return instance.weights.priority * deficit
    }
}
