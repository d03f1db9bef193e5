// generated from clients/FindCoordinatorRequest.json, do not edit (make regenerate)

import NIOCore

/// FindCoordinatorRequest: Kafka request (key 10), versions 0-6, flexible versions 3+.
public struct FindCoordinatorRequest: KafkaRequest {
    public static let messageName = "FindCoordinatorRequest"
    public static let validVersions = VersionRange(0, 6)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 10)
    public typealias Response = FindCoordinatorResponse

    /// The coordinator key.
    /// Versions 0-3.
    public var key: String = ""
    /// The coordinator key type. (Group, transaction, etc.)
    /// Versions 1+.
    public var keyType: Int8 = 0
    /// The coordinator keys.
    /// Versions 4+.
    public var coordinatorKeys: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        key: String = "",
        keyType: Int8 = 0,
        coordinatorKeys: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.key = key
        self.keyType = keyType
        self.coordinatorKeys = coordinatorKeys
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version <= 3 {
            try writer.buffer.writeKafkaString(self.key, flexible: flexible, "FindCoordinatorRequest.key")
        }
        if !(version <= 3) && self.key != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorRequest", field: "key", version: version)
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.keyType)
        }
        if !(version >= 1) && self.keyType != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorRequest", field: "keyType", version: version)
        }
        if version >= 4 {
            writer.buffer.writeKafkaArrayCount(self.coordinatorKeys.count, flexible: flexible)
            for element in self.coordinatorKeys {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "FindCoordinatorRequest.coordinatorKeys")
            }
        }
        if !(version >= 4) && self.coordinatorKeys != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorRequest", field: "coordinatorKeys", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version <= 3 {
            self.key = try buffer.readKafkaString(flexible: flexible, "FindCoordinatorRequest.key")
        }
        if version >= 1 {
            self.keyType = try buffer.readKafkaInteger(as: Int8.self, "FindCoordinatorRequest.keyType")
        }
        if version >= 4 {
            self.coordinatorKeys = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FindCoordinatorRequest.coordinatorKeys") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "FindCoordinatorRequest.coordinatorKeys") }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FindCoordinatorRequest")
        }
    }
}
