// generated from clients/AddRaftVoterRequest.json, do not edit (make regenerate)

import NIOCore

/// AddRaftVoterRequest: Kafka request (key 80), versions 0, flexible versions 0+.
public struct AddRaftVoterRequest: KafkaRequest {
    public static let messageName = "AddRaftVoterRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 80)
    public typealias Response = AddRaftVoterResponse

    /// ClusterId
    /// Versions 0+, nullable 0+.
    public var clusterId: String? = ""
    /// TimeoutMs
    /// Versions 0+.
    public var timeoutMs: Int32 = 0
    /// The replica id of the voter getting added to the topic partition
    /// Versions 0+.
    public var voterId: Int32 = 0
    /// The directory id of the voter getting added to the topic partition
    /// Versions 0+.
    public var voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The endpoints that can be used to communicate with the voter
    /// Versions 0+.
    public var listeners: [Listener] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        clusterId: String? = "",
        timeoutMs: Int32 = 0,
        voterId: Int32 = 0,
        voterDirectoryId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        listeners: [Listener] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.clusterId = clusterId
        self.timeoutMs = timeoutMs
        self.voterId = voterId
        self.voterDirectoryId = voterDirectoryId
        self.listeners = listeners
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.clusterId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "AddRaftVoterRequest.clusterId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "AddRaftVoterRequest.clusterId")
        }
        writer.buffer.writeInteger(self.timeoutMs)
        writer.buffer.writeInteger(self.voterId)
        writer.buffer.writeKafkaUuid(self.voterDirectoryId)
        writer.buffer.writeKafkaArrayCount(self.listeners.count, flexible: flexible)
        for element in self.listeners {
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
        self.clusterId = try buffer.readKafkaNullableString(flexible: flexible, "AddRaftVoterRequest.clusterId")
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "AddRaftVoterRequest.timeoutMs")
        self.voterId = try buffer.readKafkaInteger(as: Int32.self, "AddRaftVoterRequest.voterId")
        self.voterDirectoryId = try buffer.readKafkaUuid("AddRaftVoterRequest.voterDirectoryId")
        self.listeners = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AddRaftVoterRequest.listeners") { elementBuffer in try Listener(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddRaftVoterRequest")
        }
    }

    /// Listener, in AddRaftVoterRequest versions 0.
    public struct Listener: ProtocolStruct {
        /// The name of the endpoint
        /// Versions 0+, map key.
        public var name: String = ""
        /// The hostname
        /// Versions 0+.
        public var host: String = ""
        /// The port
        /// Versions 0+.
        public var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            host: String = "",
            port: UInt16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.host = host
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AddRaftVoterRequest.Listener.name")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "AddRaftVoterRequest.Listener.host")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "AddRaftVoterRequest.Listener.name")
            self.host = try buffer.readKafkaString(flexible: flexible, "AddRaftVoterRequest.Listener.host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self, "AddRaftVoterRequest.Listener.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AddRaftVoterRequest.Listener")
            }
        }
    }
}

extension Array where Element == AddRaftVoterRequest.Listener {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
