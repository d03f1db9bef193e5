/// One change for IncrementalAlterConfigs (Kafka AlterConfigOp, KIP-339).
public struct AlterConfigOp: Sendable, Equatable {
    /// The operation, by wire value.
    public enum OpType: Int8, Sendable {
        case set = 0
        case delete = 1
        /// Add to a list-valued config.
        case append = 2
        /// Remove from a list-valued config.
        case subtract = 3
    }

    public var name: String
    public var value: String?
    public var operation: OpType

    public init(name: String, value: String?, operation: OpType) {
        self.name = name
        self.value = value
        self.operation = operation
    }

    public static func set(_ name: String, _ value: String) -> AlterConfigOp {
        .init(name: name, value: value, operation: .set)
    }
    public static func delete(_ name: String) -> AlterConfigOp { .init(name: name, value: nil, operation: .delete) }
}
