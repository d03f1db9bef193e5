// generated from clients/UnregisterBrokerRequest.json, do not edit (make regenerate)

import NIOCore

/// UnregisterBrokerRequest: Kafka request (key 64), versions 0, flexible versions 0+.
public struct UnregisterBrokerRequest: KafkaRequest {
    public static let messageName = "UnregisterBrokerRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 64)
    public typealias Response = UnregisterBrokerResponse

    /// The broker ID to unregister.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "UnregisterBrokerRequest.brokerId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UnregisterBrokerRequest")
        }
    }
}
