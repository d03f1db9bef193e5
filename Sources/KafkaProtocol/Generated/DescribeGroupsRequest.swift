// generated from clients/DescribeGroupsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeGroupsRequest: Kafka request (key 15), versions 0-5, flexible versions 5+.
public struct DescribeGroupsRequest: KafkaRequest {
    public static let messageName = "DescribeGroupsRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(5, 32767)
    public static let apiKey = ApiKey(rawValue: 15)
    public typealias Response = DescribeGroupsResponse

    /// The names of the groups to describe
    /// Versions 0+.
    public var groups: [String] = []
    /// Whether to include authorized operations.
    /// Versions 3+.
    public var includeAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groups: [String] = [],
        includeAuthorizedOperations: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groups = groups
        self.includeAuthorizedOperations = includeAuthorizedOperations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 5
        writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
        for element in self.groups {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "DescribeGroupsRequest.groups")
        }
        if version >= 3 {
            writer.buffer.writeKafkaBool(self.includeAuthorizedOperations)
        }
        if !(version >= 3) && self.includeAuthorizedOperations != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsRequest", field: "includeAuthorizedOperations", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 5
        self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeGroupsRequest.groups") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DescribeGroupsRequest.groups") }
        if version >= 3 {
            self.includeAuthorizedOperations = try buffer.readKafkaBool("DescribeGroupsRequest.includeAuthorizedOperations")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeGroupsRequest")
        }
    }
}
