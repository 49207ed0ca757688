/// Blocks re-solved together with every other block's cohorts fixed, and the most columns their model may
/// have (nil = any).
struct Neighbourhood {
    let parts: [SolveBlock]
    let columnLimit: Int?

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
        switch self {
        case .singleBlocks: return decomposition.blocks.map { Neighbourhood(parts: [$0], columnLimit: nil) }
        case .regionPairs: return decomposition.regionPairs.map { Neighbourhood(parts: $0, columnLimit: pairs) }
        case .competingBlocks: return decomposition.competingBlockPairs.map { Neighbourhood(parts: $0, columnLimit: pairs) }
        case .wholeProgrammes: return decomposition.wholeProgrammes().map { Neighbourhood(parts: $0, columnLimit: pairs) }
        case .competingProgrammes:
            return decomposition.competingProgrammes.map { Neighbourhood(parts: $0, columnLimit: tuning.wholeModelColumnLimit * scale) }
        case .everything: return [Neighbourhood(parts: decomposition.blocks, columnLimit: pairs)]
        }
    }
}
