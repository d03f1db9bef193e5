// generated from clients/ListGroupsResponse.json, do not edit (make regenerate)

import NIOCore

/// ListGroupsResponse: Kafka response (key 16), versions 0-5, flexible versions 3+.
public struct ListGroupsResponse: KafkaResponse {
    public static let messageName = "ListGroupsResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 16)
    public typealias Request = ListGroupsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Each group in the response.
    /// Versions 0+.
    public var groups: [ListedGroup] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        groups: [ListedGroup] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.groups = groups
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
        for element in self.groups {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListGroupsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListGroupsResponse.throttleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListGroupsResponse.errorCode")
        self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListGroupsResponse.groups") { elementBuffer in try ListedGroup(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListGroupsResponse")
        }
    }

    /// ListedGroup, in ListGroupsResponse versions 0-5.
    public struct ListedGroup: ProtocolStruct {
        /// The group ID.
        /// Versions 0+.
        public var groupId: String = ""
        /// The group protocol type.
        /// Versions 0+.
        public var protocolType: String = ""
        /// The group state name.
        /// Versions 4+, ignorable.
        public var groupState: String = ""
        /// The group type name.
        /// Versions 5+, ignorable.
        public var groupType: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            groupId: String = "",
            protocolType: String = "",
            groupState: String = "",
            groupType: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.groupId = groupId
            self.protocolType = protocolType
            self.groupState = groupState
            self.groupType = groupType
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 3
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ListGroupsResponse.ListedGroup.groupId")
            try writer.buffer.writeKafkaString(self.protocolType, flexible: flexible, "ListGroupsResponse.ListedGroup.protocolType")
            if version >= 4 {
                try writer.buffer.writeKafkaString(self.groupState, flexible: flexible, "ListGroupsResponse.ListedGroup.groupState")
            }
            if version >= 5 {
                try writer.buffer.writeKafkaString(self.groupType, flexible: flexible, "ListGroupsResponse.ListedGroup.groupType")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "ListGroupsResponse.ListedGroup", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 3
            self.groupId = try buffer.readKafkaString(flexible: flexible, "ListGroupsResponse.ListedGroup.groupId")
            self.protocolType = try buffer.readKafkaString(flexible: flexible, "ListGroupsResponse.ListedGroup.protocolType")
            if version >= 4 {
                self.groupState = try buffer.readKafkaString(flexible: flexible, "ListGroupsResponse.ListedGroup.groupState")
            }
            if version >= 5 {
                self.groupType = try buffer.readKafkaString(flexible: flexible, "ListGroupsResponse.ListedGroup.groupType")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListGroupsResponse.ListedGroup")
            }
        }
    }
}
