// generated from metadata/RegisterBrokerRecord.json, do not edit (make regenerate)

import NIOCore

/// RegisterBrokerRecord: Kafka metadata (key 0), versions 0-3, flexible versions 0+.
public struct RegisterBrokerRecord: ProtocolMessage {
    public static let messageName = "RegisterBrokerRecord"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 0

    /// The broker id.
    /// Versions 0+.
    public var brokerId: Int32 = 0
    /// True if the broker is a ZK broker in migration mode. Otherwise, false
    /// Versions 2+.
    public var isMigratingZkBroker: Bool = false
    /// The incarnation ID of the broker process
    /// Versions 0+.
    public var incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The broker epoch assigned by the controller.
    /// Versions 0+.
    public var brokerEpoch: Int64 = 0
    /// The endpoints that can be used to communicate with this broker.
    /// Versions 0+.
    public var endPoints: [BrokerEndpoint] = []
    /// The features on this broker
    /// Versions 0+.
    public var features: [BrokerFeature] = []
    /// The broker rack.
    /// Versions 0+, nullable 0+.
    public var rack: String? = ""
    /// True if the broker is fenced.
    /// Versions 0+.
    public var fenced: Bool = true
    /// True if the broker is in controlled shutdown.
    /// Versions 1+.
    public var inControlledShutdown: Bool = false
    /// Log directories configured in this broker which are available.
    /// Versions 3+, tag 0 in 3+.
    public var logDirs: [KafkaProtocol.Uuid] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        brokerId: Int32 = 0,
        isMigratingZkBroker: Bool = false,
        incarnationId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        brokerEpoch: Int64 = 0,
        endPoints: [BrokerEndpoint] = [],
        features: [BrokerFeature] = [],
        rack: String? = "",
        fenced: Bool = true,
        inControlledShutdown: Bool = false,
        logDirs: [KafkaProtocol.Uuid] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.brokerId = brokerId
        self.isMigratingZkBroker = isMigratingZkBroker
        self.incarnationId = incarnationId
        self.brokerEpoch = brokerEpoch
        self.endPoints = endPoints
        self.features = features
        self.rack = rack
        self.fenced = fenced
        self.inControlledShutdown = inControlledShutdown
        self.logDirs = logDirs
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.brokerId)
        if version >= 2 {
            writer.buffer.writeKafkaBool(self.isMigratingZkBroker)
        }
        if !(version >= 2) && self.isMigratingZkBroker != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "RegisterBrokerRecord", field: "isMigratingZkBroker", version: version)
        }
        writer.buffer.writeKafkaUuid(self.incarnationId)
        writer.buffer.writeInteger(self.brokerEpoch)
        writer.buffer.writeKafkaArrayCount(self.endPoints.count, flexible: flexible)
        for element in self.endPoints {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.features.count, flexible: flexible)
        for element in self.features {
            try element.write(to: &writer, version: version)
        }
        if let value = self.rack {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "RegisterBrokerRecord.rack")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "RegisterBrokerRecord.rack")
        }
        writer.buffer.writeKafkaBool(self.fenced)
        if version >= 1 {
            writer.buffer.writeKafkaBool(self.inControlledShutdown)
        }
        if !(version >= 1) && self.inControlledShutdown != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "RegisterBrokerRecord", field: "inControlledShutdown", version: version)
        }
        if !(version >= 3) && self.logDirs != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "RegisterBrokerRecord", field: "logDirs", version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 3, self.logDirs != [] {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeKafkaArrayCount(self.logDirs.count, flexible: true)
                for element in self.logDirs {
                    fieldWriter.buffer.writeKafkaUuid(element)
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "RegisterBrokerRecord.brokerId")
        if version >= 2 {
            self.isMigratingZkBroker = try buffer.readKafkaBool("RegisterBrokerRecord.isMigratingZkBroker")
        }
        self.incarnationId = try buffer.readKafkaUuid("RegisterBrokerRecord.incarnationId")
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "RegisterBrokerRecord.brokerEpoch")
        self.endPoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "RegisterBrokerRecord.endPoints") { elementBuffer in try BrokerEndpoint(from: &elementBuffer, version: version) }
        self.features = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "RegisterBrokerRecord.features") { elementBuffer in try BrokerFeature(from: &elementBuffer, version: version) }
        self.rack = try buffer.readKafkaNullableString(flexible: flexible, "RegisterBrokerRecord.rack")
        self.fenced = try buffer.readKafkaBool("RegisterBrokerRecord.fenced")
        if version >= 1 {
            self.inControlledShutdown = try buffer.readKafkaBool("RegisterBrokerRecord.inControlledShutdown")
        }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("RegisterBrokerRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("RegisterBrokerRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 3:
                    self.logDirs = try fieldBuffer.readKafkaArray(flexible: true, minimumElementSize: 16, "RegisterBrokerRecord.logDirs") { elementBuffer in try elementBuffer.readKafkaUuid("RegisterBrokerRecord.logDirs") }
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// BrokerEndpoint, in RegisterBrokerRecord versions 0-3.
    public struct BrokerEndpoint: ProtocolStruct {
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "RegisterBrokerRecord.BrokerEndpoint.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "RegisterBrokerRecord.BrokerEndpoint.host")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "RegisterBrokerRecord.BrokerEndpoint.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "RegisterBrokerRecord.BrokerEndpoint.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "RegisterBrokerRecord.BrokerEndpoint.port")
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self, "RegisterBrokerRecord.BrokerEndpoint.securityProtocol")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RegisterBrokerRecord.BrokerEndpoint")
            }
        }
    }

    /// BrokerFeature, in RegisterBrokerRecord versions 0-3.
    public struct BrokerFeature: ProtocolStruct {
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "RegisterBrokerRecord.BrokerFeature.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "RegisterBrokerRecord.BrokerFeature.name")
            self.minSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "RegisterBrokerRecord.BrokerFeature.minSupportedVersion")
            self.maxSupportedVersion = try buffer.readKafkaInteger(as: Int16.self, "RegisterBrokerRecord.BrokerFeature.maxSupportedVersion")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "RegisterBrokerRecord.BrokerFeature")
            }
        }
    }
}

extension Array where Element == RegisterBrokerRecord.BrokerEndpoint {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == RegisterBrokerRecord.BrokerFeature {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
