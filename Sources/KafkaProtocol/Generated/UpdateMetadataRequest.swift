// generated from clients/UpdateMetadataRequest.json, do not edit (make regenerate)

import NIOCore

/// UpdateMetadataRequest: Kafka request (key 6), versions 0-8, flexible versions 6+.
public struct UpdateMetadataRequest: KafkaRequest {
    public static let messageName = "UpdateMetadataRequest"
    public static let validVersions = VersionRange(0, 8)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 6)
    public typealias Response = UpdateMetadataResponse

    /// The controller id.
    /// Versions 0+.
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    /// Versions 8+.
    public var isKRaftController: Bool = false
    /// Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866
    /// Versions 8+, tag 0 in 8+.
    public var type: Int8 = 0
    /// The controller epoch.
    /// Versions 0+.
    public var controllerEpoch: Int32 = 0
    /// The broker epoch.
    /// Versions 5+, ignorable.
    public var brokerEpoch: Int64 = -1
    /// In older versions of this RPC, each partition that we would like to update.
    /// Versions 0-4.
    public var ungroupedPartitionStates: [UpdateMetadataPartitionState] = []
    /// In newer versions of this RPC, each topic that we would like to update.
    /// Versions 5+.
    public var topicStates: [UpdateMetadataTopicState] = []
    /// LiveBrokers
    /// Versions 0+.
    public var liveBrokers: [UpdateMetadataBroker] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        controllerId: Int32 = 0,
        isKRaftController: Bool = false,
        type: Int8 = 0,
        controllerEpoch: Int32 = 0,
        brokerEpoch: Int64 = -1,
        ungroupedPartitionStates: [UpdateMetadataPartitionState] = [],
        topicStates: [UpdateMetadataTopicState] = [],
        liveBrokers: [UpdateMetadataBroker] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.controllerId = controllerId
        self.isKRaftController = isKRaftController
        self.type = type
        self.controllerEpoch = controllerEpoch
        self.brokerEpoch = brokerEpoch
        self.ungroupedPartitionStates = ungroupedPartitionStates
        self.topicStates = topicStates
        self.liveBrokers = liveBrokers
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        writer.buffer.writeInteger(self.controllerId)
        if version >= 8 {
            writer.buffer.writeKafkaBool(self.isKRaftController)
        }
        if !(version >= 8) && self.isKRaftController != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest", field: "isKRaftController", version: version)
        }
        if !(version >= 8) && self.type != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest", field: "type", version: version)
        }
        writer.buffer.writeInteger(self.controllerEpoch)
        if version >= 5 {
            writer.buffer.writeInteger(self.brokerEpoch)
        }
        if version <= 4 {
            writer.buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, flexible: flexible)
            for element in self.ungroupedPartitionStates {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 4) && self.ungroupedPartitionStates != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest", field: "ungroupedPartitionStates", version: version)
        }
        if version >= 5 {
            writer.buffer.writeKafkaArrayCount(self.topicStates.count, flexible: flexible)
            for element in self.topicStates {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 5) && self.topicStates != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest", field: "topicStates", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.liveBrokers.count, flexible: flexible)
        for element in self.liveBrokers {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if version >= 8, self.type != 0 {
                var fieldWriter = ProtocolWriter()
                fieldWriter.buffer.writeInteger(self.type)
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.controllerId")
        if version >= 8 {
            self.isKRaftController = try buffer.readKafkaBool("UpdateMetadataRequest.isKRaftController")
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.controllerEpoch")
        if version >= 5 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "UpdateMetadataRequest.brokerEpoch")
        }
        if version <= 4 {
            self.ungroupedPartitionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateMetadataRequest.ungroupedPartitionStates") { elementBuffer in try UpdateMetadataPartitionState(from: &elementBuffer, version: version) }
        }
        if version >= 5 {
            self.topicStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateMetadataRequest.topicStates") { elementBuffer in try UpdateMetadataTopicState(from: &elementBuffer, version: version) }
        }
        self.liveBrokers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateMetadataRequest.liveBrokers") { elementBuffer in try UpdateMetadataBroker(from: &elementBuffer, version: version) }
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("UpdateMetadataRequest tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("UpdateMetadataRequest")
                var fieldBuffer = fieldData
                switch tag {
                case 0 where version >= 8:
                    self.type = try fieldBuffer.readKafkaInteger(as: Int8.self, "UpdateMetadataRequest.type")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// UpdateMetadataTopicState, in UpdateMetadataRequest versions 5-8.
    public struct UpdateMetadataTopicState: ProtocolStruct {
        /// The topic name.
        /// Versions 5+.
        public var topicName: String = ""
        /// The topic id.
        /// Versions 7+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The partition that we would like to update.
        /// Versions 5+.
        public var partitionStates: [UpdateMetadataPartitionState] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitionStates: [UpdateMetadataPartitionState] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.topicId = topicId
            self.partitionStates = partitionStates
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataTopicState.topicName")
            if version >= 7 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitionStates.count, flexible: flexible)
            for element in self.partitionStates {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest.UpdateMetadataTopicState", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.topicName = try buffer.readKafkaString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataTopicState.topicName")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUuid("UpdateMetadataRequest.UpdateMetadataTopicState.topicId")
            }
            self.partitionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateMetadataRequest.UpdateMetadataTopicState.partitionStates") { elementBuffer in try UpdateMetadataPartitionState(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateMetadataRequest.UpdateMetadataTopicState")
            }
        }
    }

    /// UpdateMetadataBroker, in UpdateMetadataRequest versions 0-8.
    public struct UpdateMetadataBroker: ProtocolStruct {
        /// The broker id.
        /// Versions 0+.
        public var id: Int32 = 0
        /// The broker hostname.
        /// Versions 0, ignorable.
        public var v0Host: String = ""
        /// The broker port.
        /// Versions 0, ignorable.
        public var v0Port: Int32 = 0
        /// The broker endpoints.
        /// Versions 1+, ignorable.
        public var endpoints: [UpdateMetadataEndpoint] = []
        /// The rack which this broker belongs to.
        /// Versions 2+, nullable 0+, ignorable.
        public var rack: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            id: Int32 = 0,
            v0Host: String = "",
            v0Port: Int32 = 0,
            endpoints: [UpdateMetadataEndpoint] = [],
            rack: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.id = id
            self.v0Host = v0Host
            self.v0Port = v0Port
            self.endpoints = endpoints
            self.rack = rack
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            writer.buffer.writeInteger(self.id)
            if version <= 0 {
                try writer.buffer.writeKafkaString(self.v0Host, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataBroker.v0Host")
            }
            if version <= 0 {
                writer.buffer.writeInteger(self.v0Port)
            }
            if version >= 1 {
                writer.buffer.writeKafkaArrayCount(self.endpoints.count, flexible: flexible)
                for element in self.endpoints {
                    try element.write(to: &writer, version: version)
                }
            }
            if version >= 2 {
                if let value = self.rack {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataBroker.rack")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataBroker.rack")
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest.UpdateMetadataBroker", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.id = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataBroker.id")
            if version <= 0 {
                self.v0Host = try buffer.readKafkaString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataBroker.v0Host")
            }
            if version <= 0 {
                self.v0Port = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataBroker.v0Port")
            }
            if version >= 1 {
                self.endpoints = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "UpdateMetadataRequest.UpdateMetadataBroker.endpoints") { elementBuffer in try UpdateMetadataEndpoint(from: &elementBuffer, version: version) }
            }
            if version >= 2 {
                self.rack = try buffer.readKafkaNullableString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataBroker.rack")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateMetadataRequest.UpdateMetadataBroker")
            }
        }
    }

    /// UpdateMetadataEndpoint, in UpdateMetadataRequest versions 1-8.
    public struct UpdateMetadataEndpoint: ProtocolStruct {
        /// The port of this endpoint
        /// Versions 1+.
        public var port: Int32 = 0
        /// The hostname of this endpoint
        /// Versions 1+.
        public var host: String = ""
        /// The listener name.
        /// Versions 3+, ignorable.
        public var listener: String = ""
        /// The security protocol type.
        /// Versions 1+.
        public var securityProtocol: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            port: Int32 = 0,
            host: String = "",
            listener: String = "",
            securityProtocol: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.port = port
            self.host = host
            self.listener = listener
            self.securityProtocol = securityProtocol
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            writer.buffer.writeInteger(self.port)
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataEndpoint.host")
            if version >= 3 {
                try writer.buffer.writeKafkaString(self.listener, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataEndpoint.listener")
            }
            writer.buffer.writeInteger(self.securityProtocol)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest.UpdateMetadataEndpoint", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.port = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataEndpoint.port")
            self.host = try buffer.readKafkaString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataEndpoint.host")
            if version >= 3 {
                self.listener = try buffer.readKafkaString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataEndpoint.listener")
            }
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self, "UpdateMetadataRequest.UpdateMetadataEndpoint.securityProtocol")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateMetadataRequest.UpdateMetadataEndpoint")
            }
        }
    }

    /// UpdateMetadataPartitionState, in UpdateMetadataRequest versions 0-8.
    public struct UpdateMetadataPartitionState: ProtocolStruct {
        /// In older versions of this RPC, the topic name.
        /// Versions 0-4, ignorable.
        public var topicName: String = ""
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The controller epoch.
        /// Versions 0+.
        public var controllerEpoch: Int32 = 0
        /// The ID of the broker which is the current partition leader.
        /// Versions 0+.
        public var leader: Int32 = 0
        /// The leader epoch of this partition.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// The brokers which are in the ISR for this partition.
        /// Versions 0+.
        public var isr: [Int32] = []
        /// The Zookeeper version.
        /// Versions 0+.
        public var zkVersion: Int32 = 0
        /// All the replicas of this partition.
        /// Versions 0+.
        public var replicas: [Int32] = []
        /// The replicas of this partition which are offline.
        /// Versions 4+, ignorable.
        public var offlineReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            partitionIndex: Int32 = 0,
            controllerEpoch: Int32 = 0,
            leader: Int32 = 0,
            leaderEpoch: Int32 = 0,
            isr: [Int32] = [],
            zkVersion: Int32 = 0,
            replicas: [Int32] = [],
            offlineReplicas: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.controllerEpoch = controllerEpoch
            self.leader = leader
            self.leaderEpoch = leaderEpoch
            self.isr = isr
            self.zkVersion = zkVersion
            self.replicas = replicas
            self.offlineReplicas = offlineReplicas
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 6
            if version <= 4 {
                try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "UpdateMetadataRequest.UpdateMetadataPartitionState.topicName")
            }
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.controllerEpoch)
            writer.buffer.writeInteger(self.leader)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeKafkaArrayCount(self.isr.count, flexible: flexible)
            for element in self.isr {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeInteger(self.zkVersion)
            writer.buffer.writeKafkaArrayCount(self.replicas.count, flexible: flexible)
            for element in self.replicas {
                writer.buffer.writeInteger(element)
            }
            if version >= 4 {
                writer.buffer.writeKafkaArrayCount(self.offlineReplicas.count, flexible: flexible)
                for element in self.offlineReplicas {
                    writer.buffer.writeInteger(element)
                }
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "UpdateMetadataRequest.UpdateMetadataPartitionState", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            if version <= 4 {
                self.topicName = try buffer.readKafkaString(flexible: flexible, "UpdateMetadataRequest.UpdateMetadataPartitionState.topicName")
            }
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.partitionIndex")
            self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.controllerEpoch")
            self.leader = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.leader")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.leaderEpoch")
            self.isr = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "UpdateMetadataRequest.UpdateMetadataPartitionState.isr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.isr") }
            self.zkVersion = try buffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.zkVersion")
            self.replicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "UpdateMetadataRequest.UpdateMetadataPartitionState.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.replicas") }
            if version >= 4 {
                self.offlineReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "UpdateMetadataRequest.UpdateMetadataPartitionState.offlineReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "UpdateMetadataRequest.UpdateMetadataPartitionState.offlineReplicas") }
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "UpdateMetadataRequest.UpdateMetadataPartitionState")
            }
        }
    }
}
