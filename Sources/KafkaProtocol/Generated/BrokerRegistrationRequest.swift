// generated from clients/BrokerRegistrationRequest.json, do not edit (make regenerate)

import NIOCore

/// BrokerRegistrationRequest: Kafka request (key 62), versions 0-4, flexible versions 0+.
public struct BrokerRegistrationRequest: KafkaRequest {
    public static let messageName = "BrokerRegistrationRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 62)
    public typealias Response = BrokerRegistrationResponse

    /// The broker ID.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// The cluster id of the broker process.
    /// Versions 0+.
    public var clusterId: String = ""
    /// The incarnation id of the broker process.
    /// Versions 0+.
    public var incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The listeners of this broker
    /// Versions 0+.
    public var listeners: [Listener] = []
    /// The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    /// Versions 0+.
    public var features: [Feature] = []
    /// The rack which this broker is in.
    /// Versions 0+, nullable 0+.
    public var rack: String? = ""
    /// If the required configurations for ZK migration are present, this value is set to true
    /// Versions 1+.
    public var isMigratingZkBroker: Bool = false
    /// Log directories configured in this broker which are available.
    /// Versions 2+, ignorable.
    public var logDirs: [KafkaProtocol.Uuid] = []
    /// The epoch before a clean shutdown.
    /// Versions 3+, ignorable.
    public var previousBrokerEpoch: Int64 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        clusterId: String = "",
        incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        listeners: [Listener] = [],
        features: [Feature] = [],
        rack: String? = "",
        isMigratingZkBroker: Bool = false,
        logDirs: [KafkaProtocol.Uuid] = [],
        previousBrokerEpoch: Int64 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.clusterId = clusterId
        self.incarnationId = incarnationId
        self.listeners = listeners
        self.features = features
        self.rack = rack
        self.isMigratingZkBroker = isMigratingZkBroker
        self.logDirs = logDirs
        self.previousBrokerEpoch = previousBrokerEpoch
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        try writer.buffer.writeKafkaString(self.clusterId, flexible: flexible, "BrokerRegistrationRequest.clusterId")
        writer.buffer.writeKafkaUuid(self.incarnationId)
        writer.buffer.writeKafkaArrayCount(self.listeners.count, flexible: flexible)
        for element in self.listeners {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.features.count, flexible: flexible)
        for element in self.features {
            try element.write(to: &writer, version: version)
        }
        if let value = self.rack {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "BrokerRegistrationRequest.rack")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "BrokerRegistrationRequest.rack")
        }
        if version >= 1 {
            writer.buffer.writeKafkaBool(self.isMigratingZkBroker)
        }
        if !(version >= 1) && self.isMigratingZkBroker != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "BrokerRegistrationRequest", field: "isMigratingZkBroker", version: version)
        }
        if version >= 2 {
            writer.buffer.writeKafkaArrayCount(self.logDirs.count, flexible: flexible)
            for element in self.logDirs {
                writer.buffer.writeKafkaUuid(element)
            }
        }
        if version >= 3 {
            writer.buffer.writeInteger(self.previousBrokerEpoch)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "BrokerRegistrationRequest.brokerId")
        self.clusterId = try buffer.readKafkaString(flexible: flexible, "BrokerRegistrationRequest.clusterId")
        self.incarnationId = try buffer.readKafkaUuid("BrokerRegistrationRequest.incarnationId")
        self.listeners = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BrokerRegistrationRequest.listeners") { elementBuffer in try Listener(from: &elementBuffer, version: version) }
        self.features = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "BrokerRegistrationRequest.features") { elementBuffer in try Feature(from: &elementBuffer, version: version) }
        self.rack = try buffer.readKafkaNullableString(flexible: flexible, "BrokerRegistrationRequest.rack")
        if version >= 1 {
            self.isMigratingZkBroker = try buffer.readKafkaBool("BrokerRegistrationRequest.isMigratingZkBroker")
        }
        if version >= 2 {
            self.logDirs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 16, "BrokerRegistrationRequest.logDirs") { elementBuffer in try elementBuffer.readKafkaUuid("BrokerRegistrationRequest.logDirs") }
        }
        if version >= 3 {
            self.previousBrokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "BrokerRegistrationRequest.previousBrokerEpoch")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BrokerRegistrationRequest")
        }
    }

    /// Listener, in BrokerRegistrationRequest versions 0-4.
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "BrokerRegistrationRequest.Listener.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "BrokerRegistrationRequest.Listener.host")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "BrokerRegistrationRequest.Listener.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "BrokerRegistrationRequest.Listener.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "BrokerRegistrationRequest.Listener.port")
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self, "BrokerRegistrationRequest.Listener.securityProtocol")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BrokerRegistrationRequest.Listener")
            }
        }
    }

    /// Feature, in BrokerRegistrationRequest versions 0-4.
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "BrokerRegistrationRequest.Feature.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "BrokerRegistrationRequest.Feature.name")
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "BrokerRegistrationRequest.Feature.minSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "BrokerRegistrationRequest.Feature.maxSupportedVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "BrokerRegistrationRequest.Feature")
            }
        }
    }
}

extension Array where Element == BrokerRegistrationRequest.Listener {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == BrokerRegistrationRequest.Feature {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
