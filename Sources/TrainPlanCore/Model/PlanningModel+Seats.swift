import MIP

extension PlanningModel {
    /// The same rules with "quota seats left unfilled" as the whole objective, one point a seat. Its LP is a
    /// lower bound on the seats any plan leaves short (`SeatBound`), and its MIP is what a decomposed solve
    /// fills seats with before costs count: any plan that fills every fillable seat is optimal here, so GLPK
    /// stops at the first one instead of weighing kilometres against teaching days.
    func seatsOnly() -> PlanningModel {
        var copy = self
        for index in copy.mip.variables.indices where copy.mip.variables[index].cost != 0 {
            copy.mip.setCost(Variable(index: index), 0)
        }
        copy.mip.objectiveConstant = 0
        for shortfall in shortfalls { copy.mip.setCost(shortfall, 1) }
        return copy
    }

}
