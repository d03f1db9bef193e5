// generated from clients/CreateTopicsRequest.json, do not edit (make regenerate)

import NIOCore

/// CreateTopicsRequest: Kafka request (key 19), versions 0-7, flexible versions 5+.
public struct CreateTopicsRequest: KafkaRequest {
    public static let messageName = "CreateTopicsRequest"
    public static let validVersions = VersionRange(0, 7)
    public static let flexibleVersions = VersionRange(5, 32767)
    public static let apiKey = ApiKey(rawValue: 19)
    public typealias Response = CreateTopicsResponse

    /// The topics to create.
    /// Versions 0+.
    public var topics: [CreatableTopic] = []
    /// How long to wait in milliseconds before timing out the request.
    /// Versions 0+.
    public var timeoutMs: Int32 = 60000
    /// If true, check that the topics can be created as specified, but don't create anything.
    /// Versions 1+.
    public var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [CreatableTopic] = [],
        timeoutMs: Int32 = 60000,
        validateOnly: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.topics = topics
        self.timeoutMs = timeoutMs
        self.validateOnly = validateOnly
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 5
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.timeoutMs)
        if version >= 1 {
            writer.buffer.writeKafkaBool(self.validateOnly)
        }
        if !(version >= 1) && self.validateOnly != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsRequest", field: "validateOnly", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 5
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateTopicsRequest.topics") { elementBuffer in try CreatableTopic(from: &elementBuffer, version: version) }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.timeoutMs")
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool("CreateTopicsRequest.validateOnly")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsRequest")
        }
    }

    /// CreatableTopic, in CreateTopicsRequest versions 0-7.
    public struct CreatableTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
        /// Versions 0+.
        public var numPartitions: Int32 = 0
        /// The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
        /// Versions 0+.
        public var replicationFactor: Int16 = 0
        /// The manual partition assignment, or the empty array if we are using automatic assignment.
        /// Versions 0+.
        public var assignments: [CreatableReplicaAssignment] = []
        /// The custom topic configurations to set.
        /// Versions 0+.
        public var configs: [CreatableTopicConfig] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            numPartitions: Int32 = 0,
            replicationFactor: Int16 = 0,
            assignments: [CreatableReplicaAssignment] = [],
            configs: [CreatableTopicConfig] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.numPartitions = numPartitions
            self.replicationFactor = replicationFactor
            self.assignments = assignments
            self.configs = configs
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreateTopicsRequest.CreatableTopic.name")
            writer.buffer.writeInteger(self.numPartitions)
            writer.buffer.writeInteger(self.replicationFactor)
            writer.buffer.writeKafkaArrayCount(self.assignments.count, flexible: flexible)
            for element in self.assignments {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeKafkaArrayCount(self.configs.count, flexible: flexible)
            for element in self.configs {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsRequest.CreatableTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(flexible: flexible, "CreateTopicsRequest.CreatableTopic.name")
            self.numPartitions = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.CreatableTopic.numPartitions")
            self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self, "CreateTopicsRequest.CreatableTopic.replicationFactor")
            self.assignments = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateTopicsRequest.CreatableTopic.assignments") { elementBuffer in try CreatableReplicaAssignment(from: &elementBuffer, version: version) }
            self.configs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateTopicsRequest.CreatableTopic.configs") { elementBuffer in try CreatableTopicConfig(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsRequest.CreatableTopic")
            }
        }
    }

    /// CreatableReplicaAssignment, in CreateTopicsRequest versions 0-7.
    public struct CreatableReplicaAssignment: ProtocolStruct {
        /// The partition index.
        /// Versions 0+, map key.
        public var partitionIndex: Int32 = 0
        /// The brokers to place the partition on.
        /// Versions 0+.
        public var brokerIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            brokerIds: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.brokerIds = brokerIds
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeKafkaArrayCount(self.brokerIds.count, flexible: flexible)
            for element in self.brokerIds {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsRequest.CreatableReplicaAssignment", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.CreatableReplicaAssignment.partitionIndex")
            self.brokerIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "CreateTopicsRequest.CreatableReplicaAssignment.brokerIds") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "CreateTopicsRequest.CreatableReplicaAssignment.brokerIds") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsRequest.CreatableReplicaAssignment")
            }
        }
    }

    /// CreatableTopicConfig, in CreateTopicsRequest versions 0-7.
    public struct CreatableTopicConfig: ProtocolStruct {
        /// The configuration name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The configuration value.
        /// Versions 0+, nullable 0+.
        public var value: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            value: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.value = value
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreateTopicsRequest.CreatableTopicConfig.name")
            if let value = self.value {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "CreateTopicsRequest.CreatableTopicConfig.value")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "CreateTopicsRequest.CreatableTopicConfig.value")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateTopicsRequest.CreatableTopicConfig", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(flexible: flexible, "CreateTopicsRequest.CreatableTopicConfig.name")
            self.value = try buffer.readKafkaNullableString(flexible: flexible, "CreateTopicsRequest.CreatableTopicConfig.value")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateTopicsRequest.CreatableTopicConfig")
            }
        }
    }
}

extension Array where Element == CreateTopicsRequest.CreatableTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}

extension Array where Element == CreateTopicsRequest.CreatableReplicaAssignment {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(partitionIndex: Int32) -> Element? {
        self.first { $0.partitionIndex == partitionIndex }
    }
}

extension Array where Element == CreateTopicsRequest.CreatableTopicConfig {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
