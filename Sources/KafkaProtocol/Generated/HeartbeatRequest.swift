// generated from clients/HeartbeatRequest.json, do not edit (make regenerate)

import NIOCore

/// HeartbeatRequest: Kafka request (key 12), versions 0-4, flexible versions 4+.
public struct HeartbeatRequest: KafkaRequest {
    public static let messageName = "HeartbeatRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 12)
    public typealias Response = HeartbeatResponse

    /// The group id.
    /// Versions 0+.
    public var groupId: String = ""
    /// The generation of the group.
    /// Versions 0+.
    public var generationId: Int32 = 0
    /// The member ID.
    /// Versions 0+.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    /// Versions 3+, nullable 3+.
    public var groupInstanceId: String? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        generationId: Int32 = 0,
        memberId: String = "",
        groupInstanceId: String? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.generationId = generationId
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "HeartbeatRequest.groupId")
        writer.buffer.writeInteger(self.generationId)
        try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "HeartbeatRequest.memberId")
        if version >= 3 {
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "HeartbeatRequest.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "HeartbeatRequest.groupInstanceId")
            }
        }
        if !(version >= 3) && self.groupInstanceId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "HeartbeatRequest", field: "groupInstanceId", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "HeartbeatRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(flexible: flexible, "HeartbeatRequest.groupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self, "HeartbeatRequest.generationId")
        self.memberId = try buffer.readKafkaString(flexible: flexible, "HeartbeatRequest.memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "HeartbeatRequest.groupInstanceId")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "HeartbeatRequest")
        }
    }
}
