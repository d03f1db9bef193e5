// generated from clients/OffsetFetchRequest.json, do not edit (make regenerate)

import NIOCore

/// OffsetFetchRequest: Kafka request (key 9), versions 0-9, flexible versions 6+.
public struct OffsetFetchRequest: KafkaRequest {
    public static let messageName = "OffsetFetchRequest"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 9)
    public typealias Response = OffsetFetchResponse

    /// The group to fetch offsets for.
    /// Versions 0-7.
    public var groupId: String = ""
    /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    /// Versions 0-7, nullable 2-7.
    public var topics: [OffsetFetchRequestTopic]? = []
    /// Each group we would like to fetch offsets for
    /// Versions 8+.
    public var groups: [OffsetFetchRequestGroup] = []
    /// Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
    /// Versions 7+.
    public var requireStable: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        topics: [OffsetFetchRequestTopic]? = [],
        groups: [OffsetFetchRequestGroup] = [],
        requireStable: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.topics = topics
        self.groups = groups
        self.requireStable = requireStable
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        if version <= 7 {
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "OffsetFetchRequest.groupId")
        }
        if !(version <= 7) && self.groupId != "" {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest", field: "groupId", version: version)
        }
        if version <= 7 {
            if let value = self.topics {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    try element.write(to: &writer, version: version)
                }
            } else if version >= 2 {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            } else {
                throw ProtocolEncodingError.nullNotAllowed(message: "OffsetFetchRequest", field: "topics", version: version)
            }
        }
        if !(version <= 7) && self.topics != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest", field: "topics", version: version)
        }
        if version >= 8 {
            writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
            for element in self.groups {
                try element.write(to: &writer, version: version)
            }
        }
        if !(version >= 8) && self.groups != [] {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest", field: "groups", version: version)
        }
        if version >= 7 {
            writer.buffer.writeKafkaBool(self.requireStable)
        }
        if !(version >= 7) && self.requireStable != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest", field: "requireStable", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        if version <= 7 {
            self.groupId = try buffer.readKafkaString(flexible: flexible, "OffsetFetchRequest.groupId")
        }
        if version <= 7 {
            self.topics = try version >= 2 ? buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchRequest.topics") { elementBuffer in try OffsetFetchRequestTopic(from: &elementBuffer, version: version) } : buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchRequest.topics") { elementBuffer in try OffsetFetchRequestTopic(from: &elementBuffer, version: version) }
        }
        if version >= 8 {
            self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchRequest.groups") { elementBuffer in try OffsetFetchRequestGroup(from: &elementBuffer, version: version) }
        }
        if version >= 7 {
            self.requireStable = try buffer.readKafkaBool("OffsetFetchRequest.requireStable")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchRequest")
        }
    }

    /// OffsetFetchRequestTopic, in OffsetFetchRequest versions 0-7.
    public struct OffsetFetchRequestTopic: ProtocolStruct {
        /// The topic name.
        /// Versions 0-7.
        public var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        /// Versions 0-7.
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
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestTopic.name")
            writer.buffer.writeKafkaArrayCount(self.partitionIndexes.count, flexible: flexible)
            for element in self.partitionIndexes {
                writer.buffer.writeInteger(element)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "OffsetFetchRequest.OffsetFetchRequestTopic", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestTopic.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "OffsetFetchRequest.OffsetFetchRequestTopic.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "OffsetFetchRequest.OffsetFetchRequestTopic.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchRequest.OffsetFetchRequestTopic")
            }
        }
    }

    /// OffsetFetchRequestGroup, in OffsetFetchRequest versions 8-9.
    public struct OffsetFetchRequestGroup: ProtocolStruct {
        /// The group ID.
        /// Versions 8+.
        public var groupId: String = ""
        /// The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848).
        /// Versions 9+, nullable 9+, ignorable.
        public var memberId: String? = nil
        /// The member epoch if using the new consumer protocol (KIP-848).
        /// Versions 9+, ignorable.
        public var memberEpoch: Int32 = -1
        /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
        /// Versions 8+, nullable 8+.
        public var topics: [OffsetFetchRequestTopics]? = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            groupId: String = "",
            memberId: String? = nil,
            memberEpoch: Int32 = -1,
            topics: [OffsetFetchRequestTopics]? = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.groupId = groupId
            self.memberId = memberId
            self.memberEpoch = memberEpoch
            self.topics = topics
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestGroup.groupId")
            if version >= 9 {
                if let value = self.memberId {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestGroup.memberId")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestGroup.memberId")
                }
            }
            if version >= 9 {
                writer.buffer.writeInteger(self.memberEpoch)
            }
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
            self.groupId = try buffer.readKafkaString(flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestGroup.groupId")
            if version >= 9 {
                self.memberId = try buffer.readKafkaNullableString(flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestGroup.memberId")
            }
            if version >= 9 {
                self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "OffsetFetchRequest.OffsetFetchRequestGroup.memberEpoch")
            }
            self.topics = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "OffsetFetchRequest.OffsetFetchRequestGroup.topics") { elementBuffer in try OffsetFetchRequestTopics(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchRequest.OffsetFetchRequestGroup")
            }
        }
    }

    /// OffsetFetchRequestTopics, in OffsetFetchRequest versions 8-9.
    public struct OffsetFetchRequestTopics: ProtocolStruct {
        /// The topic name.
        /// Versions 8+.
        public var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        /// Versions 8+.
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
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestTopics.name")
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
            self.name = try buffer.readKafkaString(flexible: flexible, "OffsetFetchRequest.OffsetFetchRequestTopics.name")
            self.partitionIndexes = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "OffsetFetchRequest.OffsetFetchRequestTopics.partitionIndexes") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "OffsetFetchRequest.OffsetFetchRequestTopics.partitionIndexes") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "OffsetFetchRequest.OffsetFetchRequestTopics")
            }
        }
    }
}
