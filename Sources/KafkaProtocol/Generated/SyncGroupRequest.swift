// generated from clients/SyncGroupRequest.json, do not edit (make regenerate)

import NIOCore

/// SyncGroupRequest: Kafka request (key 14), versions 0-5, flexible versions 4+.
public struct SyncGroupRequest: KafkaRequest {
    public static let messageName = "SyncGroupRequest"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 14)
    public typealias Response = SyncGroupResponse

    /// The unique group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The generation of the group.
    /// Versions 0+.
    public var generationId: Int32 = 0
    /// The member ID assigned by the group.
    /// Versions 0+.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    /// Versions 3+, nullable 3+.
    public var groupInstanceId: String? = nil
    /// The group protocol type.
    /// Versions 5+, nullable 5+, ignorable.
    public var protocolType: String? = nil
    /// The group protocol name.
    /// Versions 5+, nullable 5+, ignorable.
    public var protocolName: String? = nil
    /// Each assignment.
    /// Versions 0+.
    public var assignments: [SyncGroupRequestAssignment] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        generationId: Int32 = 0,
        memberId: String = "",
        groupInstanceId: String? = nil,
        protocolType: String? = nil,
        protocolName: String? = nil,
        assignments: [SyncGroupRequestAssignment] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.generationId = generationId
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.assignments = assignments
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "SyncGroupRequest.groupId")
        writer.buffer.writeInteger(self.generationId)
        try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "SyncGroupRequest.memberId")
        if version >= 3 {
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "SyncGroupRequest.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "SyncGroupRequest.groupInstanceId")
            }
        }
        if !(version >= 3) && self.groupInstanceId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "SyncGroupRequest", field: "groupInstanceId", version: version)
        }
        if version >= 5 {
            if let value = self.protocolType {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "SyncGroupRequest.protocolType")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "SyncGroupRequest.protocolType")
            }
        }
        if version >= 5 {
            if let value = self.protocolName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "SyncGroupRequest.protocolName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "SyncGroupRequest.protocolName")
            }
        }
        writer.buffer.writeKafkaArrayCount(self.assignments.count, flexible: flexible)
        for element in self.assignments {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SyncGroupRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(flexible: flexible, "SyncGroupRequest.groupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "SyncGroupRequest.generationId")
        self.memberId = try buffer.readKafkaString(flexible: flexible, "SyncGroupRequest.memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "SyncGroupRequest.groupInstanceId")
        }
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(flexible: flexible, "SyncGroupRequest.protocolType")
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(flexible: flexible, "SyncGroupRequest.protocolName")
        }
        self.assignments = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "SyncGroupRequest.assignments") { elementBuffer in try SyncGroupRequestAssignment(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "SyncGroupRequest")
        }
    }

    /// SyncGroupRequestAssignment, in SyncGroupRequest versions 0-5.
    public struct SyncGroupRequestAssignment: ProtocolStruct {
        /// The ID of the member to assign.
        /// Versions 0+.
        public var memberId: String = ""
        /// The member assignment.
        /// Versions 0+.
        public var assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.assignment = assignment
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "SyncGroupRequest.SyncGroupRequestAssignment.memberId")
            writer.buffer.writeKafkaBytes(self.assignment, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "SyncGroupRequest.SyncGroupRequestAssignment", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(flexible: flexible, "SyncGroupRequest.SyncGroupRequestAssignment.memberId")
            self.assignment = try buffer.readKafkaBytes(flexible: flexible, "SyncGroupRequest.SyncGroupRequestAssignment.assignment")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "SyncGroupRequest.SyncGroupRequestAssignment")
            }
        }
    }
}
