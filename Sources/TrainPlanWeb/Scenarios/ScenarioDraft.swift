import Foundation
import TrainPlanCore

/// The what-if form (情景): the few changes a planner makes most, written as a scenario file
/// (docs/scenarios.md) that `trainplan whatif` reads. Empty fields change nothing.
struct ScenarioDraft: Sendable, Decodable {
    var title: String
    /// A programme whose quota changes, with its new minimum (a number or `all`) and maximum.
    var program: String?
    var quotaMin: String?
    var quotaMax: String?
    /// The programme's new window (a date list) and allowed day types (teaching, weekend, holiday).
    var window: String?
    var dayTypes: [String] = []
    /// New weights by their instance.toml name (`Self.weightKeys`); empty values change nothing.
    var weights: [String: String] = [:]
    /// A site that opens no cohort.
    var closeSite: String?
    /// Dates no one trains on (a date list, as in the instance).
    var blockDates: String?
    /// Teachers (工号) on leave for the whole term, separated by spaces, commas or 、.
    var leave: String?

    var toml: String {
        var lines = ["title = \(Self.quoted(title))"]
        if let program = Self.present(program) {
            lines.append("[programs.\(Self.quoted(program))]")
            if let minimum = Self.present(quotaMin) {
                lines.append("quota_min = " + (Int(minimum).map(String.init) ?? Self.quoted(minimum)))
            }
            if let maximum = Self.present(quotaMax) {
                lines.append("quota_max = " + (Int(maximum).map(String.init) ?? Self.quoted(maximum)))
            }
            if let window = Self.present(window) {
                lines.append("window = [\(Self.list(window).map(Self.quoted).joined(separator: ", "))]")
            }
            if !dayTypes.isEmpty {
                lines.append("day_types = [\(dayTypes.map(Self.quoted).joined(separator: ", "))]")
            }
        }
        let weightLines = Self.weightKeys.compactMap { key in
            Self.present(weights[key]).map { "\(key) = " + Self.number($0) }
        }
        if !weightLines.isEmpty {
            lines.append("[weights]")
            lines += weightLines
        }
        if let site = Self.present(closeSite) {
            lines.append("[sites.\(Self.quoted(site))]")
            lines.append("closed = true")
        }
        if let dates = Self.present(blockDates) {
            lines.append("[dates]")
            lines.append("block = [\(Self.list(dates).map(Self.quoted).joined(separator: ", "))]")
        }
        for teacher in Self.list(leave ?? "") {
            lines.append("[teachers.\(Self.quoted(teacher))]")
            lines.append("leave = true")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Programme fields without a programme would be dropped from the file: refused instead.
    func checkProgramme(_ language: Language) throws {
        guard Self.present(program) == nil else { return }
        let given = [quotaMin, quotaMax, window].contains { Self.present($0) != nil } || !dayTypes.isEmpty
        if given {
            throw UploadRejection(issues: [UploadIssue(file: "scenario.toml", column: "program", message: language.pick(
                "改名额、时间窗或日期类型时须选择培训项目", "choose the programme whose quota, window or day types change"))])
        }
    }

    /// The weights a scenario may change (docs/scenarios.md, `[weights]`), in the form's order.
    static let weightKeys = ["shortfall", "teaching_day", "weekend_day", "holiday_day", "concentration", "km", "priority"]

    /// A finite number as a TOML number; anything else quoted, so the reader names the key and the value.
    private static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return quoted(text) }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    private static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0 == "；" || $0.isWhitespace })
            .map(String.init)
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped, so no field can add a key.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// The what-if fields as the API's JSON body and the page's form both carry them.
protocol ScenarioFields {
    var title: String? { get }
    var program: String? { get }
    var quotaMin: String? { get }
    var quotaMax: String? { get }
    var closeSite: String? { get }
    var blockDates: String? { get }
    var leave: String? { get }
    var window: String? { get }
    /// Allowed day types of the programme (empty: unchanged).
    var chosenDayTypes: [String] { get }
    /// Weights by name (`ScenarioDraft.weightKeys`).
    var chosenWeights: [String: String] { get }
}

extension ScenarioFields {
    /// The scenario the fields describe; a blank title becomes `scenario`, a long one is cut at 100 characters.
    var draft: ScenarioDraft {
        let title = String((title ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        return ScenarioDraft(title: title.isEmpty ? "scenario" : title, program: program, quotaMin: quotaMin, quotaMax: quotaMax,
                             window: window, dayTypes: chosenDayTypes, weights: chosenWeights,
                             closeSite: closeSite, blockDates: blockDates, leave: leave)
    }
}
