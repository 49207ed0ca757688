import TrainPlanCore

/// Groups sorted dates into runs of consecutive days, so one violation names a whole run.
func consecutiveRuns(_ sortedDates: [PlanDate]) -> [DateRange] {
    var runs: [DateRange] = []
    for date in sortedDates {
        if let last = runs.last, last.last.adding(days: 1) == date {
            runs[runs.count - 1] = DateRange(first: last.first, last: date)
        } else {
            runs.append(DateRange(first: date, last: date))
        }
    }
    return runs
}
