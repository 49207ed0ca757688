/// A valid instance and the warnings found while loading it.
public struct LoadedInstance: Sendable {
    public var instance: Instance
    public var warnings: [InstanceIssue]

    public init(instance: Instance, warnings: [InstanceIssue]) {
        self.instance = instance
        self.warnings = warnings
    }
}
