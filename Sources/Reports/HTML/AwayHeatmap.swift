import TrainPlanCore

/// SVG heatmap of each school's share of staff away on each teaching day of the horizon: one row per
/// school that sends anyone on a teaching day, darker red for a larger share, a dot where the school
/// reaches its away cap.
struct AwayHeatmap {
    let context: ReportContext

    private let labelWidth = 170.0
    private let rowHeight = 16.0
    private let axisHeight = 20.0

    /// The largest share the colour scale shows at full strength: the hard cap share, or more if reached.
    var scaleTop: Double {
        max(context.instance.defaults.maxAwayShare, burden.map(\.peakShare).max() ?? 0, 0.01)
    }

    private var burden: [SchoolBurden.Entry] {
        SchoolBurden(instance: context.instance, plan: context.plan).schools.sorted { $0.school < $1.school }
    }

    func svg() -> String {
        let calendar = context.instance.calendar
        let teachingDays = calendar.dates.filter { calendar.dayType($0) == .teaching }
        let rows = burden
        guard !teachingDays.isEmpty, !rows.isEmpty else { return "" }
        let staff = SchoolStaff(instance: context.instance)
        let cell = min(16, max(5, 900 / Double(teachingDays.count)))
        let width = labelWidth + cell * Double(teachingDays.count) + 10
        let height = axisHeight + rowHeight * Double(rows.count) + 4
        let c = HTMLText.coordinate
        let top = scaleTop
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(c(width))\" height=\"\(c(height))\" "
            + "viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\">"
        var previousMonth = 0
        for (column, date) in teachingDays.enumerated() where date.components.month != previousMonth {
            previousMonth = date.components.month
            let label = context.language.pick("\(previousMonth)月", GanttChart.monthNames[previousMonth - 1])
            svg += "<text x=\"\(c(labelWidth + Double(column) * cell))\" y=\"14\" font-size=\"12\" fill=\"#334\">"
                + HTMLText.escape(label) + "</text>"
        }
        for (rowNumber, entry) in rows.enumerated() {
            let school = context.instance.schools[entry.school]
            let y = axisHeight + Double(rowNumber) * rowHeight
            svg += "<text x=\"4\" y=\"\(c(y + 12))\" font-size=\"11\" fill=\"#1f2933\">"
                + HTMLText.escape(GanttChart.clipped(context.displayName(school), 13)) + "</text>"
            let cap = staff.maxAway(entry.school)
            for (column, date) in teachingDays.enumerated() {
                let away = entry.awayByDate[date] ?? 0
                let share = entry.staff > 0 ? Double(away) / Double(entry.staff) : 0
                let x = labelWidth + Double(column) * cell
                let tip = HTMLText.escape("\(context.displayName(school)) \(date)：" + context.language.pick(
                    "外出 \(away)/\(entry.staff) 人（\(NumberText.percent(share))）",
                    "away \(away)/\(entry.staff) (\(NumberText.percent(share)))"))
                svg += "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(cell - 1))\" height=\"\(c(rowHeight - 1))\" "
                    + "fill=\"\(Self.colour(share / top))\"><title>\(tip)</title></rect>"
                if away > 0 && away >= cap {
                    svg += "<circle cx=\"\(c(x + (cell - 1) / 2))\" cy=\"\(c(y + (rowHeight - 1) / 2))\" r=\"1.8\" fill=\"#fff\"/>"
                }
            }
        }
        return svg + "</svg>"
    }

    /// Light grey for nobody away, then from pale to deep red as the share approaches the scale's top.
    static func colour(_ level: Double) -> String {
        guard level > 0 else { return "#f1f3f5" }
        let t = min(1, level)
        let channel = { (from: Double, to: Double) in Int((from + (to - from) * t).rounded()) }
        let (r, g, b) = (channel(252, 165), channel(215, 15), channel(205, 21))
        return "#" + [r, g, b].map { String(format: "%02x", $0) }.joined()
    }
}
