// generated from clients/LeaveGroupResponse.json, do not edit (make regenerate)

import NIOCore

/// LeaveGroupResponse: Kafka response (key 13), versions 0-5, flexible versions 4+.
public struct LeaveGroupResponse: KafkaResponse {
    public static let messageName = "LeaveGroupResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 13)
    public typealias Request = LeaveGroupRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// List of leaving member responses.
    /// Versions 3+.
    public var members: [MemberResponse] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        members: [MemberResponse] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.members = members
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeInteger(self.errorCode)
        if version >= 3 {
            writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
            for element in self.members {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 3) && self.members != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupResponse", field: "members", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "LeaveGroupResponse.throttleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaveGroupResponse.errorCode")
        if version >= 3 {
            self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaveGroupResponse.members") { elementBuffer in try MemberResponse(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaveGroupResponse")
        }
    }

    /// MemberResponse, in LeaveGroupResponse versions 3-5.
    public struct MemberResponse: ProtocolStruct {
        /// The member ID to remove from the group.
        /// Versions 3+.
        public var memberId: String = ""
        /// The group instance ID to remove from the group.
        /// Versions 3+, nullable 3+.
        public var groupInstanceId: String? = ""
        /// The error code, or 0 if there was no error.
        /// Versions 3+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            groupInstanceId: String? = "",
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "LeaveGroupResponse.MemberResponse.memberId")
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "LeaveGroupResponse.MemberResponse.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "LeaveGroupResponse.MemberResponse.groupInstanceId")
            }
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaveGroupResponse.MemberResponse", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(flexible: flexible, "LeaveGroupResponse.MemberResponse.memberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "LeaveGroupResponse.MemberResponse.groupInstanceId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "LeaveGroupResponse.MemberResponse.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaveGroupResponse.MemberResponse")
            }
        }
    }
}
