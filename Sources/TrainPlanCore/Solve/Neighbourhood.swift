/// Blocks re-solved together with every other block's cohorts fixed, and the most columns their model may
/// have (nil = any).
struct Neighbourhood {
    /// Indices in `Decomposition.blocks`: what the search keys its bookkeeping by (names come from user ids
    /// and may repeat).
    let blocks: [Int]
    let parts: [SolveBlock]
    let columnLimit: Int?

    init(_ blocks: [Int], in decomposition: Decomposition, columnLimit: Int?) {
        self.blocks = blocks
        parts = blocks.map { decomposition.blocks[$0] }
        self.columnLimit = columnLimit
    }

    var key: [Int] { blocks }
    var name: String { parts.map(\.name).joined(separator: "+") }
}

/// The improvement schedule of a decomposed solve, as data: the kinds of neighbourhood in the order they are
/// walked, each pass of `DecomposedSolve.improve` going through all of them.
enum NeighbourhoodKind: CaseIterable {
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
        let lists: [[Int]]
        var limit: Int? = pairs
        switch self {
        case .singleBlocks: lists = decomposition.blocks.indices.map { [$0] }; limit = nil
        case .regionPairs: lists = decomposition.regionPairs
        case .competingBlocks: lists = decomposition.competingBlockPairs
        case .wholeProgrammes: lists = decomposition.wholeProgrammes()
        case .competingProgrammes: lists = decomposition.competingProgrammes; limit = tuning.wholeModelColumnLimit * scale
        case .everything: lists = [Array(decomposition.blocks.indices)]
        }
        return lists.map { Neighbourhood($0, in: decomposition, columnLimit: limit) }
    }
}
