import TOMLKit

/// Dotted keys and their values gathered into nested tables, then built as one `TOMLTable`.
struct KeyTree {
    private indirect enum Node {
        case value(TOMLValueConvertible)
        case table([String: Node])
    }

    private var root: [String: Node] = [:]

    /// Creates the tables along `path` when missing.
    mutating func ensureTable(_ path: [String]) {
        _ = Self.insert(&root, path, nil)
    }

    /// Sets the value at `path`; false when a value already sits where a table is needed (`calendar` = 5 and
    /// then `calendar.start`), or a table where the value goes.
    @discardableResult
    mutating func set(_ path: [String], _ value: TOMLValueConvertible) -> Bool {
        guard !path.isEmpty else { return false }
        return Self.insert(&root, path, value)
    }

    func table() -> TOMLTable { Self.build(root) }

    private static func insert(_ table: inout [String: Node], _ path: [String], _ value: TOMLValueConvertible?)
        -> Bool {
        let key = path[0]
        if path.count == 1 {
            guard let value else {
                if table[key] == nil { table[key] = .table([:]) }
                if case .table = table[key] { return true }
                return false
            }
            if case .table = table[key] { return false }
            table[key] = .value(value)
            return true
        }
        var child: [String: Node]
        switch table[key] {
        case nil: child = [:]
        case .table(let existing): child = existing
        case .value: return false
        }
        let inserted = insert(&child, Array(path.dropFirst()), value)
        table[key] = .table(child)
        return inserted
    }

    private static func build(_ nodes: [String: Node]) -> TOMLTable {
        var dictionary: [String: TOMLValueConvertible] = [:]
        for (key, node) in nodes {
            switch node {
            case .value(let value): dictionary[key] = value
            case .table(let children): dictionary[key] = build(children)
            }
        }
        return TOMLTable(dictionary)
    }
}
