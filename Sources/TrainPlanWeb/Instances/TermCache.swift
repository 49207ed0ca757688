import Foundation
import TrainPlanCore

/// Loaded instances and plan folders. An uploaded term and a finished plan never change, so each is loaded
/// once and kept (the few most recent), which keeps the participant search quick while a planner types.
actor TermCache {
    private let paths: DataPaths
    private static let kept = 4
    private var instances: [(id: Int64, instance: Instance)] = []
    private var plans: [(id: Int64, contents: PlanFolderReader.Contents)] = []

    init(paths: DataPaths) { self.paths = paths }

    func instance(_ id: Int64) throws -> Instance {
        if let hit = instances.first(where: { $0.id == id }) { return hit.instance }
        let instance = try InstanceLoader.load(path: paths.instanceSource(id).path).instance
        instances = [(id, instance)] + instances.prefix(Self.kept - 1)
        return instance
    }

    /// The plan folder a job wrote, read against its term's instance.
    func plan(_ solve: SolveRecord) throws -> PlanFolderReader.Contents {
        if let hit = plans.first(where: { $0.id == solve.id! }) { return hit.contents }
        let contents = try PlanFolderReader(instance: try instance(solve.instanceId)).read(directory: paths.plan(solve.id!).path)
        if solve.status.isOver { plans = [(solve.id!, contents)] + plans.prefix(4 * Self.kept - 1) }
        return contents
    }
}
