// generated from clients/ListPartitionReassignmentsResponse.json, do not edit (make regenerate)

import NIOCore

/// ListPartitionReassignmentsResponse: Kafka response (key 46), versions 0, flexible versions 0+.
public struct ListPartitionReassignmentsResponse: KafkaResponse {
    public static let messageName = "ListPartitionReassignmentsResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 46)
    public typealias Request = ListPartitionReassignmentsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// The ongoing reassignments for each topic.
    /// Versions 0+.
    public var topics: [OngoingTopicReassignment] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        topics: [OngoingTopicReassignment] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ListPartitionReassignmentsResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ListPartitionReassignmentsResponse.errorMessage")
        }
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ListPartitionReassignmentsResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ListPartitionReassignmentsResponse.errorMessage")
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListPartitionReassignmentsResponse.topics") { elementBuffer in try OngoingTopicReassignment(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListPartitionReassignmentsResponse")
        }
    }

    /// OngoingTopicReassignment, in ListPartitionReassignmentsResponse versions 0.
    public struct OngoingTopicReassignment: ProtocolStruct {
        /// The topic name.
        /// Versions 0+.
        public var name: String = ""
        /// The ongoing reassignments for each partition.
        /// Versions 0+.
        public var partitions: [OngoingPartitionReassignment] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitions: [OngoingPartitionReassignment] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ListPartitionReassignmentsResponse.OngoingTopicReassignment.name")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
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
            self.name = try buffer.readKafkaString(flexible: flexible, "ListPartitionReassignmentsResponse.OngoingTopicReassignment.name")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListPartitionReassignmentsResponse.OngoingTopicReassignment.partitions") { elementBuffer in try OngoingPartitionReassignment(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListPartitionReassignmentsResponse.OngoingTopicReassignment")
            }
        }
    }

    /// OngoingPartitionReassignment, in ListPartitionReassignmentsResponse versions 0.
    public struct OngoingPartitionReassignment: ProtocolStruct {
        /// The index of the partition.
        /// Versions 0+.
        public var partitionIndex: Int32 = 0
        /// The current replica set.
        /// Versions 0+.
        public var replicas: [Int32] = []
        /// The set of replicas we are currently adding.
        /// Versions 0+.
        public var addingReplicas: [Int32] = []
        /// The set of replicas we are currently removing.
        /// Versions 0+.
        public var removingReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            partitionIndex: Int32 = 0,
            replicas: [Int32] = [],
            addingReplicas: [Int32] = [],
            removingReplicas: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.partitionIndex = partitionIndex
            self.replicas = replicas
            self.addingReplicas = addingReplicas
            self.removingReplicas = removingReplicas
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.partitionIndex)
            writer.buffer.writeKafkaArrayCount(self.replicas.count, flexible: flexible)
            for element in self.replicas {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeKafkaArrayCount(self.addingReplicas.count, flexible: flexible)
            for element in self.addingReplicas {
                writer.buffer.writeInteger(element)
            }
            writer.buffer.writeKafkaArrayCount(self.removingReplicas.count, flexible: flexible)
            for element in self.removingReplicas {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.partitionIndex")
            self.replicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.replicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.replicas") }
            self.addingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.addingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.addingReplicas") }
            self.removingReplicas = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.removingReplicas") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment.removingReplicas") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListPartitionReassignmentsResponse.OngoingPartitionReassignment")
            }
        }
    }
}
