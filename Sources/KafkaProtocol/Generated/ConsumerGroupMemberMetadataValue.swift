// generated from group-coordinator/ConsumerGroupMemberMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupMemberMetadataValue: Kafka data, versions 0, flexible versions 0+.
public struct ConsumerGroupMemberMetadataValue: ProtocolMessage {
    public static let messageName = "ConsumerGroupMemberMetadataValue"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)

    /// The (optional) instance id.
    /// Versions 0+, nullable 0+.
    public var instanceId: String? = ""
    /// The (optional) rack id.
    /// Versions 0+, nullable 0+.
    public var rackId: String? = ""
    /// The client id.
    /// Versions 0+.
    public var clientId: String = ""
    /// The client host.
    /// Versions 0+.
    public var clientHost: String = ""
    /// The list of subscribed topic names.
    /// Versions 0+.
    public var subscribedTopicNames: [String] = []
    /// The subscribed topic regular expression.
    /// Versions 0+, nullable 0+.
    public var subscribedTopicRegex: String? = ""
    /// The rebalance timeout
    /// Versions 0+.
    public var rebalanceTimeoutMs: Int32 = -1
    /// The server assignor to use; or null if not used.
    /// Versions 0+, nullable 0+.
    public var serverAssignor: String? = ""
    /// The classic member metadata which includes the supported protocols of the consumer if it uses the classic protocol. The metadata is null if the consumer uses the consumer protocol.
    /// Versions 0+, nullable 0+, tag 0 in 0+.
    public var classicMemberMetadata: ClassicMemberMetadata? = ClassicMemberMetadata()
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        instanceId: String? = "",
        rackId: String? = "",
        clientId: String = "",
        clientHost: String = "",
        subscribedTopicNames: [String] = [],
        subscribedTopicRegex: String? = "",
        rebalanceTimeoutMs: Int32 = -1,
        serverAssignor: String? = "",
        classicMemberMetadata: ClassicMemberMetadata? = ClassicMemberMetadata(),
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.instanceId = instanceId
        self.rackId = rackId
        self.clientId = clientId
        self.clientHost = clientHost
        self.subscribedTopicNames = subscribedTopicNames
        self.subscribedTopicRegex = subscribedTopicRegex
        self.rebalanceTimeoutMs = rebalanceTimeoutMs
        self.serverAssignor = serverAssignor
        self.classicMemberMetadata = classicMemberMetadata
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.instanceId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ConsumerGroupMemberMetadataValue.instanceId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConsumerGroupMemberMetadataValue.instanceId")
        }
        if let value = self.rackId {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ConsumerGroupMemberMetadataValue.rackId")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConsumerGroupMemberMetadataValue.rackId")
        }
        try writer.buffer.writeKafkaString(self.clientId, flexible: flexible, "ConsumerGroupMemberMetadataValue.clientId")
        try writer.buffer.writeKafkaString(self.clientHost, flexible: flexible, "ConsumerGroupMemberMetadataValue.clientHost")
        writer.buffer.writeKafkaArrayCount(self.subscribedTopicNames.count, flexible: flexible)
        for element in self.subscribedTopicNames {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ConsumerGroupMemberMetadataValue.subscribedTopicNames")
        }
        if let value = self.subscribedTopicRegex {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ConsumerGroupMemberMetadataValue.subscribedTopicRegex")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConsumerGroupMemberMetadataValue.subscribedTopicRegex")
        }
        writer.buffer.writeInteger(self.rebalanceTimeoutMs)
        if let value = self.serverAssignor {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "ConsumerGroupMemberMetadataValue.serverAssignor")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "ConsumerGroupMemberMetadataValue.serverAssignor")
        }
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.classicMemberMetadata != ClassicMemberMetadata() {
                var fieldWriter = ProtocolWriter()
                if let value = self.classicMemberMetadata {
                    fieldWriter.buffer.writeInteger(Int8(1))
                    try value.write(to: &fieldWriter, version: version)
                } else {
                    fieldWriter.buffer.writeInteger(Int8(-1))
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.instanceId = try buffer.readKafkaNullableString(flexible: flexible, "ConsumerGroupMemberMetadataValue.instanceId")
        self.rackId = try buffer.readKafkaNullableString(flexible: flexible, "ConsumerGroupMemberMetadataValue.rackId")
        self.clientId = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupMemberMetadataValue.clientId")
        self.clientHost = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupMemberMetadataValue.clientHost")
        self.subscribedTopicNames = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupMemberMetadataValue.subscribedTopicNames") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ConsumerGroupMemberMetadataValue.subscribedTopicNames") }
        self.subscribedTopicRegex = try buffer.readKafkaNullableString(flexible: flexible, "ConsumerGroupMemberMetadataValue.subscribedTopicRegex")
        self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupMemberMetadataValue.rebalanceTimeoutMs")
        self.serverAssignor = try buffer.readKafkaNullableString(flexible: flexible, "ConsumerGroupMemberMetadataValue.serverAssignor")
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("ConsumerGroupMemberMetadataValue tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("ConsumerGroupMemberMetadataValue")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.classicMemberMetadata = try fieldBuffer.readKafkaInteger(as: Int8.self, "ConsumerGroupMemberMetadataValue.classicMemberMetadata") < 0 ? nil : try ClassicMemberMetadata(from: &fieldBuffer, version: version)
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }

    /// ClassicMemberMetadata, in ConsumerGroupMemberMetadataValue versions 0.
    public struct ClassicMemberMetadata: ProtocolStruct {
        /// The session timeout if the consumer uses the classic protocol.
        /// Versions 0+.
        public var sessionTimeoutMs: Int32 = 0
        /// The list of protocols that the member supports if the consumer uses the classic protocol.
        /// Versions 0+.
        public var supportedProtocols: [ClassicProtocol] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            sessionTimeoutMs: Int32 = 0,
            supportedProtocols: [ClassicProtocol] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.sessionTimeoutMs = sessionTimeoutMs
            self.supportedProtocols = supportedProtocols
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            writer.buffer.writeInteger(self.sessionTimeoutMs)
            writer.buffer.writeKafkaArrayCount(self.supportedProtocols.count, flexible: flexible)
            for element in self.supportedProtocols {
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
            self.sessionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.sessionTimeoutMs")
            self.supportedProtocols = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.supportedProtocols") { elementBuffer in try ClassicProtocol(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata")
            }
        }
    }

    /// ClassicProtocol, in ConsumerGroupMemberMetadataValue versions 0.
    public struct ClassicProtocol: ProtocolStruct {
        /// The protocol name.
        /// Versions 0+.
        public var name: String = ""
        /// The protocol metadata.
        /// Versions 0+.
        public var metadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            metadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.metadata = metadata
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "ConsumerGroupMemberMetadataValue.ClassicProtocol.name")
            writer.buffer.writeKafkaBytes(self.metadata, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupMemberMetadataValue.ClassicProtocol.name")
            self.metadata = try buffer.readKafkaBytes(flexible: flexible, "ConsumerGroupMemberMetadataValue.ClassicProtocol.metadata")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ConsumerGroupMemberMetadataValue.ClassicProtocol")
            }
        }
    }
}
