import TrainPlanCore

/// Checks what `summary.json` claims against the recomputed KPIs and objective: status vocabulary,
/// the instance it was made for, objective, bound and gap consistency, and every KPI.
extension PlanSummary {
    func violations(against kpis: PlanKPIs, objective recomputedObjective: Double, instance: Instance) -> [Violation] {
        var violations: [Violation] = []
        guard let status else { return [absent("status")] }
        if !Self.statuses.contains(status) { violations.append(Violation(.unknownStatus(status: status))) }
        // SPEC: the plan carries its input's hash; without it a plan of another instance would pass.
        if let inputHash {
            if !instance.sourceHash.isEmpty, inputHash != instance.sourceHash {
                violations.append(Violation(.otherInstance(written: inputHash, expected: instance.sourceHash)))
            }
        } else if !instance.sourceHash.isEmpty {
            violations.append(absent("input_hash"))
        }
        // Infeasible and error runs carry no solution whose figures could be compared.
        guard claimsSolution else { return violations }

        let fields: [(name: String, value: Double?)] = [
            ("objective", objective), ("bound", bound), ("gap", gap), ("seconds", seconds),
        ]
        violations += fields.filter { $0.value == nil }.map { absent($0.name) }
        if let objective {
            if !approximatelyEqual(objective, recomputedObjective) {
                violations.append(Violation(.kpiMismatch(name: "objective", written: objective,
                                                         recomputed: recomputedObjective)))
            }
            if let bound, !approximatelyAtMost(bound, objective) {
                violations.append(Violation(.boundAboveObjective(bound: bound, objective: objective)))
            }
            if let bound, let gap {
                let expectedGap = (objective - bound) / max(1, abs(objective))
                if !approximatelyEqual(gap, expectedGap) {
                    violations.append(Violation(.gapMismatch(written: gap, recomputed: expectedGap)))
                }
            }
        }
        guard let writtenKPIs = self.kpis else { return violations + [absent("kpis")] }
        return violations + scalarKPIViolations(writtenKPIs, kpis)
            + shortfallByProgramViolations(writtenKPIs["shortfall_by_program"], kpis, instance)
    }

    /// A field the file lacks, or has with a value of the wrong type.
    private func absent(_ field: String) -> Violation {
        Violation(keys.contains(field) ? .summaryFieldOfWrongType(field: field) : .missingSummaryField(field: field))
    }

    private func scalarKPIViolations(_ written: [String: Any], _ kpis: PlanKPIs) -> [Violation] {
        let recomputed: [(name: String, value: Double)] = [
            ("shortfall_total", Double(kpis.shortfallTotal)),
            ("teaching_days_lost", Double(kpis.teachingDaysLost)),
            ("work_study_cost", kpis.workStudyCost),
            ("concentration_cost", kpis.concentrationCost),
            ("travel_km", kpis.travelKm),
            ("cohorts_opened", Double(kpis.cohortsOpened)),
            ("cohort_cost", kpis.cohortCost),
            ("priority_reward", kpis.priorityReward),
        ]
        return recomputed.compactMap { name, value in
            guard let writtenValue = Self.number(written[name]) else { return Violation(.kpiMissing(name: name)) }
            return approximatelyEqual(writtenValue, value)
                ? nil : Violation(.kpiMismatch(name: name, written: writtenValue, recomputed: value))
        }
    }

    private func shortfallByProgramViolations(_ written: Any?, _ kpis: PlanKPIs, _ instance: Instance) -> [Violation] {
        guard let written = written as? [String: Any] else {
            return [Violation(.kpiMissing(name: "shortfall_by_program"))]
        }
        var violations: [Violation] = instance.programmes.compactMap { programme in
            let name = "shortfall_by_program.\(programme.id)"
            let recomputed = Double(kpis.shortfallByProgram[programme.id] ?? 0)
            guard let writtenValue = Self.number(written[programme.id]) else { return Violation(.kpiMissing(name: name)) }
            return approximatelyEqual(writtenValue, recomputed)
                ? nil : Violation(.kpiMismatch(name: name, written: writtenValue, recomputed: recomputed))
        }
        let known = Set(instance.programmes.map(\.id))
        violations += written.keys.filter { !known.contains($0) }.sorted().map {
            Violation(.unknownKPIProgramme(programme: $0))
        }
        return violations
    }
}
