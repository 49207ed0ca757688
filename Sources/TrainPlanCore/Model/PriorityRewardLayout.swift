import MIP

/// Where a model's priority reward sits: after every other row and column, one row per group that earns a
/// reward, followed by that group's columns (one per deficit level). Models of the same blocks built with
/// different priority multipliers (the bound's rounds) differ only here: their groups, candidates and every
/// other row are the same, while the levels follow the multipliers.
public struct PriorityRewardLayout: Sendable, Equatable {
    /// Index of the first column and of the first row of the reward.
    public var firstColumn = 0
    public var firstRow = 0
    /// In model order: the group of each reward row, and how many level columns follow it.
    public var groups: [Group] = []

    public struct Group: Sendable, Equatable {
        public var group: Int
        public var levels: Int
    }

    /// Whether this layout accounts for every row and column of `model` (nothing was added after the reward).
    func covers(_ model: Model) -> Bool {
        firstRow + groups.count == model.constraints.count
            && firstColumn + groups.reduce(0) { $0 + $1.levels } == model.variables.count
    }
}

extension PlanningModel {
    /// `basis`, a basis of `earlier` carried over to this model (`PriorityRewardLayout.carrying`).
    func carrying(_ basis: LPBasis, from earlier: PriorityRewardLayout) -> LPBasis? {
        priorityReward.carrying(basis, from: earlier, to: mip)
    }
}

extension PriorityRewardLayout {
    /// `basis`, a basis of `earlier` (the same blocks, other multipliers), carried over to `mip`, a model with this layout:
    /// every row and column before the reward as it was. A group's reward row and levels (which the
    /// multipliers may have split or merged) hold at most one basic variable, since each level column has
    /// its only coefficient in that row: where they held one, the row's slack is now basic and every level at
    /// 0, which meets the row whatever the levels are; where none, the row stays tight and the levels keep
    /// their bounds by position. So a basis that met every bound still does, or nearly. nil when the models
    /// differ elsewhere or the count does not come out (the solve then starts cold).
    func carrying(_ basis: LPBasis, from earlier: PriorityRewardLayout, to mip: Model) -> LPBasis? {
        let layout = self
        guard layout.firstColumn == earlier.firstColumn, layout.firstRow == earlier.firstRow, layout.covers(mip),
              basis.columns.count == earlier.firstColumn + earlier.groups.reduce(0, { $0 + $1.levels }),
              basis.rows.count == earlier.firstRow + earlier.groups.count
        else { return nil }
        /// Each group's reward part in `basis`: whether it held a basic variable, and its levels' statuses.
        var before: [Int: (basic: Bool, levels: ArraySlice<LPBasis.Status>)] = [:]
        var column = earlier.firstColumn
        for (offset, part) in earlier.groups.enumerated() {
            let levels = basis.columns[column..<column + part.levels]
            before[part.group] = (basis.rows[earlier.firstRow + offset] == .basic || levels.contains(.basic), levels)
            column += part.levels
        }
        var columns = Array(basis.columns[..<layout.firstColumn])
        var rows = Array(basis.rows[..<layout.firstRow])
        for part in layout.groups {
            // A group new to the reward: its slack basic, as in a model's first basis.
            let (basic, levels) = before[part.group] ?? (true, [])
            rows.append(basic ? .basic : .atUpper)
            for level in 0..<part.levels {
                columns.append(!basic && level < levels.count ? levels[levels.startIndex + level] : .atLower)
            }
        }
        let carried = LPBasis(columns: columns, rows: rows, primalFeasible: basis.primalFeasible, dualFeasible: false)
        return carried.fits(mip) ? carried : nil
    }
}
