import MIP

/// Turns an instance into the aggregated SPEC model. Every hard rule is a constraint and every cost term
/// is in the objective; rows that another row implies are left out (documented at each place).
public struct ModelBuilder {
    public let instance: Instance
    /// Teachers that must not be aggregated (see `TeacherGrouping`).
    public var singletons: Set<Int> = []
    /// Cohorts that stay as they are; the model decides only the rest.
    public var fixed: FixedPart = .empty
    /// Candidates the model may open; nil = all.
    public var scope: (@Sendable (CandidateCohort) -> Bool)? = nil
    /// Quota rows to keep; nil = all. A bound computed block by block keeps only its own block's quotas:
    /// with another block's quota the same shortfall would be counted in every block.
    public var quotaRows: (@Sendable (QuotaRow) -> Bool)? = nil
    /// Teachers who may get new assignments; nil = all. A group joins the model when one of its teachers is in.
    public var teachers: Set<Int>? = nil
    /// Lagrange multipliers of "each teacher's priority reward counts once", in points per teacher: the
    /// reward a teacher earns in this model is lowered by them (see `DecomposedSolve` for the bound).
    public var priorityMultipliers: [Int: Double] = [:]
    /// false: a quota's seats that no teacher of this model can fill are left out of its shortfall. The
    /// objective then drops a constant, so a block of a decomposed solve (region 1 of a city's winter course,
    /// which cannot fill the other regions' seats) is solved to a relative gap of what it decides rather
    /// than of billions of unavoidable shortfall points. Bounds and whole models count them (the default).
    public var countsUnreachableShortfall = true
    /// Adds the rows that lift the LP where a course spreads over fractional cohorts
    /// (`BuildContext.addSoftAwayOpeningRow`). Bounds want them; a plan search's block may not: the rows made
    /// county-tight-away-s1's 1-day teaching course's LP miss its share, and the plan fell back to far worse
    /// (measured with the row over all of a date's programmes alone, before the rows per programme).
    public var liftsSoftAwayRows = true

    public init(instance: Instance, singletons: Set<Int> = [], fixed: FixedPart = .empty,
                scope: (@Sendable (CandidateCohort) -> Bool)? = nil, quotaRows: (@Sendable (QuotaRow) -> Bool)? = nil) {
        self.instance = instance
        self.singletons = singletons
        self.fixed = fixed
        self.scope = scope
        self.quotaRows = quotaRows
    }

    public func build() -> PlanningModel {
        build(layout())
    }

    /// The candidates and groups this builder's model would have, without its rows: enough to size the model.
    public func layout() -> ModelLayout {
        let all = CandidateGenerator(instance: instance).candidates()
        let generated = scope.map { all.filter($0) } ?? all
        let groups = TeacherGrouping.groups(
            of: instance, candidates: generated, singletons: singletons, fixed: fixed,
            rewardDiscount: instance.weights.priority > 0 ? priorityMultipliers.mapValues { $0 / instance.weights.priority } : [:]
        )
        let admitted = teachers
        let eligibility = EligibilityTable(
            instance: instance, groups: groups, candidates: generated,
            admits: { group in admitted.map { !$0.isDisjoint(with: group.teachers) } ?? true }
        )
        let context = BuildContext(instance: instance, groups: groups, fixed: fixed, model: Model(name: "trainplan"))
        // Keep candidates that someone may join and that can open at least once.
        var candidates: [CandidateCohort] = []
        var eligibleGroups: [[Int]] = []
        for (index, candidate) in generated.enumerated() {
            let members = eligibility.groups(for: index)
            guard !members.isEmpty, context.maxOpenings(candidate, eligibleTeachers: members.reduce(0) { $0 + groups[$1].size }) > 0
            else { continue }
            candidates.append(candidate)
            eligibleGroups.append(members)
        }
        return ModelLayout(groups: groups, candidates: candidates, eligibleGroups: eligibleGroups, generatedCandidateCount: all.count)
    }

    /// The model of a layout this builder made (`layout()`).
    public func build(_ layout: ModelLayout) -> PlanningModel {
        let eligibleGroups = layout.eligibleGroups
        var context = BuildContext(instance: instance, groups: layout.groups, fixed: fixed, model: Model(name: "trainplan"))
        context.quotaRows = quotaRows
        context.countsUnreachableShortfall = countsUnreachableShortfall
        context.liftsSoftAwayRows = liftsSoftAwayRows
        context.candidates = layout.candidates
        context.addOpenings(eligibleGroups: eligibleGroups)
        context.addAssignments(eligibleGroups: eligibleGroups)
        context.addCohortSizeRows()
        context.addSiteCohortCountColumns()
        context.addOneCohortPerProgrammeRows()
        context.addOneCohortPerDateRows()
        context.addSiteRows()
        context.addTeamRows()
        context.addQuotaRows()
        context.addSchoolAwayRows()
        context.addPriorityReward()

        return PlanningModel(
            mip: context.model, candidates: layout.candidates, groups: layout.groups, openings: context.openings,
            assignments: context.assignments, shortfalls: context.shortfalls, generatedCandidateCount: layout.generatedCandidateCount,
            priorityReward: context.priorityReward, siteCohortCounts: context.siteCohortCounts
        )
    }
}

/// A quota of the instance: a programme's own (programs.csv) or a sub-quota (quotas.csv row index).
public enum QuotaRow: Hashable, Sendable {
    case programme(Int)
    case subQuota(Int)
}
