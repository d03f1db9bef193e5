// generated from clients/ControlledShutdownRequest.json, do not edit (make regenerate)

import NIOCore

/// ControlledShutdownRequest: Kafka request (key 7), versions 0-3, flexible versions 3+.
public struct ControlledShutdownRequest: KafkaRequest {
    public static let messageName = "ControlledShutdownRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 7)
    public typealias Response = ControlledShutdownResponse

    /// The id of the broker for which controlled shutdown has been requested.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The broker epoch.
    /// Versions 2+, ignorable.
    public var brokerEpoch: Int64 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        brokerEpoch: Int64 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.brokerEpoch = brokerEpoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        writer.buffer.writeInteger(self.brokerId)
        if version >= 2 {
            writer.buffer.writeInteger(self.brokerEpoch)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ControlledShutdownRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "ControlledShutdownRequest.brokerId")
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "ControlledShutdownRequest.brokerEpoch")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControlledShutdownRequest")
        }
    }
}
