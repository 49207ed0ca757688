import Foundation

/// Every number that steers how trainplan searches for a plan (not what the plan must be: the SPEC fixes
/// that), with what it means and the values it may take, validated in one place (`validate`). The defaults
/// are what benchmarks/README.md measured; change them there first.
public struct SearchTuning: Sendable, Equatable {
    /// Models up to this many columns are solved whole by GLPK; larger ones are decomposed (whose last stage
    /// solves the whole model from the decomposed plan when it has at most `pairColumnLimit` columns, and a
    /// larger one whose LP is solved when its bound worker is idle). GLPK
    /// found no plan in 60 s on an independent district's whole model of 16k columns.
    public var wholeModelColumnLimit = 8_000
    /// A decomposed solve also bounds with the whole model's LP up to this many columns (after its first
    /// pass by programmes; the LP of an independent county's 66k columns took 14 s), and searches near it.
    public var wholeModelLPColumnLimit = 150_000
    /// Whole models up to this many columns get their LP solved before the bound's multiplier rounds (which
    /// it dominates), larger ones after them: an independent county's LP of 66k columns took 14 s, a
    /// generated county's of 100k did not finish in 40 s.
    public var wholeLPBeforeRoundsColumnLimit = 80_000
    /// Share of the time left that the whole LP may take when it comes before the multiplier rounds.
    public var wholeLPFirstShare = 0.6
    /// After the first rounds, the whole LP comes before more rounds only when its expected time is at most
    /// this share of the time left (expected: the larger of the estimate before the rounds and Σ over the
    /// first pass's programme LPs of their seconds per column, × its columns; an LP's time per column grows
    /// with its size).
    /// district-tight-away-s1's whole LP (46k columns), expected in 29.7 s with 30.7 s left, did not finish,
    /// and the bound stayed at 248,796 where the rounds and integer pass reach 248,813.
    public var wholeLPAfterRoundsShare = 0.5
    /// A block's MIP is restricted to the candidates its LP opens above this many columns.
    public var restrictToLPSupportAbove = 2_000
    /// Share of a block's time left after its LP for LP rounding (`roundedOpenings`: the K candidates the LP
    /// opens most, opened, for a few K), and of a "who" neighbourhood's time for seating teachers in its planned
    /// schedules kept open; 0 = no rounding. The MIP over the LP's support then starts from the rounded plan.
    /// county-tight-away-s1's 368-seat course: 9 → 17 cohorts, the plan 883k → 872k.
    public var roundingShare = 0.4
    /// Neighbourhoods of several blocks (regions of one programme, blocks competing for teachers) are solved
    /// together up to this many columns (their MIP then restricted to the candidates its LP opens).
    public var pairColumnLimit = 60_000
    /// A programme with more columns is bounded by its aggregated relaxation and by column generation
    /// instead of its whole LP (GLPK took 127 s on a city's 国培 LP of 108k columns).
    public var boundLPColumnLimit = 50_000
    /// The programmes of one exclusive group (the 国培 courses) are bounded as one LP while their columns add
    /// up to at most this (and `boundLPColumnLimit`): a county's five 国培 courses (34k columns) gained 0.1 %
    /// of bound together; another county's two courses with its 置换 course (53k) gained nothing and took
    /// 17 s a pass, which cost it rounds.
    public var exclusivePartColumnLimit = 40_000
    /// A programme (of at least `pooledFirstMinimumColumns`, at most `boundLPColumnLimit`) whose pooled-load
    /// relaxation (`PooledLoadRelaxation`) has at most this share of its columns is bounded by that
    /// relaxation's LP first, and by its own LP only when that one does not finish (0: own LP first, always).
    /// district-tight-away-s1's 1-day course: own LP 19.1k columns, 17 s on a quiet machine and unfinished
    /// after 33 s on a busy one; pooled 8.0k columns, 8 s, the same value in every round.
    public var pooledFirstColumnShare = 0.5
    /// Programmes with fewer columns keep their own LP first (it takes a second or less; the pooled LP may
    /// be below it).
    public var pooledFirstMinimumColumns = 10_000
    /// In the first pass the own LP of a programme bounded by its pooled LP first gets this many times the
    /// pooled LP's seconds (at least 1 s): finished above the pooled LP, it bounds the programme instead.
    public var pooledFirstCheckFactor = 2.0
    /// The first multiplier round is expected to take this share of the first pass's seconds (later rounds as
    /// long as the last one); a round starts only when it is expected to end within the time. Its LPs start
    /// from the first pass's bases: county-tight-away-s1's rounds took 8.0–8.4 s after a first pass of 36.7 s
    /// (0.23), county-s2's 4 s after 17 s. Expected as long as the first pass (30.5 s with 29.5 s left), no
    /// round ran there and its 1-day course's pooled LP, stopped in the first pass, never went on with the
    /// multipliers: gap 0.85 %; with 0.35 the first round finishes it: 0.32 % and 0.38 % in single runs,
    /// 0.60 % in a class run (before the soft limits of 0 made that LP fast).
    public var firstRoundPassShare = 0.35
    /// Subgradient rounds on the priority multipliers of a decomposed bound (at most; see
    /// `multiplierRoundLeastGain`). district-loose-quotas-s1's rounds gained until the 23rd, which proved its
    /// plan optimal (at 20: 1.01e-4). A county's bound worker gets through about 4 in its 60 s.
    public var multiplierRounds = 40
    /// The rounds stop once a few in a row (`multiplierSmallGainsToStop`) raise the bound by less than this share of it (county-guopei-s1's rounds
    /// 4 to 8 gained 27, 15, 15, 7 and 7 points of 830k; the exclusive groups' merged LP, which waits for the
    /// rounds, about 1,000).
    public var multiplierRoundLeastGain = 1e-4
    /// How many rounds in a row below `multiplierRoundLeastGain` end the rounds (`multiplier_round_least_gain`
    /// 0 aside).
    public var multiplierSmallGainsToStop = 2
    /// A worker without the whole LP goes on with the rounds while they gain at all, and ends them after this
    /// many rounds in a row below the best: near the optimum the steps zigzag (when rounds after the whole LP
    /// ran so too, two in a row below the best stopped district-loose-quotas-s1 4 points short of the bound
    /// that proved its plan optimal).
    public var multiplierRoundsBelowBestToStop = 5
    /// Seconds for a decomposed solve when the user gives no limit.
    public var decomposedDefaultTime: Double = 120
    /// Share of the time limit for building the first plan block by block.
    public var constructionShare = 0.45
    /// Most of the time left that filling seats may take before costs are optimised.
    public var seatFillingShare = 0.5
    /// Sites of a programme closer than this (km, chained) form one region planned as one block.
    public var regionLinkKm: Double = 30
    /// Seconds a neighbourhood other than a single block (several blocks, a programme's "when" or "who"), or a
    /// single block GLPK has not yet finished (`Construction.unfinishedBlocks`),
    /// needs at the least; it is started only with one more than that left:
    /// building such a model and starting its LP take seconds that GLPK's time limit does not cover (a
    /// county's 60k-column pair started with 2 s left ended 14 s past the limit).
    public var neighbourhoodMinimumSeconds: Double = 5
    /// Seconds a programme's "when" or "who" neighbourhood gets (doubled with each larger scale of the search,
    /// never more than the time left). A county's 368-seat teaching-day course needs about 5 s of its 60. A
    /// share of the time left instead (10 %) gave a city's "when" models 20–38 s each: they used 220 s of its
    /// 384 s improvement stage, ending at their time limit for gains of 15k each, where its single blocks
    /// gain 200k in 130 s.
    public var programmeMoveSeconds: Double = 5
    /// Every new plan is reseated (`DecomposedSolve.reseat`) when that leaves at most this many columns free;
    /// a larger reseating only when a pass of the neighbourhoods gains nothing. GLPK solved
    /// district-tight-away-s1's (10.8k free) at its root in under a second; a county's (27–28k of 100–130k)
    /// ended at its 5 s each time without a gain: one at 40.6 s on county-tight-quotas-s1 pushed the move
    /// that fills its last two seats (53.6 s) past the time limit.
    public var reseatColumnLimit = 15_000
    /// Share of the time left that a neighbourhood of several blocks gets (regions, competing blocks, whole
    /// programmes, competing programmes; at least 5 s; doubled with each larger scale of the search).
    public var largeNeighbourhoodShare = 0.25
    /// Share of the time left that the neighbourhood of every block at once gets (at least 5 s; doubled with
    /// each larger scale). It comes last in a pass, once every smaller neighbourhood is solved. Ended by its
    /// time limit it is solved again, from scratch, only with half as many seconds again as it had (at a
    /// larger scale or after a new plan): above a share of about 0.4 that never happens at the same plan.
    /// district-guopei-s1's (10k columns over its LP's support) needs about 19 s: with a quarter (12 s at 11 s)
    /// its plan was proven optimal at 44–50 s (at its second try) or not at all, with half at 27–28 s.
    public var everythingShare = 0.5
    /// Share of the time left that the search near the whole LP gets for one programme (the others as
    /// planned), and the least seconds: GLPK finishes these models in 0.4–2 s on an independent county.
    public var relaxationSearchProgrammeShare = 0.1
    public var relaxationSearchProgrammeMinimumSeconds: Double = 2
    /// Share of the time left that the search near the whole LP across every programme gets (at least
    /// `neighbourhood_minimum_seconds`; twice the last one's seconds after a search that ran out of time
    /// without a better plan): its 8–9k free columns end at their time limit on a county.
    public var relaxationSearchShare = 0.2
    /// Seconds left needed to start a search near the whole LP: it restricts the whole model already built
    /// (a quicker build than a neighbourhood's), so it needs less than `neighbourhood_minimum_seconds`, whose
    /// wait left county-b's last 5 s unused (it ended at 55.2 s of 60 with its gap open).
    public var relaxationSearchSecondsLeft: Double = 2
    /// A block of a programme with many more eligible teachers than seats is planned over its likeliest
    /// teachers only: this many per seat (and per sub-quota seat), cheapest first.
    public var likelyTeachersPerSeat = 6
    /// A block's "more dates" neighbourhoods (`NeighbourhoodKind.scheduleSlices`) each offer the planned
    /// schedules and a slice of the others of about this many candidates: small enough for GLPK to solve at
    /// once where the whole block is not.
    public var scheduleSliceCandidates = 8
    /// Share of the time left that one pass's "more dates" neighbourhoods may take together; the next pass
    /// goes on with the slices after the last one solved. With half, county-tight-away-s1's slices took 20 s
    /// of which only the first gained, and its plan depended on whether its single blocks still had the last
    /// seconds (2.39–4.39 % over three runs); with a quarter, 2.39 % twice.
    public var scheduleSlicesShare = 0.25
    /// Seconds for the second solve of a construction block whose own solve found no plan, from its cohorts
    /// in the known plan and over their schedules only. county-tight-away-s1's 368-seat course takes 1.2 s
    /// on a quiet minute and more than 2 s on a busy one (its plan then ended at 15.7 % instead of 2.7 %
    /// in two runs; 5 s was not measured on such a minute).
    public var fallbackBlockSeconds: Double = 2
    /// The bound's integer pass (`integerPass`): MIPs of at most this many columns, each for at most this
    /// many seconds, the pass taking at most this share of the time left. county-loose-quotas-s1's 送教 学区
    /// blocks have 700–1,900 columns and take 0.1–0.2 s each.
    public var integerBoundColumnLimit = 10_000
    public var integerBoundBlockSeconds: Double = 3
    public var integerBoundShare = 0.3

    public init() {}

    /// One tunable: its name (for `--tune NAME=VALUE`), meaning, allowed range, and whether it is a count.
    public struct Parameter {
        public let name: String
        public let meaning: String
        public let range: ClosedRange<Double>
        public let isCount: Bool
        let keyPath: WritableKeyPath<SearchTuning, Double>?
        let countPath: WritableKeyPath<SearchTuning, Int>?

        init(_ name: String, _ meaning: String, _ range: ClosedRange<Double>, count: WritableKeyPath<SearchTuning, Int>) {
            (self.name, self.meaning, self.range, isCount, keyPath, countPath) = (name, meaning, range, true, nil, count)
        }

        init(_ name: String, _ meaning: String, _ range: ClosedRange<Double>, value: WritableKeyPath<SearchTuning, Double>) {
            (self.name, self.meaning, self.range, isCount, keyPath, countPath) = (name, meaning, range, false, value, nil)
        }

        func value(in tuning: SearchTuning) -> Double {
            if let keyPath { return tuning[keyPath: keyPath] }
            return Double(tuning[keyPath: countPath!])
        }
    }

    /// Every tunable with its range.
    nonisolated(unsafe) public static let parameters: [Parameter] = [
        .init("whole_model_column_limit", "largest model solved whole", 0...10_000_000, count: \.wholeModelColumnLimit),
        .init("whole_model_lp_column_limit", "largest whole model whose LP bounds a decomposed solve", 0...10_000_000, count: \.wholeModelLPColumnLimit),
        .init("whole_lp_before_rounds_column_limit", "largest whole model whose LP comes before the multiplier rounds", 0...10_000_000, count: \.wholeLPBeforeRoundsColumnLimit),
        .init("whole_lp_first_share", "share of the time left for a whole LP before the rounds", 0.05...1, value: \.wholeLPFirstShare),
        .init("whole_lp_after_rounds_share", "largest share of the time left the whole LP may be expected to take before more rounds", 0.05...1, value: \.wholeLPAfterRoundsShare),
        .init("restrict_to_lp_support_above", "block size above which its MIP keeps the LP's candidates only", 0...10_000_000, count: \.restrictToLPSupportAbove),
        .init("rounding_share", "share of a large block's time after its LP for opening the candidates the LP opens most", 0...0.95, value: \.roundingShare),
        .init("pair_column_limit", "largest neighbourhood of several blocks", 0...10_000_000, count: \.pairColumnLimit),
        .init("bound_lp_column_limit", "largest programme LP in the bound", 0...10_000_000, count: \.boundLPColumnLimit),
        .init("exclusive_part_column_limit", "largest exclusive group bounded as one LP", 0...10_000_000, count: \.exclusivePartColumnLimit),
        .init("pooled_first_column_share", "largest share of a programme's columns at which its pooled-load LP bounds it first", 0...1, value: \.pooledFirstColumnShare),
        .init("pooled_first_minimum_columns", "fewest columns of a programme whose pooled-load LP may bound it first", 0...10_000_000, count: \.pooledFirstMinimumColumns),
        .init("pooled_first_check_factor", "times the pooled LP's seconds the own LP gets in the first pass to show it bounds more", 0...100, value: \.pooledFirstCheckFactor),
        .init("first_round_pass_share", "share of the first pass's seconds the first multiplier round is expected to take", 0.05...1, value: \.firstRoundPassShare),
        .init("multiplier_rounds", "subgradient rounds of the bound", 0...100, count: \.multiplierRounds),
        .init("multiplier_round_least_gain", "share of the bound a multiplier round must gain for the next", 0...1, value: \.multiplierRoundLeastGain),
        .init("multiplier_small_gains_to_stop", "multiplier rounds in a row below the least gain that end the rounds", 1...100, count: \.multiplierSmallGainsToStop),
        .init("multiplier_rounds_below_best_to_stop", "multiplier rounds in a row below the best that end rounds going on while they gain", 1...100, count: \.multiplierRoundsBelowBestToStop),
        .init("decomposed_default_time", "seconds without a time limit", 1...1_000_000, value: \.decomposedDefaultTime),
        .init("construction_share", "share of the time for the first plan", 0.05...0.95, value: \.constructionShare),
        .init("seat_filling_share", "share of the time left for filling seats", 0...0.95, value: \.seatFillingShare),
        .init("region_link_km", "km that join sites into one region", 0...100_000, value: \.regionLinkKm),
        .init("neighbourhood_minimum_seconds", "seconds left needed to start a neighbourhood other than one finished block", 0...3_600, value: \.neighbourhoodMinimumSeconds),
        .init("reseat_column_limit", "largest reseating (free columns) run for every new plan", 0...10_000_000, count: \.reseatColumnLimit),
        .init("programme_move_seconds", "seconds for a programme's \"when\" or \"who\"", 0.5...3_600, value: \.programmeMoveSeconds),
        .init("large_neighbourhood_share", "share of the time left for a neighbourhood of several blocks (not every block at once)", 0.01...1, value: \.largeNeighbourhoodShare),
        .init("everything_share", "share of the time left for the neighbourhood of every block", 0.01...1, value: \.everythingShare),
        .init("relaxation_search_programme_share", "share of the time left for the search near the LP in one programme", 0...1, value: \.relaxationSearchProgrammeShare),
        .init("relaxation_search_programme_minimum_seconds", "least seconds for the search near the LP in one programme", 0.5...3_600, value: \.relaxationSearchProgrammeMinimumSeconds),
        .init("relaxation_search_share", "share of the time left for the search near the LP across programmes", 0...1, value: \.relaxationSearchShare),
        .init("relaxation_search_seconds_left", "seconds left needed to start a search near the LP", 0...3_600, value: \.relaxationSearchSecondsLeft),
        .init("likely_teachers_per_seat", "teachers kept per seat in large blocks", 1...1_000, count: \.likelyTeachersPerSeat),
        .init("schedule_slice_candidates", "candidates offered beside the planned ones in a \"more dates\" neighbourhood", 1...100_000, count: \.scheduleSliceCandidates),
        .init("schedule_slices_share", "share of the time left for one pass's \"more dates\" neighbourhoods", 0...1, value: \.scheduleSlicesShare),
        .init("fallback_block_seconds", "seconds for a construction block's second solve over its known cohorts' schedules", 0.5...3_600, value: \.fallbackBlockSeconds),
        .init("integer_bound_column_limit", "largest MIP in the bound's integer pass", 0...10_000_000, count: \.integerBoundColumnLimit),
        .init("integer_bound_block_seconds", "seconds for one MIP of the bound's integer pass", 0.5...3_600, value: \.integerBoundBlockSeconds),
        .init("integer_bound_share", "share of the time left for the bound's integer pass", 0...1, value: \.integerBoundShare),
    ]

    /// What is wrong with the values (empty when every one lies in its range).
    public func issues() -> [InvalidTuning.Issue] {
        Self.parameters.compactMap { parameter in
            let value = parameter.value(in: self)
            return value.isFinite && parameter.range.contains(value) ? nil : .outOfRange(parameter.rangeDescription)
        }
    }

    /// The tuning with `NAME=VALUE` applied; throws `InvalidTuning` for an unknown name or a value outside
    /// its range (or not a whole number for a count).
    public func setting(_ assignment: String) throws -> SearchTuning {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { throw InvalidTuning(issues: [.notAnAssignment(String(assignment.prefix(80)))]) }
        guard let parameter = Self.parameters.first(where: { $0.name == parts[0] }) else {
            throw InvalidTuning(issues: [.unknown(String(parts[0].prefix(80)))])
        }
        guard let value = Double(parts[1]), value.isFinite, parameter.range.contains(value),
              !parameter.isCount || value == value.rounded()
        else { throw InvalidTuning(issues: [.outOfRange(parameter.rangeDescription)]) }
        var copy = self
        if let keyPath = parameter.keyPath { copy[keyPath: keyPath] = value } else { copy[keyPath: parameter.countPath!] = Int(value) }
        return copy
    }

    /// The tunables that differ from the defaults, as `name=value` (stamped on plans: they change the result).
    public var changes: [String: String] {
        let defaults = SearchTuning()
        var changed: [String: String] = [:]
        for parameter in Self.parameters where parameter.value(in: self) != parameter.value(in: defaults) {
            let value = parameter.value(in: self)
            changed["tune." + parameter.name] = parameter.isCount ? String(Int(value)) : "\(value)"
        }
        return changed
    }
}

extension SearchTuning.Parameter {
    var rangeDescription: InvalidTuning.Range {
        let bounds = isCount ? "\(Int(range.lowerBound))...\(Int(range.upperBound))" : "\(range.lowerBound)...\(range.upperBound)"
        return InvalidTuning.Range(name: name, meaning: meaning, bounds: bounds, isCount: isCount)
    }
}

/// `--tune` values that cannot be used: an unknown name, or a value outside its range.
public struct InvalidTuning: Error, CustomStringConvertible {
    public struct Range: Sendable {
        let name, meaning, bounds: String
        let isCount: Bool
    }

    public enum Issue: Sendable {
        case notAnAssignment(String), unknown(String), outOfRange(Range)

        public func message(_ language: Language) -> String {
            switch self {
            case .notAnAssignment(let text):
                language.pick("“\(Echo.value(text))”不是 名称=数值 的形式", "'\(Echo.value(text))' is not NAME=VALUE")
            case .unknown(let name):
                language.pick("未知的搜索参数“\(Echo.value(name))”；可用：", "unknown tunable '\(Echo.value(name))'; known: ")
                    + SearchTuning.parameters.map(\.name).joined(separator: ", ")
            case .outOfRange(let range):
                language.pick(
                    "\(range.name)（\(range.meaning)）须为 \(range.bounds) 之间的\(range.isCount ? "整数" : "数")",
                    "\(range.name) (\(range.meaning)) must be \(range.isCount ? "a whole number" : "a number") in \(range.bounds)"
                )
            }
        }
    }

    public let issues: [Issue]
    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        language.pick("搜索参数无效：", "invalid search tuning: ") + issues.map { $0.message(language) }.joined(separator: language.pick("；", "; "))
    }
}
