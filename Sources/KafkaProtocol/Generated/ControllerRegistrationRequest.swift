// generated from clients/ControllerRegistrationRequest.json, do not edit (make regenerate)

import NIOCore

/// ControllerRegistrationRequest: Kafka request (key 70), versions 0, flexible versions 0+.
public struct ControllerRegistrationRequest: KafkaRequest {
    public static let messageName = "ControllerRegistrationRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 70)
    public typealias Response = ControllerRegistrationResponse

    /// The ID of the controller to register.
    /// Versions 0+.
    public var controllerId: Int32 = 0
    /// The controller incarnation ID, which is unique to each process run.
    /// Versions 0+.
    public var incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// Set if the required configurations for ZK migration are present.
    /// Versions 0+.
    public var zkMigrationReady: Bool = false
    /// The listeners of this controller
    /// Versions 0+.
    public var listeners: [Listener] = []
    /// The features on this controller
    /// Versions 0+.
    public var features: [Feature] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        controllerId: Int32 = 0,
        incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        zkMigrationReady: Bool = false,
        listeners: [Listener] = [],
        features: [Feature] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.controllerId = controllerId
        self.incarnationId = incarnationId
        self.zkMigrationReady = zkMigrationReady
        self.listeners = listeners
        self.features = features
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.controllerId)
        writer.buffer.writeKafkaUuid(self.incarnationId)
        writer.buffer.writeKafkaBool(self.zkMigrationReady)
        writer.buffer.writeKafkaArrayCount(self.listeners.count, flexible: flexible)
        for element in self.listeners {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.features.count, flexible: flexible)
        for element in self.features {
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
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "ControllerRegistrationRequest.controllerId")
        self.incarnationId = try buffer.readKafkaUuid("ControllerRegistrationRequest.incarnationId")
        self.zkMigrationReady = try buffer.readKafkaBool("ControllerRegistrationRequest.zkMigrationReady")
        self.listeners = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ControllerRegistrationRequest.listeners") { elementBuffer in try Listener(from: &elementBuffer, version: version) }
        self.features = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ControllerRegistrationRequest.features") { elementBuffer in try Feature(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControllerRegistrationRequest")
        }
    }

    /// Listener, in ControllerRegistrationRequest versions 0.
    public struct Listener: ProtocolStruct {
        /// The name of the endpoint.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The hostname.
        /// Versions 0+.
        public var host: String = ""
        /// The port.
        /// Versions 0+.
        public var port: UInt16 = 0
        /// The security protocol.
        /// Versions 0+.
        public var securityProtocol: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            host: String = "",
            port: UInt16 = 0,
            securityProtocol: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.host = host
            self.port = port
            self.securityProtocol = securityProtocol
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ControllerRegistrationRequest.Listener.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "ControllerRegistrationRequest.Listener.host")
            writer.buffer.writeInteger(self.port)
            writer.buffer.writeInteger(self.securityProtocol)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ControllerRegistrationRequest.Listener.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "ControllerRegistrationRequest.Listener.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "ControllerRegistrationRequest.Listener.port")
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self, "ControllerRegistrationRequest.Listener.securityProtocol")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControllerRegistrationRequest.Listener")
            }
        }
    }

    /// Feature, in ControllerRegistrationRequest versions 0.
    public struct Feature: ProtocolStruct {
        /// The feature name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The minimum supported feature level.
        /// Versions 0+.
        public var minSupportedVersion: Int16 = 0
        /// The maximum supported feature level.
        /// Versions 0+.
        public var maxSupportedVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            minSupportedVersion: Int16 = 0,
            maxSupportedVersion: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.minSupportedVersion = minSupportedVersion
            self.maxSupportedVersion = maxSupportedVersion
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ControllerRegistrationRequest.Feature.name")
            writer.buffer.writeInteger(self.minSupportedVersion)
            writer.buffer.writeInteger(self.maxSupportedVersion)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ControllerRegistrationRequest.Feature.name")
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "ControllerRegistrationRequest.Feature.minSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "ControllerRegistrationRequest.Feature.maxSupportedVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ControllerRegistrationRequest.Feature")
            }
        }
    }
}

extension Array where Element == ControllerRegistrationRequest.Listener {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == ControllerRegistrationRequest.Feature {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
