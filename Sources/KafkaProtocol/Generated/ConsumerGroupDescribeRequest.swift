// generated from clients/ConsumerGroupDescribeRequest.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupDescribeRequest: Kafka request (key 69), versions 0, flexible versions 0+.
public struct ConsumerGroupDescribeRequest: KafkaRequest {
    public static let messageName = "ConsumerGroupDescribeRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 69)
    public typealias Response = ConsumerGroupDescribeResponse

    /// The ids of the groups to describe
    /// Versions 0+.
    public var groupIds: [String] = []
    /// Whether to include authorized operations.
    /// Versions 0+.
    public var includeAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupIds: [String] = [],
        includeAuthorizedOperations: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupIds = groupIds
        self.includeAuthorizedOperations = includeAuthorizedOperations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.groupIds.count, flexible: flexible)
        for element in self.groupIds {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ConsumerGroupDescribeRequest.groupIds")
        }
        writer.buffer.writeKafkaBool(self.includeAuthorizedOperations)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.groupIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupDescribeRequest.groupIds") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ConsumerGroupDescribeRequest.groupIds") }
        self.includeAuthorizedOperations = try buffer.readKafkaBool("ConsumerGroupDescribeRequest.includeAuthorizedOperations")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupDescribeRequest")
        }
    }
}
