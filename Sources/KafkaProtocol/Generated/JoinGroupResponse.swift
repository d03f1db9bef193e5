// generated from clients/JoinGroupResponse.json, do not edit (make regenerate)

import NIOCore

/// JoinGroupResponse: Kafka response (key 11), versions 0-9, flexible versions 6+.
public struct JoinGroupResponse: KafkaResponse {
    public static let messageName = "JoinGroupResponse"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 11)
    public typealias Request = JoinGroupRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 2+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The generation ID of the group.
    /// Versions 0+.
    public var generationId: Int32 = -1
    /// The group protocol name.
    /// Versions 7+, nullable 7+, ignorable.
    public var protocolType: String? = nil
    /// The group protocol selected by the coordinator.
    /// Versions 0+, nullable 7+.
    public var protocolName: String? = ""
    /// The leader of the group.
    /// Versions 0+.
    public var leader: String = ""
    /// True if the leader must skip running the assignment.
    /// Versions 9+.
    public var skipAssignment: Bool = false
    /// The member ID assigned by the group coordinator.
    /// Versions 0+.
    public var memberId: String = ""
    /// Members
    /// Versions 0+.
    public var members: [JoinGroupResponseMember] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        generationId: Int32 = -1,
        protocolType: String? = nil,
        protocolName: String? = "",
        leader: String = "",
        skipAssignment: Bool = false,
        memberId: String = "",
        members: [JoinGroupResponseMember] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.generationId = generationId
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.leader = leader
        self.skipAssignment = skipAssignment
        self.memberId = memberId
        self.members = members
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        if version >= 2 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeInteger(self.generationId)
        if version >= 7 {
            if let value = self.protocolType {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "JoinGroupResponse.protocolType")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "JoinGroupResponse.protocolType")
            }
        }
        if let value = self.protocolName {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "JoinGroupResponse.protocolName")
        } else if version >= 7 {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "JoinGroupResponse.protocolName")
        } else {
            throw ProtocolEncodingError.nullNotAllowed(message: "JoinGroupResponse", field: "protocolName", version: version)
        }
        try writer.buffer.writeKafkaString(self.leader, flexible: flexible, "JoinGroupResponse.leader")
        if version >= 9 {
            writer.buffer.writeKafkaBool(self.skipAssignment)
        }
        if !(version >= 9) && self.skipAssignment != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupResponse", field: "skipAssignment", version: version)
        }
        try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "JoinGroupResponse.memberId")
        writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
        for element in self.members {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupResponse.throttleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "JoinGroupResponse.errorCode")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupResponse.generationId")
        if version >= 7 {
            self.protocolType = try buffer.readKafkaNullableString(flexible: flexible, "JoinGroupResponse.protocolType")
        }
        self.protocolName = try version >= 7 ? buffer.readKafkaNullableString(flexible: flexible, "JoinGroupResponse.protocolName") : buffer.readKafkaString(flexible: flexible, "JoinGroupResponse.protocolName")
        self.leader = try buffer.readKafkaString(flexible: flexible, "JoinGroupResponse.leader")
        if version >= 9 {
            self.skipAssignment = try buffer.readKafkaBool("JoinGroupResponse.skipAssignment")
        }
        self.memberId = try buffer.readKafkaString(flexible: flexible, "JoinGroupResponse.memberId")
        self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "JoinGroupResponse.members") { elementBuffer in try JoinGroupResponseMember(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "JoinGroupResponse")
        }
    }

    /// JoinGroupResponseMember, in JoinGroupResponse versions 0-9.
    public struct JoinGroupResponseMember: ProtocolStruct {
        /// The group member ID.
        /// Versions 0+.
        public var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        /// Versions 5+, nullable 5+, ignorable.
        public var groupInstanceId: String? = nil
        /// The group member metadata.
        /// Versions 0+.
        public var metadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            groupInstanceId: String? = nil,
            metadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.metadata = metadata
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.memberId")
            if version >= 5 {
                if let value = self.groupInstanceId {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.groupInstanceId")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.groupInstanceId")
                }
            }
            writer.buffer.writeKafkaBytes(self.metadata, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupResponse.JoinGroupResponseMember", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.memberId = try buffer.readKafkaString(flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.memberId")
            if version >= 5 {
                self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.groupInstanceId")
            }
            self.metadata = try buffer.readKafkaBytes(flexible: flexible, "JoinGroupResponse.JoinGroupResponseMember.metadata")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "JoinGroupResponse.JoinGroupResponseMember")
            }
        }
    }
}
