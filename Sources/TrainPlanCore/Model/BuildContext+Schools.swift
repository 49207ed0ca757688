import MIP

extension BuildContext {
    /// H8 and the concentration term, per school and teaching day, over teachers in cohorts of programmes
    /// without substitute cover. Dates with the same set of columns give the same away count, so they share
    /// one H8 row and one excess variable costing concentration × (number of such dates); where the soft
    /// limit is 0, no excess variable (`addAwayCostOnAssignments`).
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
                let costsConcentration = mostAway > softLimit && instance.weights.concentration > 0
                if costsConcentration, softLimit == 0 {
                    addAwayCostOnAssignments(columns, maxAway: maxAway, mostAway: mostAway, dates: datesPerClass[dateClass]!, school: school)
                    continue
                }
                let terms = columns.map { Term(assignments[$0].variable) }
                // With an excess column, its upper bound max_away − soft makes the soft row the cap too: one row
                // instead of two (away ≤ soft + excess ≤ max_away), which halves the rows of a county whose caps
                // bind on many dates. A bound every plan meets (its excess is max(0, away − soft)), so the LP is
                // no weaker. A cap below the soft limit or already exceeded keeps its own row.
                let capInExcess = costsConcentration && maxAway >= Swift.max(0, softLimit)
                if mostAway > maxAway, !capInExcess {
                    model.addConstraint("max_away_\(school)", terms, upper: Double(Swift.max(0, maxAway)))
                }
                if costsConcentration {
                    let excess = model.addVariable(
                        "excess_\(school)", kind: .continuous, lower: 0,
                        upper: Double(capInExcess ? Swift.min(mostAway, maxAway) - softLimit : mostAway - Swift.min(0, softLimit)),
                        cost: instance.weights.concentration * Double(datesPerClass[dateClass]!)
                    )
                    // With more already away than the soft limit, the excess has a fixed part: the row stays exact.
                    model.addConstraint("soft_away_\(school)", terms + [Term(excess, -1)], upper: Double(softLimit))
                    addSoftAwayOpeningRow(school: school, columns: columns, excess: excess, softLimit: softLimit)
                }
            }
        }
    }

    /// A date class whose soft limit is 0: every teacher away is above it, so the excess is the away count
    /// itself, and its cost goes on each assignment column instead of on a column and row of its own (the
    /// same model without them). The cap stays: a row, or the column's bound when the class has one column.
    /// county-tight-away-s1's 1-day course (pooled LP; 10,175 such classes of 12,265): GLPK 17.7 s → 3.5 s,
    /// 11,385 → 3,126 iterations, the same optimum.
    private mutating func addAwayCostOnAssignments(_ columns: [Int], maxAway: Int, mostAway: Int, dates: Int, school: String) {
        for column in columns {
            let variable = assignments[column].variable
            model.setCost(variable, model.variables[variable.index].cost + instance.weights.concentration * Double(dates))
        }
        guard mostAway > maxAway else { return }
        let cap = Double(Swift.max(0, maxAway))
        let single = columns.count == 1 ? model.variables[assignments[columns[0]].variable.index] : nil
        if let single, single.lower <= cap {
            model.setBounds(assignments[columns[0]].variable, lower: single.lower, upper: Swift.min(single.upper, cap))
        } else {
            model.addConstraint("max_away_\(school)", columns.map { Term(assignments[$0].variable) }, upper: cap)
        }
    }

    /// Valid inequalities the soft_away row alone leaves out of the LP, for a date class's set of columns:
    /// Σ x_P ≤ soft · Σ y_P + excess over the columns and candidates of a set P of programmes. If none of P's
    /// cohorts is open, every x_P is 0; if one is, Σ y_P ≥ 1 and excess ≥ away − soft ≥ Σ x_P − soft. Without
    /// them the LP spreads a programme over many fractional cohorts, each letting a school send up to its soft
    /// limit for free (district-tight-away-s1's whole LP: 230.5k → 241.5k with P all of a date's programmes).
    /// Each programme gets a row of its own too: in the row over all of them, the others' fractional openings
    /// paid for p's absences, and that whole LP had no concentration cost at all (241.8k → 246.8k with the
    /// rows per programme; the plans pay 58 teacher-days). Neither row implies the other, so a date class of
    /// several programmes keeps both (248.4k; the best plan 248.8k). Needs soft > 0; at 0 or below each is
    /// implied by the soft_away row.
    private mutating func addSoftAwayOpeningRow(school: String, columns: [Int], excess: Variable, softLimit: Int) {
        guard liftsSoftAwayRows, softLimit > 0 else { return }
        let byProgramme = Dictionary(grouping: columns) { candidates[assignments[$0].candidate].programme }
        var sets = byProgramme.sorted { $0.key < $1.key }.map { ("\(school)_\(instance.programmes[$0.key].id)", $0.value) }
        if byProgramme.count > 1 { sets.append((school, columns)) }
        for (name, setColumns) in sets {
            let candidatesInSet = Set(setColumns.map { assignments[$0].candidate }).sorted()
            model.addConstraint(
                "soft_away_open_\(name)",
                setColumns.map { Term(assignments[$0].variable) } + candidatesInSet.map { Term(openings[$0], -Double(softLimit)) }
                    + [Term(excess, -1)],
                upper: 0
            )
        }
    }
}
