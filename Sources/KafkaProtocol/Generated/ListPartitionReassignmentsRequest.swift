// generated from clients/ListPartitionReassignmentsRequest.json, do not edit (make regenerate)

import NIOCore

/// ListPartitionReassignmentsRequest: Kafka request (key 46), versions 0, flexible versions 0+.
public struct ListPartitionReassignmentsRequest: KafkaRequest {
    public static let messageName = "ListPartitionReassignmentsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 46)
    public typealias Response = ListPartitionReassignmentsResponse

    /// The time in ms to wait for the request to complete.
    /// Versions 0+.
    public var timeoutMs: Int32 = 60000
    /// The topics to list partition reassignments for, or null to list everything.
    /// Versions 0+, nullable 0+.
    public var topics: [ListPartitionReassignmentsTopics]? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        timeoutMs: Int32 = 60000,
        topics: [ListPartitionReassignmentsTopics]? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.timeoutMs = timeoutMs
        self.topics = topics
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.timeoutMs)
        if let value = self.topics {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsRequest.timeoutMs")
        self.topics = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "ListPartitionReassignmentsRequest.topics") { elementBuffer in try ListPartitionReassignmentsTopics(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListPartitionReassignmentsRequest")
        }
    }

    /// ListPartitionReassignmentsTopics, in ListPartitionReassignmentsRequest versions 0.
    public struct ListPartitionReassignmentsTopics: ProtocolStruct {
        /// The topic name
        /// Versions 0+.
        public var name: String = ""
        /// The partitions to list partition reassignments for.
        /// Versions 0+.
        public var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            partitionIndexes: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.partitionIndexes = partitionIndexes
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.name")
            writer.buffer.writeKafkaArrayCount(self.partitionIndexes.count, flexible: flexible)
            for element in self.partitionIndexes {
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
            self.name = try buffer.readKafkaString(flexible: flexible, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics")
            }
        }
    }
}
