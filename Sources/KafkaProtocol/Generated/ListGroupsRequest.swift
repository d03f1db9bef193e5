// generated from clients/ListGroupsRequest.json, do not edit (make regenerate)

import NIOCore

/// ListGroupsRequest: Kafka request (key 16), versions 0-5, flexible versions 3+.
public struct ListGroupsRequest: KafkaRequest {
    public static let messageName = "ListGroupsRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 16)
    public typealias Response = ListGroupsResponse

    /// The states of the groups we want to list. If empty, all groups are returned with their state.
    /// Versions 4+.
    public var statesFilter: [String] = []
    /// The types of the groups we want to list. If empty, all groups are returned with their type.
    /// Versions 5+.
    public var typesFilter: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        statesFilter: [String] = [],
        typesFilter: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.statesFilter = statesFilter
        self.typesFilter = typesFilter
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version >= 4 {
            writer.buffer.writeKafkaArrayCount(self.statesFilter.count, flexible: flexible)
            for element in self.statesFilter {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "ListGroupsRequest.statesFilter")
            }
        }
        if !(version >= 4) && self.statesFilter != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListGroupsRequest", field: "statesFilter", version: version)
        }
        if version >= 5 {
            writer.buffer.writeKafkaArrayCount(self.typesFilter.count, flexible: flexible)
            for element in self.typesFilter {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "ListGroupsRequest.typesFilter")
            }
        }
        if !(version >= 5) && self.typesFilter != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListGroupsRequest", field: "typesFilter", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListGroupsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version >= 4 {
            self.statesFilter = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListGroupsRequest.statesFilter") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ListGroupsRequest.statesFilter") }
        }
        if version >= 5 {
            self.typesFilter = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListGroupsRequest.typesFilter") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ListGroupsRequest.typesFilter") }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListGroupsRequest")
        }
    }
}
