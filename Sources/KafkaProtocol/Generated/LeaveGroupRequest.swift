// generated from clients/LeaveGroupRequest.json, do not edit (make regenerate)

import NIOCore

/// LeaveGroupRequest: Kafka request (key 13), versions 0-5, flexible versions 4+.
public struct LeaveGroupRequest: KafkaRequest {
    public static let messageName = "LeaveGroupRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 13)
    public typealias Response = LeaveGroupResponse

    /// The ID of the group to leave.
    /// Versions 0+.
    public var groupId: String = ""
    /// The member ID to remove from the group.
    /// Versions 0-2.
    public var memberId: String = ""
    /// List of leaving member identities.
    /// Versions 3+.
    public var members: [MemberIdentity] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        memberId: String = "",
        members: [MemberIdentity] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.memberId = memberId
        self.members = members
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "LeaveGroupRequest.groupId")
        if version <= 2 {
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "LeaveGroupRequest.memberId")
        }
        if !(version <= 2) && self.memberId != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupRequest", field: "memberId", version: version)
        }
        if version >= 3 {
            writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
            for element in self.members {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 3) && self.members != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupRequest", field: "members", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(flexible: flexible, "LeaveGroupRequest.groupId")
        if version <= 2 {
            self.memberId = try buffer.readKafkaString(flexible: flexible, "LeaveGroupRequest.memberId")
        }
        if version >= 3 {
            self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaveGroupRequest.members") { elementBuffer in try MemberIdentity(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaveGroupRequest")
        }
    }

    /// MemberIdentity, in LeaveGroupRequest versions 3-5.
    public struct MemberIdentity: ProtocolStruct {
        /// The member ID to remove from the group.
        /// Versions 3+.
        public var memberId: String = ""
        /// The group instance ID to remove from the group.
        /// Versions 3+, nullable 3+.
        public var groupInstanceId: String? = nil
        /// The reason why the member left the group.
        /// Versions 5+, nullable 5+, ignorable.
        public var reason: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            groupInstanceId: String? = nil,
            reason: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.reason = reason
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "LeaveGroupRequest.MemberIdentity.memberId")
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "LeaveGroupRequest.MemberIdentity.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "LeaveGroupRequest.MemberIdentity.groupInstanceId")
            }
            if version >= 5 {
                if let value = self.reason {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "LeaveGroupRequest.MemberIdentity.reason")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "LeaveGroupRequest.MemberIdentity.reason")
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupRequest.MemberIdentity", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(flexible: flexible, "LeaveGroupRequest.MemberIdentity.memberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "LeaveGroupRequest.MemberIdentity.groupInstanceId")
            if version >= 5 {
                self.reason = try buffer.readKafkaNullableString(flexible: flexible, "LeaveGroupRequest.MemberIdentity.reason")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaveGroupRequest.MemberIdentity")
            }
        }
    }
}
