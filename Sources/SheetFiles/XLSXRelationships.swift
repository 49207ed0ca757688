import Foundation

/// A `.rels` part: relationship ids to their types and target part paths.
final class XLSXRelationships: XMLPart {
    struct Relationship {
        let type: String
        /// Path inside the archive, no leading slash.
        let target: String
    }

    private(set) var byID: [String: Relationship] = [:]
    private let baseFolder: String

    /// `baseFolder` is the folder of the part the relationships belong to (`xl` for xl/workbook.xml).
    init(baseFolder: String) { self.baseFolder = baseFolder }

    func first(typeSuffix: String) -> Relationship? {
        byID.keys.sorted().lazy.compactMap { self.byID[$0] }.first { $0.type.hasSuffix(typeSuffix) }
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
              attributes["TargetMode"] != "External" else { return }
        byID[id] = Relationship(type: attributes["Type"] ?? "", target: Self.resolve(target, in: baseFolder))
    }

    /// `worksheets/sheet1.xml` in `xl` is `xl/worksheets/sheet1.xml`; `/xl/x.xml` is absolute; `..` climbs.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }
}
