import TrainPlanCore

/// SVG Gantt of the cohorts per site over the term calendar: one row per site (split into lanes where
/// its cohorts overlap), weekends and holidays shaded, one bar per session coloured by programme.
struct GanttChart {
    let context: ReportContext

    private let labelWidth = 170.0
    private let laneHeight = 22.0
    private let axisHeight = 34.0

    func svg() -> String {
        let calendar = context.instance.calendar
        let dates = calendar.dates
        guard !dates.isEmpty else { return "" }
        let dayWidth = min(28, max(4, 900 / Double(dates.count)))
        let rows = siteRows()
        let laneCount = rows.reduce(0) { $0 + $1.lanes.count }
        let width = labelWidth + dayWidth * Double(dates.count) + 10
        let height = axisHeight + laneHeight * Double(max(1, laneCount)) + 4
        let x = { (date: PlanDate) in labelWidth + Double(date.ordinal - calendar.start.ordinal) * dayWidth }
        let c = HTMLText.coordinate
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(c(width))\" height=\"\(c(height))\" "
            + "viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\">"

        for date in dates {
            let fill: String? = switch calendar.dayType(date) {
            case .teaching: nil
            case .weekend: "#e9edf2"
            case .holiday: "#fbe3e1"
            }
            if let fill {
                svg += "<rect x=\"\(c(x(date)))\" y=\"\(c(axisHeight))\" width=\"\(c(dayWidth))\" "
                    + "height=\"\(c(height - axisHeight))\" fill=\"\(fill)\"/>"
            }
            let (_, month, day) = date.components
            if day == 1 || date == calendar.start {
                svg += "<line x1=\"\(c(x(date)))\" y1=\"4\" x2=\"\(c(x(date)))\" y2=\"\(c(height))\" stroke=\"#9aa5b1\" stroke-width=\"0.6\"/>"
                svg += "<text x=\"\(c(x(date) + 3))\" y=\"14\" font-size=\"12\" fill=\"#334\">"
                    + HTMLText.escape(context.language.pick("\(month)月", Self.monthNames[month - 1])) + "</text>"
            }
            if date.weekday == 1 && dayWidth * 7 >= 28 {
                svg += "<text x=\"\(c(x(date) + 1))\" y=\"29\" font-size=\"10\" fill=\"#7b8794\">\(day)</text>"
            }
        }

        var laneY = axisHeight
        for row in rows {
            let site = context.instance.sites[row.site]
            svg += "<line x1=\"0\" y1=\"\(c(laneY))\" x2=\"\(c(width))\" y2=\"\(c(laneY))\" stroke=\"#cbd2d9\" stroke-width=\"0.6\"/>"
            svg += "<text x=\"4\" y=\"\(c(laneY + 15))\" font-size=\"12\" fill=\"#1f2933\">"
                + HTMLText.escape(Self.clipped(context.displayName(site), 13)) + "</text>"
            for lane in row.lanes {
                for cohortIndex in lane {
                    let cohort = context.plan.cohorts[cohortIndex]
                    let programme = context.programme(of: cohort)
                    let tip = HTMLText.escape("\(cohort.id) · \(context.displayName(programme)) · \(context.datesText(cohort)) · "
                        + context.language.pick("\(cohort.teachers.count) 人", "\(cohort.teachers.count) teachers"))
                    for session in cohort.sessions {
                        let barWidth = Double(session.last.ordinal - session.first.ordinal + 1) * dayWidth
                        svg += "<rect x=\"\(c(x(session.first) + 0.5))\" y=\"\(c(laneY + 3))\" width=\"\(c(barWidth - 1))\" "
                            + "height=\"\(c(laneHeight - 6))\" rx=\"3\" fill=\"\(ProgrammePalette.colour(cohort.programme))\">"
                            + "<title>\(tip)</title></rect>"
                    }
                }
                laneY += laneHeight
            }
        }
        return svg + "</svg>"
    }

    /// Sites with dated cohorts, in instance order; each site's cohorts packed greedily into lanes so
    /// that no two cohorts in one lane share a date.
    private func siteRows() -> [(site: Int, lanes: [[Int]])] {
        var bySite = [Int: [Int]]()
        for (index, cohort) in context.plan.cohorts.enumerated() where !cohort.sessions.isEmpty {
            bySite[cohort.site, default: []].append(index)
        }
        return bySite.keys.sorted().map { site in
            let cohorts = bySite[site]!.sorted {
                (context.plan.cohorts[$0].sessions[0].first, $0) < (context.plan.cohorts[$1].sessions[0].first, $1)
            }
            var lanes: [(cohorts: [Int], days: Set<PlanDate>)] = []
            for cohort in cohorts {
                let days = Set(context.plan.cohorts[cohort].days)
                if let free = lanes.firstIndex(where: { $0.days.isDisjoint(with: days) }) {
                    lanes[free].cohorts.append(cohort)
                    lanes[free].days.formUnion(days)
                } else {
                    lanes.append(([cohort], days))
                }
            }
            return (site, lanes.map(\.cohorts))
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func clipped(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}
