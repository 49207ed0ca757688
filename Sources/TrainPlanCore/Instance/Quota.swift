/// A sub-quota of a programme for one district or school (quotas.csv).
public struct Quota: Sendable {
    public enum Scope: String, Sendable {
        case district, school
    }

    public var program: String
    public var scope: Scope
    public var scopeID: String
    /// Elastic minimum (shortfall is paid for).
    public var min: Int
    /// Hard maximum; nil = none.
    public var max: Int?

    public init(program: String, scope: Scope, scopeID: String, min: Int = 0, max: Int? = nil) {
        self.program = program
        self.scope = scope
        self.scopeID = scopeID
        self.min = min
        self.max = max
    }
}
