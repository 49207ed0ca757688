/// Reseating: who goes where, every programme at once, with every cohort the plan opens kept open and no
/// other. The blocks' neighbourhoods fix the other blocks' teachers by name, so a teacher never moves
/// between programmes, nor trades places with one of the same school and load planned elsewhere; here the
/// whole model (teacher groups, not names) is solved with only its openings fixed. With the openings fixed
/// its LP is nearly integral: on district-tight-away-s1 GLPK solved it at the root in 0.8 s (10k of 46k
/// columns free) and took the plan from 248,849 to 248,831, which no block neighbourhood reached in 60 s.
extension DecomposedSolve {
    /// Reseats the plan in `whole` for at most `seconds`; returns whether the solve finished (the plan is
    /// then the best reseating of its cohorts).
    @discardableResult
    func reseat(_ incumbent: inout Incumbent, _ whole: PlanningModel, seconds: Double, bound: BoundThread) -> Bool {
        // The gap is of the whole plan's objective: at the user's 1e-4 GLPK would stop at the start as soon as
        // the bound on reseating lies within 25 of a 248,849 plan (the gain above was 17). The reseating's LP is
        // nearly integral, so proving its optimum costs little; the stop at a plan the bound proves still holds.
        searchWholeModel(&incumbent, whole, named: "reseating", seconds: seconds, gap: 0, bound: bound) { model, plan in
            model.keepingOpenings(plan)
        }.finished
    }
}

extension PlanningModel {
    /// The columns reseating `plan` leaves free.
    func reseatingColumns(_ plan: Plan) -> Int {
        mip.variables.count - keepingOpenings(startingValues(for: plan)).count
    }

    /// Every opening at the plan's value (`plan`: values of this model's columns), and every assignment to a
    /// candidate the plan does not open at 0: what is left free is who joins the plan's cohorts. The site
    /// cohort counts stay free (their rows fix them): fixed as well, GLPK ended district-tight-away-s1's
    /// reseating at its 5 s limit, where it solves it at the root.
    func keepingOpenings(_ plan: [Double]) -> [Int: Double] {
        var fixed: [Int: Double] = [:]
        for opening in openings { fixed[opening.index] = plan[opening.index] }
        for assignment in assignments where plan[openings[assignment.candidate].index] < 0.5 {
            fixed[assignment.variable.index] = 0
        }
        return fixed
    }
}
