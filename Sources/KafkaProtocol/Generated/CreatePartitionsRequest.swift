// generated from clients/CreatePartitionsRequest.json, do not edit (make regenerate)

import NIOCore

/// CreatePartitionsRequest: Kafka request (key 37), versions 0-3, flexible versions 2+.
public struct CreatePartitionsRequest: KafkaRequest {
    public static let messageName = "CreatePartitionsRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 37)
    public typealias Response = CreatePartitionsResponse

    /// Each topic that we want to create new partitions inside.
    /// Versions 0+.
    public var topics: [CreatePartitionsTopic] = []
    /// The time in ms to wait for the partitions to be created.
    /// Versions 0+.
    public var timeoutMs: Int32 = 0
    /// If true, then validate the request, but don't actually increase the number of partitions.
    /// Versions 0+.
    public var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        topics: [CreatePartitionsTopic] = [],
        timeoutMs: Int32 = 0,
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
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.topics.count, flexible: flexible)
        for element in self.topics {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeInteger(self.timeoutMs)
        writer.buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreatePartitionsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.topics = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreatePartitionsRequest.topics") { elementBuffer in try CreatePartitionsTopic(from: &elementBuffer, version: version) }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsRequest.timeoutMs")
        self.validateOnly = try buffer.readKafkaBool("CreatePartitionsRequest.validateOnly")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreatePartitionsRequest")
        }
    }

    /// CreatePartitionsTopic, in CreatePartitionsRequest versions 0-3.
    public struct CreatePartitionsTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The new partition count.
        /// Versions 0+.
        public var count: Int32 = 0
        /// The new partition assignments.
        /// Versions 0+, nullable 0+.
        public var assignments: [CreatePartitionsAssignment]? = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            count: Int32 = 0,
            assignments: [CreatePartitionsAssignment]? = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.count = count
            self.assignments = assignments
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "CreatePartitionsRequest.CreatePartitionsTopic.name")
            writer.buffer.writeInteger(self.count)
            if let value = self.assignments {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    try element.write(to: &writer, version: version)
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreatePartitionsRequest.CreatePartitionsTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(flexible: flexible, "CreatePartitionsRequest.CreatePartitionsTopic.name")
            self.count = try buffer.readKafkaInteger(as: Int32.self, "CreatePartitionsRequest.CreatePartitionsTopic.count")
            self.assignments = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "CreatePartitionsRequest.CreatePartitionsTopic.assignments") { elementBuffer in try CreatePartitionsAssignment(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreatePartitionsRequest.CreatePartitionsTopic")
            }
        }
    }

    /// CreatePartitionsAssignment, in CreatePartitionsRequest versions 0-3.
    public struct CreatePartitionsAssignment: ProtocolStruct {
        /// The assigned broker IDs.
        /// Versions 0+.
        public var brokerIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            brokerIds: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.brokerIds = brokerIds
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeKafkaArrayCount(self.brokerIds.count, flexible: flexible)
            for element in self.brokerIds {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreatePartitionsRequest.CreatePartitionsAssignment", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.brokerIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "CreatePartitionsRequest.CreatePartitionsAssignment.brokerIds") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "CreatePartitionsRequest.CreatePartitionsAssignment.brokerIds") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreatePartitionsRequest.CreatePartitionsAssignment")
            }
        }
    }
}

extension Array where Element == CreatePartitionsRequest.CreatePartitionsTopic {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
