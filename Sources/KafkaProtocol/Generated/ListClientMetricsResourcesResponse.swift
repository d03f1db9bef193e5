// generated from clients/ListClientMetricsResourcesResponse.json, do not edit (make regenerate)

import NIOCore

/// ListClientMetricsResourcesResponse: Kafka response (key 74), versions 0, flexible versions 0+.
public struct ListClientMetricsResourcesResponse: KafkaResponse {
    public static let messageName = "ListClientMetricsResourcesResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 74)
    public typealias Request = ListClientMetricsResourcesRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// Each client metrics resource in the response.
    /// Versions 0+.
    public var clientMetricsResources: [ClientMetricsResource] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        clientMetricsResources: [ClientMetricsResource] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.clientMetricsResources = clientMetricsResources
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        writer.buffer.writeKafkaArrayCount(self.clientMetricsResources.count, flexible: flexible)
        for element in self.clientMetricsResources {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListClientMetricsResourcesResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListClientMetricsResourcesResponse.errorCode")
        self.clientMetricsResources = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListClientMetricsResourcesResponse.clientMetricsResources") { elementBuffer in try ClientMetricsResource(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListClientMetricsResourcesResponse")
        }
    }

    /// ClientMetricsResource, in ListClientMetricsResourcesResponse versions 0.
    public struct ClientMetricsResource: ProtocolStruct {
        /// The resource name.
        /// Versions 0+.
        public var name: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ListClientMetricsResourcesResponse.ClientMetricsResource.name")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ListClientMetricsResourcesResponse.ClientMetricsResource.name")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListClientMetricsResourcesResponse.ClientMetricsResource")
            }
        }
    }
}
