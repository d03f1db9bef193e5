// generated from clients/DeleteGroupsRequest.json, do not edit (make regenerate)

import NIOCore

/// DeleteGroupsRequest: Kafka request (key 42), versions 0-2, flexible versions 2+.
public struct DeleteGroupsRequest: KafkaRequest {
    public static let messageName = "DeleteGroupsRequest"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 42)
    public typealias Response = DeleteGroupsResponse

    /// The group names to delete.
    /// Versions 0+.
    public var groupsNames: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupsNames: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupsNames = groupsNames
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.groupsNames.count, flexible: flexible)
        for element in self.groupsNames {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "DeleteGroupsRequest.groupsNames")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteGroupsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.groupsNames = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteGroupsRequest.groupsNames") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DeleteGroupsRequest.groupsNames") }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteGroupsRequest")
        }
    }
}
