// generated from clients/LeaderAndIsrRequest.json, do not edit (make regenerate)

import NIOCore

/// LeaderAndIsrRequest: Kafka request (key 4), versions 0-7, flexible versions 4+.
public struct LeaderAndIsrRequest: KafkaRequest {
    public static let messageName = "LeaderAndIsrRequest"
    public static let validVersions = VersionRange(0, 7)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 4)
    public typealias Response = LeaderAndIsrResponse

    /// The current controller ID.
    /// Versions 0+.
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    /// Versions 7+.
    public var isKRaftController: Bool = false
    /// The current controller epoch.
    /// Versions 0+.
    public var controllerEpoch: Int32 = 0
    /// The current broker epoch.
    /// Versions 2+, ignorable.
    public var brokerEpoch: Int64 = -1
    /// The type that indicates whether all topics are included in the request
    /// Versions 5+.
    public var type: Int8 = 0
    /// The state of each partition, in a v0 or v1 message.
    /// Versions 0-1.
    public var ungroupedPartitionStates: [LeaderAndIsrPartitionState] = []
    /// Each topic.
    /// Versions 2+.
    public var topicStates: [LeaderAndIsrTopicState] = []
    /// The current live leaders.
    /// Versions 0+.
    public var liveLeaders: [LeaderAndIsrLiveLeader] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        controllerId: Int32 = 0,
        isKRaftController: Bool = false,
        controllerEpoch: Int32 = 0,
        brokerEpoch: Int64 = -1,
        type: Int8 = 0,
        ungroupedPartitionStates: [LeaderAndIsrPartitionState] = [],
        topicStates: [LeaderAndIsrTopicState] = [],
        liveLeaders: [LeaderAndIsrLiveLeader] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.controllerId = controllerId
        self.isKRaftController = isKRaftController
        self.controllerEpoch = controllerEpoch
        self.brokerEpoch = brokerEpoch
        self.type = type
        self.ungroupedPartitionStates = ungroupedPartitionStates
        self.topicStates = topicStates
        self.liveLeaders = liveLeaders
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        writer.buffer.writeInteger(self.controllerId)
        if version >= 7 {
            writer.buffer.writeKafkaBool(self.isKRaftController)
        }
        if !(version >= 7) && self.isKRaftController != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest", field: "isKRaftController", version: version)
        }
        writer.buffer.writeInteger(self.controllerEpoch)
        if version >= 2 {
            writer.buffer.writeInteger(self.brokerEpoch)
        }
        if version >= 5 {
            writer.buffer.writeInteger(self.type)
        }
        if !(version >= 5) && self.type != 0 {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest", field: "type", version: version)
        }
        if version <= 1 {
            writer.buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, flexible: flexible)
            for element in self.ungroupedPartitionStates {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version <= 1) && self.ungroupedPartitionStates != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest", field: "ungroupedPartitionStates", version: version)
        }
        if version >= 2 {
            writer.buffer.writeKafkaArrayCount(self.topicStates.count, flexible: flexible)
            for element in self.topicStates {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 2) && self.topicStates != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest", field: "topicStates", version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.liveLeaders.count, flexible: flexible)
        for element in self.liveLeaders {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.controllerId")
        if version >= 7 {
            self.isKRaftController = try buffer.readKafkaBool("LeaderAndIsrRequest.isKRaftController")
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.controllerEpoch")
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self, "LeaderAndIsrRequest.brokerEpoch")
        }
        if version >= 5 {
            self.type = try buffer.readKafkaInteger(as: Int8.self, "LeaderAndIsrRequest.type")
        }
        if version <= 1 {
            self.ungroupedPartitionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrRequest.ungroupedPartitionStates") { elementBuffer in try LeaderAndIsrPartitionState(from: &elementBuffer, version: version) }
        }
        if version >= 2 {
            self.topicStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrRequest.topicStates") { elementBuffer in try LeaderAndIsrTopicState(from: &elementBuffer, version: version) }
        }
        self.liveLeaders = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrRequest.liveLeaders") { elementBuffer in try LeaderAndIsrLiveLeader(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrRequest")
        }
    }

    /// LeaderAndIsrTopicState, in LeaderAndIsrRequest versions 2-7.
    public struct LeaderAndIsrTopicState: ProtocolStruct {
        /// The topic name.
        /// Versions 2+.
        public var topicName: String = ""
        /// The unique topic ID.
        /// Versions 5+, ignorable.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The state of each partition
        /// Versions 2+.
        public var partitionStates: [LeaderAndIsrPartitionState] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicName: String = "",
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            partitionStates: [LeaderAndIsrPartitionState] = [],
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
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrTopicState.topicName")
            if version >= 5 {
                writer.buffer.writeKafkaUuid(self.topicId)
            }
            writer.buffer.writeKafkaArrayCount(self.partitionStates.count, flexible: flexible)
            for element in self.partitionStates {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest.LeaderAndIsrTopicState", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.topicName = try buffer.readKafkaString(flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrTopicState.topicName")
            if version >= 5 {
                self.topicId = try buffer.readKafkaUuid("LeaderAndIsrRequest.LeaderAndIsrTopicState.topicId")
            }
            self.partitionStates = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "LeaderAndIsrRequest.LeaderAndIsrTopicState.partitionStates") { elementBuffer in try LeaderAndIsrPartitionState(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrRequest.LeaderAndIsrTopicState")
            }
        }
    }

    /// LeaderAndIsrLiveLeader, in LeaderAndIsrRequest versions 0-7.
    public struct LeaderAndIsrLiveLeader: ProtocolStruct {
        /// The leader's broker ID.
        /// Versions 0+.
        public var brokerId: Int32 = 0
        /// The leader's hostname.
        /// Versions 0+.
        public var hostName: String = ""
        /// The leader's port.
        /// Versions 0+.
        public var port: Int32 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            brokerId: Int32 = 0,
            hostName: String = "",
            port: Int32 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.brokerId = brokerId
            self.hostName = hostName
            self.port = port
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            writer.buffer.writeInteger(self.brokerId)
            try writer.buffer.writeKafkaString(self.hostName, flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrLiveLeader.hostName")
            writer.buffer.writeInteger(self.port)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest.LeaderAndIsrLiveLeader", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrLiveLeader.brokerId")
            self.hostName = try buffer.readKafkaString(flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrLiveLeader.hostName")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrLiveLeader.port")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrRequest.LeaderAndIsrLiveLeader")
            }
        }
    }

    /// LeaderAndIsrPartitionState, in LeaderAndIsrRequest versions 0-7.
    public struct LeaderAndIsrPartitionState: ProtocolStruct {
        /// The topic name.  This is only present in v0 or v1.
        /// Versions 0-1, ignorable.
        public var topicName: String = ""
        /// The partition index.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The controller epoch.
        /// Versions 0+.
        public var controllerEpoch: Int32 = 0
        /// The broker ID of the leader.
        /// Versions 0+.
        public var leader: Int32 = 0
        /// The leader epoch.
        /// Versions 0+.
        public var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs.
        /// Versions 0+.
        public var isr: [Int32] = []
        /// The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion)
        /// Versions 0+.
        public var partitionEpoch: Int32 = 0
        /// The replica IDs.
        /// Versions 0+.
        public var replicas: [Int32] = []
        /// The replica IDs that we are adding this partition to, or null if no replicas are being added.
        /// Versions 3+, ignorable.
        public var addingReplicas: [Int32] = []
        /// The replica IDs that we are removing this partition from, or null if no replicas are being removed.
        /// Versions 3+, ignorable.
        public var removingReplicas: [Int32] = []
        /// Whether the replica should have existed on the broker or not.
        /// Versions 1+, ignorable.
        public var isNew: Bool = false
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        /// Versions 6+.
        public var leaderRecoveryState: Int8 = 0
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
            partitionEpoch: Int32 = 0,
            replicas: [Int32] = [],
            addingReplicas: [Int32] = [],
            removingReplicas: [Int32] = [],
            isNew: Bool = false,
            leaderRecoveryState: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicName = topicName
            self.partitionIndex = partitionIndex
            self.controllerEpoch = controllerEpoch
            self.leader = leader
            self.leaderEpoch = leaderEpoch
            self.isr = isr
            self.partitionEpoch = partitionEpoch
            self.replicas = replicas
            self.addingReplicas = addingReplicas
            self.removingReplicas = removingReplicas
            self.isNew = isNew
            self.leaderRecoveryState = leaderRecoveryState
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            if version <= 1 {
                try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.topicName")
            }
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeInteger(self.controllerEpoch)
            writer.buffer.writeInteger(self.leader)
            writer.buffer.writeInteger(self.leaderEpoch)
            writer.buffer.writeKafkaArrayCount(self.isr.count, flexible: flexible)
            for element in self.isr {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeInteger(self.partitionEpoch)
            writer.buffer.writeKafkaArrayCount(self.replicas.count, flexible: flexible)
            for element in self.replicas {
                writer.buffer.writeInteger(element)
            }
            if version >= 3 {
                writer.buffer.writeKafkaArrayCount(self.addingReplicas.count, flexible: flexible)
                for element in self.addingReplicas {
                    writer.buffer.writeInteger(element)
                }
            }
            if version >= 3 {
                writer.buffer.writeKafkaArrayCount(self.removingReplicas.count, flexible: flexible)
                for element in self.removingReplicas {
                    writer.buffer.writeInteger(element)
                }
            }
            if version >= 1 {
                writer.buffer.writeKafkaBool(self.isNew)
            }
            if version >= 6 {
                writer.buffer.writeInteger(self.leaderRecoveryState)
            }
            if !(version >= 6) && self.leaderRecoveryState != 0 {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest.LeaderAndIsrPartitionState", field: "leaderRecoveryState", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "LeaderAndIsrRequest.LeaderAndIsrPartitionState", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(flexible: flexible, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.topicName")
            }
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.partitionIndex")
            self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.controllerEpoch")
            self.leader = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.leader")
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.leaderEpoch")
            self.isr = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr") }
            self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.partitionEpoch")
            self.replicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas") }
            if version >= 3 {
                self.addingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.addingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.addingReplicas") }
            }
            if version >= 3 {
                self.removingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.removingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.removingReplicas") }
            }
            if version >= 1 {
                self.isNew = try buffer.readKafkaBool("LeaderAndIsrRequest.LeaderAndIsrPartitionState.isNew")
            }
            if version >= 6 {
                self.leaderRecoveryState = try buffer.readKafkaInteger(as: Int8.self, "LeaderAndIsrRequest.LeaderAndIsrPartitionState.leaderRecoveryState")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "LeaderAndIsrRequest.LeaderAndIsrPartitionState")
            }
        }
    }
}
