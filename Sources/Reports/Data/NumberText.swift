import Foundation

/// Numbers as a planner reads them: whole numbers without decimals, others with up to two.
enum NumberText {
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.2f", value)
        // 24324.999… prints as "24325.00": drop the zeros and then a bare decimal point.
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
