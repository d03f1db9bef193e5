// generated from clients/ApiVersionsRequest.json, do not edit (make regenerate)

import NIOCore

/// ApiVersionsRequest: Kafka request (key 18), versions 0-4, flexible versions 3+.
public struct ApiVersionsRequest: KafkaRequest {
    public static let messageName = "ApiVersionsRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 18)
    public typealias Response = ApiVersionsResponse

    /// The name of the client.
    /// Versions 3+, ignorable.
    public var clientSoftwareName: String = ""
    /// The version of the client.
    /// Versions 3+, ignorable.
    public var clientSoftwareVersion: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clientSoftwareName: String = "",
        clientSoftwareVersion: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clientSoftwareName = clientSoftwareName
        self.clientSoftwareVersion = clientSoftwareVersion
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version >= 3 {
            try writer.buffer.writeKafkaString(self.clientSoftwareName, flexible: flexible, "ApiVersionsRequest.clientSoftwareName")
        }
        if version >= 3 {
            try writer.buffer.writeKafkaString(self.clientSoftwareVersion, flexible: flexible, "ApiVersionsRequest.clientSoftwareVersion")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ApiVersionsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version >= 3 {
            self.clientSoftwareName = try buffer.readKafkaString(flexible: flexible, "ApiVersionsRequest.clientSoftwareName")
        }
        if version >= 3 {
            self.clientSoftwareVersion = try buffer.readKafkaString(flexible: flexible, "ApiVersionsRequest.clientSoftwareVersion")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ApiVersionsRequest")
        }
    }
}
