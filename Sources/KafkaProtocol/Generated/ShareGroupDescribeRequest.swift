// generated from clients/ShareGroupDescribeRequest.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupDescribeRequest: Kafka request (key 77), versions 0, flexible versions 0+.
/// The latest version is unstable (latestVersionUnstable).
public struct ShareGroupDescribeRequest: KafkaRequest {
    public static let messageName = "ShareGroupDescribeRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 77)
    public typealias Response = ShareGroupDescribeResponse

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
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ShareGroupDescribeRequest.groupIds")
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
        self.groupIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupDescribeRequest.groupIds") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ShareGroupDescribeRequest.groupIds") }
        self.includeAuthorizedOperations = try buffer.readKafkaBool("ShareGroupDescribeRequest.includeAuthorizedOperations")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeRequest")
        }
    }
}
