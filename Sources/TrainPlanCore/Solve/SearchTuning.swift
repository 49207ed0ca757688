/// Every number that steers how trainplan searches for a plan (not what the plan must be: the SPEC fixes
/// that), with what it means and the values it may take, validated in one place (`validate`). The defaults
/// are what benchmarks/README.md measured; change them there first.
public struct SearchTuning: Sendable, Equatable {
    /// Models up to this many columns are solved whole by GLPK; larger ones are decomposed.
    public var wholeModelColumnLimit = 20_000
    /// A decomposed solve also bounds with the whole model's LP up to this many columns.
    public var wholeModelLPColumnLimit = 30_000
    /// A block's MIP is restricted to the candidates its LP opens above this many columns.
    public var restrictToLPSupportAbove = 2_000
    /// Neighbourhoods of several blocks (regions of one programme, blocks competing for teachers) are solved
    /// together up to this many columns (their MIP then restricted to the candidates its LP opens).
    public var pairColumnLimit = 60_000
    /// Rounds of single-block re-solves between larger neighbourhoods.
    public var improvementRounds = 3
    /// A programme with more columns is bounded by its aggregated relaxation and by column generation
    /// instead of its whole LP (GLPK took 127 s on a city's 国培 LP of 108k columns).
    public var boundLPColumnLimit = 50_000
    /// Subgradient rounds on the priority multipliers of a decomposed bound.
    public var multiplierRounds = 2
    /// Seconds for a decomposed solve when the user gives no limit.
    public var decomposedDefaultTime: Double = 120
    /// Share of the time limit for building the first plan block by block.
    public var constructionShare = 0.45
    /// Most of the time left that filling seats may take before costs are optimised.
    public var seatFillingShare = 0.5
    /// Sites of a programme closer than this (km, chained) form one region planned as one block.
    public var regionLinkKm: Double = 30
    /// A block of a programme with many more eligible teachers than seats is planned over its likeliest
    /// teachers only: this many per seat (and per sub-quota seat), cheapest first.
    public var likelyTeachersPerSeat = 6

    public init() {}

    /// One tunable: its name (as in `validate`'s messages), meaning and allowed range.
    public struct Parameter: Sendable {
        public let name: String
        public let meaning: String
        public let range: ClosedRange<Double>
        let value: @Sendable (SearchTuning) -> Double
    }

    /// Every tunable with its range.
    public static let parameters: [Parameter] = [
        .init(name: "whole_model_column_limit", meaning: "largest model solved whole", range: 0...10_000_000) { Double($0.wholeModelColumnLimit) },
        .init(name: "whole_model_lp_column_limit", meaning: "largest whole model whose LP bounds a decomposed solve", range: 0...10_000_000) { Double($0.wholeModelLPColumnLimit) },
        .init(name: "restrict_to_lp_support_above", meaning: "block size above which the MIP keeps the LP's candidates only", range: 0...10_000_000) { Double($0.restrictToLPSupportAbove) },
        .init(name: "pair_column_limit", meaning: "largest neighbourhood of several blocks", range: 0...10_000_000) { Double($0.pairColumnLimit) },
        .init(name: "improvement_rounds", meaning: "rounds of single-block re-solves", range: 0...1_000) { Double($0.improvementRounds) },
        .init(name: "bound_lp_column_limit", meaning: "largest programme LP in the bound", range: 0...10_000_000) { Double($0.boundLPColumnLimit) },
        .init(name: "multiplier_rounds", meaning: "subgradient rounds of the bound", range: 0...100) { Double($0.multiplierRounds) },
        .init(name: "decomposed_default_time", meaning: "seconds without a time limit", range: 1...1_000_000) { $0.decomposedDefaultTime },
        .init(name: "construction_share", meaning: "share of the time for the first plan", range: 0.05...0.95) { $0.constructionShare },
        .init(name: "seat_filling_share", meaning: "share of the time left for filling seats", range: 0...0.95) { $0.seatFillingShare },
        .init(name: "region_link_km", meaning: "km that join sites into one region", range: 0...100_000) { $0.regionLinkKm },
        .init(name: "likely_teachers_per_seat", meaning: "teachers kept per seat in large blocks", range: 1...1_000) { Double($0.likelyTeachersPerSeat) },
    ]

    /// The names of the tunables outside their ranges (empty when all are valid).
    public func invalidParameters() -> [String] {
        Self.parameters.filter { parameter in
            let value = parameter.value(self)
            return !value.isFinite || !parameter.range.contains(value)
        }.map { "\($0.name) (\($0.meaning)) must lie in \($0.range.lowerBound)...\($0.range.upperBound)" }
    }
}

/// A `SearchTuning` with a value outside its range.
public struct InvalidTuning: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "invalid search tuning: " + problems.joined(separator: "; ") }
}
