// generated from clients/ShareGroupDescribeResponse.json, do not edit (make regenerate)

import NIOCore

/// ShareGroupDescribeResponse: Kafka response (key 77), versions 0, flexible versions 0+.
public struct ShareGroupDescribeResponse: KafkaResponse {
    public static let messageName = "ShareGroupDescribeResponse"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 77)
    public typealias Request = ShareGroupDescribeRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// Each described group.
    /// Versions 0+.
    public var groups: [DescribedGroup] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        groups: [DescribedGroup] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.groups = groups
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
        for element in self.groups {
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
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.throttleTimeMs")
        self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupDescribeResponse.groups") { elementBuffer in try DescribedGroup(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeResponse")
        }
    }

    /// DescribedGroup, in ShareGroupDescribeResponse versions 0.
    public struct DescribedGroup: ProtocolStruct {
        /// The describe error, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The top-level error message, or null if there was no error.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = nil
        /// The group ID string.
        /// Versions 0+.
        public var groupId: String = ""
        /// The group state string, or the empty string.
        /// Versions 0+.
        public var groupState: String = ""
        /// The group epoch.
        /// Versions 0+.
        public var groupEpoch: Int32 = 0
        /// The assignment epoch.
        /// Versions 0+.
        public var assignmentEpoch: Int32 = 0
        /// The selected assignor.
        /// Versions 0+.
        public var assignorName: String = ""
        /// The members.
        /// Versions 0+.
        public var members: [Member] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        /// Versions 0+.
        public var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = nil,
            groupId: String = "",
            groupState: String = "",
            groupEpoch: Int32 = 0,
            assignmentEpoch: Int32 = 0,
            assignorName: String = "",
            members: [Member] = [],
            authorizedOperations: Int32 = -2147483648,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.groupId = groupId
            self.groupState = groupState
            self.groupEpoch = groupEpoch
            self.assignmentEpoch = assignmentEpoch
            self.assignorName = assignorName
            self.members = members
            self.authorizedOperations = authorizedOperations
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.errorMessage")
            }
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.groupId")
            try writer.buffer.writeKafkaString(self.groupState, flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.groupState")
            writer.buffer.writeInteger(self.groupEpoch)
            writer.buffer.writeInteger(self.assignmentEpoch)
            try writer.buffer.writeKafkaString(self.assignorName, flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.assignorName")
            writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
            for element in self.members {
                try element.write(to: &writer, version: version)
            }
            writer.buffer.writeInteger(self.authorizedOperations)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "ShareGroupDescribeResponse.DescribedGroup.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.errorMessage")
            self.groupId = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.groupId")
            self.groupState = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.groupState")
            self.groupEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.groupEpoch")
            self.assignmentEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.assignmentEpoch")
            self.assignorName = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.DescribedGroup.assignorName")
            self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupDescribeResponse.DescribedGroup.members") { elementBuffer in try Member(from: &elementBuffer, version: version) }
            self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.DescribedGroup.authorizedOperations")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeResponse.DescribedGroup")
            }
        }
    }

    /// Member, in ShareGroupDescribeResponse versions 0.
    public struct Member: ProtocolStruct {
        /// The member ID.
        /// Versions 0+.
        public var memberId: String = ""
        /// The member rack ID.
        /// Versions 0+, nullable 0+.
        public var rackId: String? = nil
        /// The current member epoch.
        /// Versions 0+.
        public var memberEpoch: Int32 = 0
        /// The client ID.
        /// Versions 0+.
        public var clientId: String = ""
        /// The client host.
        /// Versions 0+.
        public var clientHost: String = ""
        /// The subscribed topic names.
        /// Versions 0+.
        public var subscribedTopicNames: [String] = []
        /// The current assignment.
        /// Versions 0+.
        public var assignment: Assignment = Assignment()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            rackId: String? = nil,
            memberEpoch: Int32 = 0,
            clientId: String = "",
            clientHost: String = "",
            subscribedTopicNames: [String] = [],
            assignment: Assignment = Assignment(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.rackId = rackId
            self.memberEpoch = memberEpoch
            self.clientId = clientId
            self.clientHost = clientHost
            self.subscribedTopicNames = subscribedTopicNames
            self.assignment = assignment
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "ShareGroupDescribeResponse.Member.memberId")
            if let value = self.rackId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "ShareGroupDescribeResponse.Member.rackId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "ShareGroupDescribeResponse.Member.rackId")
            }
            writer.buffer.writeInteger(self.memberEpoch)
            try writer.buffer.writeKafkaString(self.clientId, flexible: flexible, "ShareGroupDescribeResponse.Member.clientId")
            try writer.buffer.writeKafkaString(self.clientHost, flexible: flexible, "ShareGroupDescribeResponse.Member.clientHost")
            writer.buffer.writeKafkaArrayCount(self.subscribedTopicNames.count, flexible: flexible)
            for element in self.subscribedTopicNames {
                try writer.buffer.writeKafkaString(element, flexible: flexible, "ShareGroupDescribeResponse.Member.subscribedTopicNames")
            }
            try self.assignment.write(to: &writer, version: version)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.memberId = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.Member.memberId")
            self.rackId = try buffer.readKafkaNullableString(flexible: flexible, "ShareGroupDescribeResponse.Member.rackId")
            self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.Member.memberEpoch")
            self.clientId = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.Member.clientId")
            self.clientHost = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.Member.clientHost")
            self.subscribedTopicNames = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupDescribeResponse.Member.subscribedTopicNames") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.Member.subscribedTopicNames") }
            self.assignment = try Assignment(from: &buffer, version: version)
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeResponse.Member")
            }
        }
    }

    /// TopicPartitions, in ShareGroupDescribeResponse versions 0.
    public struct TopicPartitions: ProtocolStruct {
        /// The topic ID.
        /// Versions 0+.
        public var topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
        /// The topic name.
        /// Versions 0+.
        public var topicName: String = ""
        /// The partitions.
        /// Versions 0+.
        public var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicId: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
            topicName: String = "",
            partitions: [Int32] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicId = topicId
            self.topicName = topicName
            self.partitions = partitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaUuid(self.topicId)
            try writer.buffer.writeKafkaString(self.topicName, flexible: flexible, "ShareGroupDescribeResponse.TopicPartitions.topicName")
            writer.buffer.writeKafkaArrayCount(self.partitions.count, flexible: flexible)
            for element in self.partitions {
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
            self.topicId = try buffer.readKafkaUuid("ShareGroupDescribeResponse.TopicPartitions.topicId")
            self.topicName = try buffer.readKafkaString(flexible: flexible, "ShareGroupDescribeResponse.TopicPartitions.topicName")
            self.partitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 4, "ShareGroupDescribeResponse.TopicPartitions.partitions") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int32.self, "ShareGroupDescribeResponse.TopicPartitions.partitions") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeResponse.TopicPartitions")
            }
        }
    }

    /// Assignment, in ShareGroupDescribeResponse versions 0.
    public struct Assignment: ProtocolStruct {
        /// The assigned topic-partitions to the member.
        /// Versions 0+.
        public var topicPartitions: [TopicPartitions] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            topicPartitions: [TopicPartitions] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.topicPartitions = topicPartitions
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeKafkaArrayCount(self.topicPartitions.count, flexible: flexible)
            for element in self.topicPartitions {
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
            self.topicPartitions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ShareGroupDescribeResponse.Assignment.topicPartitions") { elementBuffer in try TopicPartitions(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ShareGroupDescribeResponse.Assignment")
            }
        }
    }
}
