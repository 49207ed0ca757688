import MIP

extension BuildContext {
    /// H8 and the concentration term, per school and teaching day, over teachers in cohorts of programmes
    /// without substitute cover. Dates with the same set of columns give the same away count, so they share
    /// one H8 row and one excess variable costing concentration × (number of such dates).
    mutating func addSchoolAwayRows() {
        let calendar = instance.calendar
        let staff = SchoolStaff(instance: instance)
        var groupsBySchool: [Int: [Int]] = [:]
        for (index, group) in groups.enumerated() { groupsBySchool[group.school, default: []].append(index) }

        for schoolIndex in groupsBySchool.keys.sorted() {
            var columnsByDate: [PlanDate: [Int]] = [:]
            for groupIndex in groupsBySchool[schoolIndex]! {
                for column in assignmentsByGroup[groupIndex] {
                    let candidate = candidates[assignments[column].candidate]
                    guard instance.programmes[candidate.programme].substitute == 0 else { continue }
                    for day in candidate.days where calendar.dayType(day) == .teaching {
                        columnsByDate[day, default: []].append(column)
                    }
                }
            }
            // Dates alike in columns and in absences already fixed share their rows.
            struct DateClass: Hashable {
                var columns: [Int]
                var alreadyAway: Int
            }
            var datesPerClass: [DateClass: Int] = [:]
            var order: [DateClass] = []
            for date in columnsByDate.keys.sorted() {
                let key = DateClass(columns: columnsByDate[date]!, alreadyAway: fixed.awayBySchool[schoolIndex]?[date] ?? 0)
                if datesPerClass[key] == nil { order.append(key) }
                datesPerClass[key, default: 0] += 1
            }
            let school = instance.schools[schoolIndex].id
            for dateClass in order {
                let columns = dateClass.columns
                let maxAway = staff.maxAway(schoolIndex) - dateClass.alreadyAway
                let softLimit = staff.softLimit(schoolIndex) - dateClass.alreadyAway
                // A teacher is away at most once a date (H3), so a group adds at most its size.
                let groupsInSet = Set(columns.map { assignments[$0].group })
                let mostAway = groupsInSet.reduce(0) { $0 + groups[$1].size }
                let terms = columns.map { Term(assignments[$0].variable) }
                if mostAway > maxAway {
                    model.addConstraint("max_away_\(school)", terms, upper: Double(Swift.max(0, maxAway)))
                }
                if mostAway > softLimit, instance.weights.concentration > 0 {
                    let excess = model.addVariable(
                        "excess_\(school)", kind: .continuous, lower: 0,
                        upper: Double(mostAway - Swift.min(0, softLimit)),
                        cost: instance.weights.concentration * Double(datesPerClass[dateClass]!)
                    )
                    // With more already away than the soft limit, the excess has a fixed part: the row stays exact.
                    model.addConstraint("soft_away_\(school)", terms + [Term(excess, -1)], upper: Double(softLimit))
                    addSoftAwayOpeningRow(school: school, columns: columns, excess: excess, softLimit: softLimit)
                }
            }
        }
    }

    /// Valid inequalities the soft_away row alone leaves out of the LP, one per programme p on the date:
    /// Σ x_p ≤ soft · Σ y_p + excess over p's candidates. If none of p's cohorts is open, every x_p is 0; if
    /// one is, Σ y_p ≥ 1 and excess ≥ away − soft ≥ Σ x_p − soft. Without them the LP spreads a programme over
    /// many fractional cohorts, each letting a school send up to its soft limit for free (district-tight-away-s1:
    /// LP 230.5k → 241.5k against a best plan of 248.8k). One row per programme, not one over all the date's
    /// cohorts: with several programmes on a date, the others' fractional openings would pay for p's
    /// absences (the whole LP of district-tight-away-s1 then had no concentration cost at all).
    /// Needs soft > 0; at 0 each is implied by the soft_away row.
    private mutating func addSoftAwayOpeningRow(school: String, columns: [Int], excess: Variable, softLimit: Int) {
        guard liftsSoftAwayRows, softLimit > 0 else { return }
        var columnsByProgramme: [Int: [Int]] = [:]
        for column in columns {
            columnsByProgramme[candidates[assignments[column].candidate].programme, default: []].append(column)
        }
        for programme in columnsByProgramme.keys.sorted() {
            let programmeColumns = columnsByProgramme[programme]!
            var candidatesInSet: [Int] = []
            var seen = Set<Int>()
            for column in programmeColumns where seen.insert(assignments[column].candidate).inserted {
                candidatesInSet.append(assignments[column].candidate)
            }
            let openingTerms = candidatesInSet.map { Term(openings[$0], -Double(softLimit)) }
            model.addConstraint(
                "soft_away_open_\(school)",
                programmeColumns.map { Term(assignments[$0].variable) } + openingTerms + [Term(excess, -1)], upper: 0
            )
        }
    }
}
