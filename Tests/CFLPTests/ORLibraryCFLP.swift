import Foundation

/// One OR-Library capacitated warehouse location problem (Beasley 1988), as its file states it:
/// warehouses with a capacity and fixed cost, customers with a demand and, per warehouse, the cost of
/// serving all of that demand from there.
struct ORLibraryCFLP {
    var capacities: [Int]
    var fixedCosts: [Double]
    var demands: [Int]
    /// costs[customer][warehouse]
    var costs: [[Double]]

    enum ReadError: Error {
        case malformed(String)
    }

    /// Reads the whitespace-separated format (line breaks carry no meaning): `m n`, m pairs
    /// `capacity fixed_cost`, then per customer `demand c_1j … c_mj`.
    init(text: String) throws {
        var tokens = text.split(whereSeparator: \.isWhitespace).makeIterator()
        func next() throws -> Double {
            guard let token = tokens.next() else { throw ReadError.malformed("file ends early") }
            guard let value = Double(token) else { throw ReadError.malformed("not a number: \(token)") }
            return value
        }
        func integer() throws -> Int {
            let value = try next()
            guard let whole = Int(exactly: value) else { throw ReadError.malformed("not an integer: \(value)") }
            return whole
        }
        let (warehouses, customers) = (try integer(), try integer())
        capacities = []
        fixedCosts = []
        for _ in 0..<warehouses {
            capacities.append(try integer())
            fixedCosts.append(try next())
        }
        demands = []
        costs = []
        for _ in 0..<customers {
            demands.append(try integer())
            costs.append(try (0..<warehouses).map { _ in try next() })
        }
        if tokens.next() != nil { throw ReadError.malformed("tokens left over") }
    }

    /// The folder holding the OR-Library files: next to the repository (as benchmarks/cflp_to_instance.py
    /// looks for it), else the shared machine copy; nil when neither exists.
    static var sourceDirectory: URL? {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            repository.deletingLastPathComponent().appendingPathComponent("shared/external/orlib-cflp"),
            URL(fileURLWithPath: "/work/shared/external/orlib-cflp"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("capopt.txt").path) }
    }

    /// Published optimal values by file name, from capopt.txt (`cap41       1040444.375`).
    static func publishedOptima(in directory: URL) throws -> [String: Double] {
        let text = try String(contentsOf: directory.appendingPathComponent("capopt.txt"), encoding: .utf8)
        var optima: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(whereSeparator: \.isWhitespace)
            if fields.count >= 2, fields[0].hasPrefix("cap"), let value = Double(fields[1]) {
                optima[String(fields[0])] = value
            }
        }
        return optima
    }
}
