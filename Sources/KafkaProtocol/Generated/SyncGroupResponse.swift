// generated from clients/SyncGroupResponse.json, do not edit (make regenerate)

import NIOCore

/// SyncGroupResponse: Kafka response (key 14), versions 0-5, flexible versions 4+.
public struct SyncGroupResponse: KafkaResponse {
    public static let messageName = "SyncGroupResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 14)
    public typealias Request = SyncGroupRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The group protocol type.
    /// Versions 5+, nullable 5+, ignorable.
    public var protocolType: String? = nil
    /// The group protocol name.
    /// Versions 5+, nullable 5+, ignorable.
    public var protocolName: String? = nil
    /// The member assignment.
    /// Versions 0+.
    public var assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        protocolType: String? = nil,
        protocolName: String? = nil,
        assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.protocolType = protocolType
        self.protocolName = protocolName
        self.assignment = assignment
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
        if version >= 5 {
            if let value = self.protocolType {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "SyncGroupResponse.protocolType")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "SyncGroupResponse.protocolType")
            }
        }
        if version >= 5 {
            if let value = self.protocolName {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "SyncGroupResponse.protocolName")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "SyncGroupResponse.protocolName")
            }
        }
        writer.buffer.writeKafkaBytes(self.assignment, flexible: flexible)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "SyncGroupResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "SyncGroupResponse.throttleTimeMs")
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "SyncGroupResponse.errorCode")
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(flexible: flexible, "SyncGroupResponse.protocolType")
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(flexible: flexible, "SyncGroupResponse.protocolName")
        }
        self.assignment = try buffer.readKafkaBytes(flexible: flexible, "SyncGroupResponse.assignment")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "SyncGroupResponse")
        }
    }
}
