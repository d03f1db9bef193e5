// generated from group-coordinator/GroupMetadataValue.json, do not edit (make regenerate)

import NIOCore

/// GroupMetadataValue: Kafka data, versions 0-4, flexible versions 4+.
public struct GroupMetadataValue: ProtocolMessage {
    public static let messageName = "GroupMetadataValue"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)

    /// protocolType
    /// Versions 0+.
    public var protocolType: String = ""
    /// generation
    /// Versions 0+.
    public var generation: Int32 = 0
    /// protocol
    /// Versions 0+, nullable 0+.
    public var `protocol`: String? = ""
    /// leader
    /// Versions 0+, nullable 0+.
    public var leader: String? = ""
    /// currentStateTimestamp
    /// Versions 2+, ignorable.
    public var currentStateTimestamp: Int64 = -1
    /// members
    /// Versions 0+.
    public var members: [MemberMetadata] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        protocolType: String = "",
        generation: Int32 = 0,
        protocol: String? = "",
        leader: String? = "",
        currentStateTimestamp: Int64 = -1,
        members: [MemberMetadata] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.protocolType = protocolType
        self.generation = generation
        self.`protocol` = `protocol`
        self.leader = leader
        self.currentStateTimestamp = currentStateTimestamp
        self.members = members
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        try writer.buffer.writeKafkaString(self.protocolType, flexible: flexible, "GroupMetadataValue.protocolType")
        writer.buffer.writeInteger(self.generation)
        if let value = self.`protocol` {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "GroupMetadataValue.protocol")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "GroupMetadataValue.protocol")
        }
        if let value = self.leader {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "GroupMetadataValue.leader")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "GroupMetadataValue.leader")
        }
        if version >= 2 {
            writer.buffer.writeInteger(self.currentStateTimestamp)
        }
        writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
        for element in self.members {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "GroupMetadataValue", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.protocolType = try buffer.readKafkaString(flexible: flexible, "GroupMetadataValue.protocolType")
        self.generation = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.generation")
        self.`protocol` = try buffer.readKafkaNullableString(flexible: flexible, "GroupMetadataValue.protocol")
        self.leader = try buffer.readKafkaNullableString(flexible: flexible, "GroupMetadataValue.leader")
        if version >= 2 {
            self.currentStateTimestamp = try buffer.readKafkaInteger(as: Int64.self, "GroupMetadataValue.currentStateTimestamp")
        }
        self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "GroupMetadataValue.members") { elementBuffer in try MemberMetadata(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "GroupMetadataValue")
        }
    }

    /// MemberMetadata, in GroupMetadataValue versions 0-4.
    public struct MemberMetadata: ProtocolStruct {
        /// memberId
        /// Versions 0+.
        public var memberId: String = ""
        /// groupInstanceId
        /// Versions 3+, nullable 3+, ignorable.
        public var groupInstanceId: String? = nil
        /// clientId
        /// Versions 0+.
        public var clientId: String = ""
        /// clientHost
        /// Versions 0+.
        public var clientHost: String = ""
        /// rebalanceTimeout
        /// Versions 1+, ignorable.
        public var rebalanceTimeout: Int32 = -1
        /// sessionTimeout
        /// Versions 0+.
        public var sessionTimeout: Int32 = 0
        /// subscription
        /// Versions 0+.
        public var subscription: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// assignment
        /// Versions 0+.
        public var assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            groupInstanceId: String? = nil,
            clientId: String = "",
            clientHost: String = "",
            rebalanceTimeout: Int32 = -1,
            sessionTimeout: Int32 = 0,
            subscription: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            assignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.clientHost = clientHost
            self.rebalanceTimeout = rebalanceTimeout
            self.sessionTimeout = sessionTimeout
            self.subscription = subscription
            self.assignment = assignment
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "GroupMetadataValue.MemberMetadata.memberId")
            if version >= 3 {
                if let value = self.groupInstanceId {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "GroupMetadataValue.MemberMetadata.groupInstanceId")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "GroupMetadataValue.MemberMetadata.groupInstanceId")
                }
            }
            try writer.buffer.writeKafkaString(self.clientId, flexible: flexible, "GroupMetadataValue.MemberMetadata.clientId")
            try writer.buffer.writeKafkaString(self.clientHost, flexible: flexible, "GroupMetadataValue.MemberMetadata.clientHost")
            if version >= 1 {
                writer.buffer.writeInteger(self.rebalanceTimeout)
            }
            writer.buffer.writeInteger(self.sessionTimeout)
            writer.buffer.writeKafkaBytes(self.subscription, flexible: flexible)
            writer.buffer.writeKafkaBytes(self.assignment, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "GroupMetadataValue.MemberMetadata", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(flexible: flexible, "GroupMetadataValue.MemberMetadata.memberId")
            if version >= 3 {
                self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "GroupMetadataValue.MemberMetadata.groupInstanceId")
            }
            self.clientId = try buffer.readKafkaString(flexible: flexible, "GroupMetadataValue.MemberMetadata.clientId")
            self.clientHost = try buffer.readKafkaString(flexible: flexible, "GroupMetadataValue.MemberMetadata.clientHost")
            if version >= 1 {
                self.rebalanceTimeout = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.MemberMetadata.rebalanceTimeout")
            }
            self.sessionTimeout = try buffer.readKafkaInteger(as: Int32.self, "GroupMetadataValue.MemberMetadata.sessionTimeout")
            self.subscription = try buffer.readKafkaBytes(flexible: flexible, "GroupMetadataValue.MemberMetadata.subscription")
            self.assignment = try buffer.readKafkaBytes(flexible: flexible, "GroupMetadataValue.MemberMetadata.assignment")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "GroupMetadataValue.MemberMetadata")
            }
        }
    }
}
