// generated from clients/DescribeClusterResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeClusterResponse: Kafka response (key 60), versions 0-1, flexible versions 0+.
public struct DescribeClusterResponse: KafkaResponse {
    public static let messageName = "DescribeClusterResponse"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 60)
    public typealias Request = DescribeClusterRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = nil
    /// The endpoint type that was described. 1=brokers, 2=controllers.
    /// Versions 1+.
    public var endpointType: Int8 = 1
    /// The cluster ID that responding broker belongs to.
    /// Versions 0+.
    public var clusterId: String = ""
    /// The ID of the controller broker.
    /// Versions 0+.
    public var controllerId: Int32 = -1
    /// Each broker in the response.
    /// Versions 0+.
    public var brokers: [DescribeClusterBroker] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    /// Versions 0+.
    public var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = nil,
        endpointType: Int8 = 1,
        clusterId: String = "",
        controllerId: Int32 = -1,
        brokers: [DescribeClusterBroker] = [],
        clusterAuthorizedOperations: Int32 = -2147483648,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.endpointType = endpointType
        self.clusterId = clusterId
        self.controllerId = controllerId
        self.brokers = brokers
        self.clusterAuthorizedOperations = clusterAuthorizedOperations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeClusterResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeClusterResponse.errorMessage")
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.endpointType)
        }
        if !(version >= 1) && self.endpointType != 1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClusterResponse", field: "endpointType", version: version)
        }
        try writer.buffer.writeKafkaString(self.clusterId, flexible: flexible, "DescribeClusterResponse.clusterId")
        writer.buffer.writeInteger(self.controllerId)
        writer.buffer.writeKafkaArrayCount(self.brokers.count, flexible: flexible)
        for element in self.brokers {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.clusterAuthorizedOperations)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeClusterResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeClusterResponse.errorMessage")
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClusterResponse.endpointType")
        }
        self.clusterId = try buffer.readKafkaString(flexible: flexible, "DescribeClusterResponse.clusterId")
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.controllerId")
        self.brokers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeClusterResponse.brokers") { elementBuffer in try DescribeClusterBroker(from: &elementBuffer, version: version) }
        self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.clusterAuthorizedOperations")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClusterResponse")
        }
    }

    /// DescribeClusterBroker, in DescribeClusterResponse versions 0-1.
    public struct DescribeClusterBroker: ProtocolStruct {
        /// The broker ID.
        /// Versions 0+, map key.
        public var brokerId: Int32 = 0
        /// The broker hostname.
        /// Versions 0+.
        public var host: String = ""
        /// The broker port.
        /// Versions 0+.
        public var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        /// Versions 0+, nullable 0+.
        public var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            brokerId: Int32 = 0,
            host: String = "",
            port: Int32 = 0,
            rack: String? = nil,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.brokerId = brokerId
            self.host = host
            self.port = port
            self.rack = rack
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.brokerId)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "DescribeClusterResponse.DescribeClusterBroker.host")
            writer.buffer.writeInteger(self.port)
            if let value = self.rack {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeClusterResponse.DescribeClusterBroker.rack")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeClusterResponse.DescribeClusterBroker.rack")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.DescribeClusterBroker.brokerId")
            self.host = try buffer.readKafkaString(flexible: flexible, "DescribeClusterResponse.DescribeClusterBroker.host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "DescribeClusterResponse.DescribeClusterBroker.port")
            self.rack = try buffer.readKafkaNullableString(flexible: flexible, "DescribeClusterResponse.DescribeClusterBroker.rack")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClusterResponse.DescribeClusterBroker")
            }
        }
    }
}

extension Array where Element == DescribeClusterResponse.DescribeClusterBroker {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(brokerId: Int32) -> Element? {
        self.first { $0.brokerId == brokerId }
    }
}
