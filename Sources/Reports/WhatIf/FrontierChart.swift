import Foundation

/// An inline SVG line chart of quota levels: lines for each series, red bands at levels with shortfall, a
/// dashed line at the largest level filled. No scripts, so the page works offline.
struct FrontierChart {
    struct Series {
        var name: String
        var color: String
        var points: [(x: Double, y: Double)]
    }

    var xLabel: String
    var yLabel: String
    var series: [Series]
    /// x values drawn as red bands (levels with shortfall).
    var alerts: [Double]
    /// The tooltip of a red band: what binds at that level.
    var alertNotes: [Double: String] = [:]
    /// x value drawn as a dashed line (largest level filled).
    var marker: Double?

    private let width = 760.0
    private let height = 320.0
    private let left = 80.0, right = 20.0, top = 20.0, bottom = 50.0

    func svg() -> String {
        let xs = series.flatMap { $0.points.map(\.x) } + alerts + (marker.map { [$0] } ?? [])
        let ys = series.flatMap { $0.points.map(\.y) }
        guard let xMin = xs.min(), let xMax = xs.max(), let yLow = ys.min(), let yHigh = ys.max() else {
            return "<p class=\"note\">—</p>"
        }
        let yPad = max(1, (yHigh - yLow) * 0.1)
        let (yMin, yMax) = (yLow - yPad, yHigh + yPad)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let x = { (value: Double) in left + (xMax == xMin ? plotWidth / 2 : (value - xMin) / (xMax - xMin) * plotWidth) }
        let y = { (value: Double) in top + plotHeight - (value - yMin) / (yMax - yMin) * plotHeight }
        let c = HTMLText.coordinate

        var parts: [String] = []
        for alert in alerts {
            let note = alertNotes[alert].map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
            parts.append("<rect x=\"\(c(x(alert) - 4))\" y=\"\(c(top))\" width=\"8\" height=\"\(c(plotHeight))\" fill=\"#fdecea\">\(note)</rect>")
        }
        if let marker {
            parts.append("<line x1=\"\(c(x(marker)))\" y1=\"\(c(top))\" x2=\"\(c(x(marker)))\" y2=\"\(c(top + plotHeight))\" stroke=\"#52606d\" stroke-dasharray=\"4 3\"/>")
        }
        parts.append("<line x1=\"\(c(left))\" y1=\"\(c(top + plotHeight))\" x2=\"\(c(width - right))\" y2=\"\(c(top + plotHeight))\" stroke=\"#888\"/>")
        parts.append("<line x1=\"\(c(left))\" y1=\"\(c(top))\" x2=\"\(c(left))\" y2=\"\(c(top + plotHeight))\" stroke=\"#888\"/>")
        for tick in 0...4 {
            let value = yMin + (yMax - yMin) * Double(tick) / 4
            parts.append("<text x=\"\(c(left - 6))\" y=\"\(c(y(value) + 4))\" font-size=\"11\" text-anchor=\"end\">\(NumberText.format(value.rounded()))</text>")
        }
        for value in Set(xs).sorted() {
            parts.append("<text x=\"\(c(x(value)))\" y=\"\(c(top + plotHeight + 16))\" font-size=\"11\" text-anchor=\"middle\">\(NumberText.format(value))</text>")
        }
        parts.append("<text x=\"\(c(left + plotWidth / 2))\" y=\"\(c(height - 8))\" font-size=\"12\" text-anchor=\"middle\">\(HTMLText.escape(xLabel))</text>")
        parts.append("<text x=\"14\" y=\"\(c(top + plotHeight / 2))\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(c(top + plotHeight / 2)))\">\(HTMLText.escape(yLabel))</text>")
        for line in series where !line.points.isEmpty {
            let path = line.points.map { "\(c(x($0.x))),\(c(y($0.y)))" }.joined(separator: " ")
            parts.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\"/>")
            for point in line.points {
                parts.append("<circle cx=\"\(c(x(point.x)))\" cy=\"\(c(y(point.y)))\" r=\"3\" fill=\"\(line.color)\"><title>\(NumberText.format(point.x)): \(NumberText.format(point.y))</title></circle>")
            }
        }
        let legend = series.map { "<span><i class=\"swatch\" style=\"background:\($0.color)\"></i>\(HTMLText.escape($0.name))</span>" }.joined()
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\">\(parts.joined(separator: "\n"))</svg><p class=\"legend\">\(legend)</p>"
    }
}
