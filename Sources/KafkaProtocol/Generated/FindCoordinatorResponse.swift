// generated from clients/FindCoordinatorResponse.json, do not edit (make regenerate)

import NIOCore

/// FindCoordinatorResponse: Kafka response (key 10), versions 0-6, flexible versions 3+.
public struct FindCoordinatorResponse: KafkaResponse {
    public static let messageName = "FindCoordinatorResponse"
    public static let validVersions = VersionRange(0, 6)
    public static let flexibleVersions = VersionRange(3, 32767)
    public static let apiKey = ApiKey(rawValue: 10)
    public typealias Request = FindCoordinatorRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0-3.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    /// Versions 1-3, nullable 1-3, ignorable.
    public var errorMessage: String? = ""
    /// The node id.
    /// Versions 0-3.
    public var nodeId: Int32 = 0
    /// The host name.
    /// Versions 0-3.
    public var host: String = ""
    /// The port.
    /// Versions 0-3.
    public var port: Int32 = 0
    /// Each coordinator result in the response
    /// Versions 4+.
    public var coordinators: [Coordinator] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        nodeId: Int32 = 0,
        host: String = "",
        port: Int32 = 0,
        coordinators: [Coordinator] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.nodeId = nodeId
        self.host = host
        self.port = port
        self.coordinators = coordinators
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 3
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        if version <= 3 {
            writer.buffer.writeInteger(self.errorCode)
        }
        if !(version <= 3) && self.errorCode != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "errorCode", version: version)
        }
        if version >= 1 && version <= 3 {
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "FindCoordinatorResponse.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "FindCoordinatorResponse.errorMessage")
            }
        }
        if version <= 3 {
            writer.buffer.writeInteger(self.nodeId)
        }
        if !(version <= 3) && self.nodeId != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "nodeId", version: version)
        }
        if version <= 3 {
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "FindCoordinatorResponse.host")
        }
        if !(version <= 3) && self.host != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "host", version: version)
        }
        if version <= 3 {
            writer.buffer.writeInteger(self.port)
        }
        if !(version <= 3) && self.port != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "port", version: version)
        }
        if version >= 4 {
            writer.buffer.writeKafkaArrayCount(self.coordinators.count, flexible: flexible)
            for element in self.coordinators {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 4) && self.coordinators != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "coordinators", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "FindCoordinatorResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.throttleTimeMs")
        }
        if version <= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FindCoordinatorResponse.errorCode")
        }
        if version >= 1 && version <= 3 {
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "FindCoordinatorResponse.errorMessage")
        }
        if version <= 3 {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.nodeId")
        }
        if version <= 3 {
            self.host = try buffer.readKafkaString(flexible: flexible, "FindCoordinatorResponse.host")
        }
        if version <= 3 {
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.port")
        }
        if version >= 4 {
            self.coordinators = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "FindCoordinatorResponse.coordinators") { elementBuffer in try Coordinator(from: &elementBuffer, version: version) }
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FindCoordinatorResponse")
        }
    }

    /// Coordinator, in FindCoordinatorResponse versions 4-6.
    public struct Coordinator: ProtocolStruct {
        /// The coordinator key.
        /// Versions 4+.
        public var key: String = ""
        /// The node id.
        /// Versions 4+.
        public var nodeId: Int32 = 0
        /// The host name.
        /// Versions 4+.
        public var host: String = ""
        /// The port.
        /// Versions 4+.
        public var port: Int32 = 0
        /// The error code, or 0 if there was no error.
        /// Versions 4+.
        public var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        /// Versions 4+, nullable 4+, ignorable.
        public var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            key: String = "",
            nodeId: Int32 = 0,
            host: String = "",
            port: Int32 = 0,
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.key = key
            self.nodeId = nodeId
            self.host = host
            self.port = port
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.key, flexible: flexible, "FindCoordinatorResponse.Coordinator.key")
            writer.buffer.writeInteger(self.nodeId)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "FindCoordinatorResponse.Coordinator.host")
            writer.buffer.writeInteger(self.port)
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "FindCoordinatorResponse.Coordinator.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "FindCoordinatorResponse.Coordinator.errorMessage")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.key = try buffer.readKafkaString(flexible: flexible, "FindCoordinatorResponse.Coordinator.key")
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.Coordinator.nodeId")
            self.host = try buffer.readKafkaString(flexible: flexible, "FindCoordinatorResponse.Coordinator.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.Coordinator.port")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FindCoordinatorResponse.Coordinator.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "FindCoordinatorResponse.Coordinator.errorMessage")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "FindCoordinatorResponse.Coordinator")
            }
        }
    }
}
