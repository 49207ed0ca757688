/// Blocks re-solved together with every other block's cohorts fixed, what may change in them, and the most
/// columns their model may have (nil = any).
struct Neighbourhood {
    /// Indices in `Decomposition.blocks`: what the search keys its bookkeeping by (names come from user ids
    /// and may repeat).
    let blocks: [Int]
    let parts: [SolveBlock]
    let columnLimit: Int?
    /// The schedules the blocks' cohorts may take, and the teachers they may take.
    var schedules: BlockSchedules = .all
    var teachers: BlockTeachers = .likely

    init(_ blocks: [Int], in decomposition: Decomposition, columnLimit: Int?) {
        self.blocks = blocks
        parts = blocks.map { decomposition.blocks[$0] }
        self.columnLimit = columnLimit
    }

    /// Two neighbourhoods over the same blocks differ when they free different things.
    struct Key: Hashable {
        let blocks: [Int]
        let schedules: BlockSchedules
        let teachers: BlockTeachers
    }

    var key: Key { Key(blocks: blocks, schedules: schedules, teachers: teachers) }
    var name: String { parts.map(\.name).joined(separator: "+") + Self.label(schedules: schedules, teachers: teachers) }

    /// What a name says about the neighbourhood beyond its blocks (also in the block solves' log lines).
    static func label(schedules: BlockSchedules, teachers: BlockTeachers) -> String {
        schedules.label + (teachers == .planned ? " (planned teachers)" : "")
    }
}

/// The improvement schedule of a decomposed solve, as data: the kinds of neighbourhood in the order they are
/// walked, each pass of `DecomposedSolve.improve` going through all of them.
enum NeighbourhoodKind: CaseIterable {
    /// A programme's cohorts moved in time and between its sites: its planned teachers, every schedule.
    /// With the plan's teachers only, a course too large to re-solve whole (a county's 368-seat teaching-day
    /// course: 20,000–45,000 columns, no plan in its time) becomes a model of a few thousand columns that
    /// spreads its cohorts over dates, so that fewer teachers of one school are away on the same day. Its LP
    /// rounding (`DecomposedSolve.roundedOpenings`) is what opens those dates: county-tight-away-s1's course
    /// went from 9 to 17 cohorts there. First in the pass: after the "more dates" slices (5 s each, no gain
    /// once the rounding opens dates) it came at 46 s of 60, first at 35 s.
    case programmeDates
    /// Who goes to a programme's cohorts as planned: every likely teacher, the schedules the plan uses. With
    /// `programmeDates` it alternates "when" and "who", each a small model where the whole block is large.
    /// With the planned schedules kept open GLPK only seats teachers (`DecomposedSolve.solveBlock`).
    case programmeTeachers
    /// "More dates": one block, every likely teacher, its planned schedules and a slice of the others, one
    /// slice after another. A block whose own solve found no plan keeps the dates of the fallback (the greedy
    /// plan's cohorts), one whose solve ran out of time those its LP's support allowed, and "when" and "who"
    /// only move those cohorts; these small models can open more (a
    /// 2-day teaching course under away caps of one teacher per school needs cohorts on many dates to take
    /// each school's cheapest teachers). `DecomposedSolve.improve` walks them for such blocks only.
    case scheduleSlices
    /// Each block alone.
    case singleBlocks
    /// Two regions of a programme whose seats are shared (they trade seats).
    case regionPairs
    /// Two blocks of different programmes competing for teachers' dates.
    case competingBlocks
    /// All blocks of a programme (they share its quota and its trainer team).
    case wholeProgrammes
    /// Two whole programmes competing for teachers, rooms or teams.
    case competingProgrammes
    /// Every block at once: the whole model, from the current plan, when it fits.
    case everything

    func neighbourhoods(_ decomposition: Decomposition, tuning: SearchTuning, scale: Int) -> [Neighbourhood] {
        let pairs = tuning.pairColumnLimit * scale
        func each(_ lists: [[Int]], limit: Int? = pairs, schedules: BlockSchedules = .all,
                  teachers: BlockTeachers = .likely) -> [Neighbourhood] {
            lists.map {
                var neighbourhood = Neighbourhood($0, in: decomposition, columnLimit: limit)
                neighbourhood.schedules = schedules
                neighbourhood.teachers = teachers
                return neighbourhood
            }
        }
        switch self {
        case .singleBlocks: return each(decomposition.blocks.indices.map { [$0] }, limit: nil)
        case .programmeDates: return each(decomposition.programmesWithDates(), teachers: .planned)
        case .programmeTeachers: return each(decomposition.programmesWithDates(), schedules: .planned)
        case .scheduleSlices:
            // Each block's first slice, then each one's second, and so on: a block of many sites and dates
            // would otherwise hold back the blocks after it.
            let byBlock = decomposition.scheduleSlices.indices.map { block in
                decomposition.scheduleSlices[block].flatMap { each([[block]], schedules: .plannedAnd($0)) }
            }
            let rounds = byBlock.map(\.count).max() ?? 0
            return (0..<rounds).flatMap { round in byBlock.compactMap { round < $0.count ? $0[round] : nil } }
        case .regionPairs: return each(decomposition.regionPairs)
        case .competingBlocks: return each(decomposition.competingBlockPairs)
        case .wholeProgrammes: return each(decomposition.wholeProgrammes())
        case .competingProgrammes: return each(decomposition.competingProgrammes, limit: tuning.wholeModelColumnLimit * scale)
        case .everything: return each([Array(decomposition.blocks.indices)])
        }
    }
}
