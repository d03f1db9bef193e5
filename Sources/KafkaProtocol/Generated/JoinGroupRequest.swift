// generated from clients/JoinGroupRequest.json, do not edit (make regenerate)

import NIOCore

/// JoinGroupRequest: Kafka request (key 11), versions 0-9, flexible versions 6+.
public struct JoinGroupRequest: KafkaRequest {
    public static let messageName = "JoinGroupRequest"
    public static let validVersions = VersionRange(0, 9)
    public static let flexibleVersions = VersionRange(6, 32767)
    public static let apiKey = ApiKey(rawValue: 11)
    public typealias Response = JoinGroupResponse

    /// The group identifier.
    /// Versions 0+.
    public var groupId: String = ""
    /// The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
    /// Versions 0+.
    public var sessionTimeoutMs: Int32 = 0
    /// The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
    /// Versions 1+, ignorable.
    public var rebalanceTimeoutMs: Int32 = -1
    /// The member id assigned by the group coordinator.
    /// Versions 0+.
    public var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    /// Versions 5+, nullable 5+.
    public var groupInstanceId: String? = nil
    /// The unique name the for class of protocols implemented by the group we want to join.
    /// Versions 0+.
    public var protocolType: String = ""
    /// The list of protocols that the member supports.
    /// Versions 0+.
    public var protocols: [JoinGroupRequestProtocol] = []
    /// The reason why the member (re-)joins the group.
    /// Versions 8+, nullable 8+, ignorable.
    public var reason: String? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        sessionTimeoutMs: Int32 = 0,
        rebalanceTimeoutMs: Int32 = -1,
        memberId: String = "",
        groupInstanceId: String? = nil,
        protocolType: String = "",
        protocols: [JoinGroupRequestProtocol] = [],
        reason: String? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.sessionTimeoutMs = sessionTimeoutMs
        self.rebalanceTimeoutMs = rebalanceTimeoutMs
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.protocolType = protocolType
        self.protocols = protocols
        self.reason = reason
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 6
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "JoinGroupRequest.groupId")
        writer.buffer.writeInteger(self.sessionTimeoutMs)
        if version >= 1 {
            writer.buffer.writeInteger(self.rebalanceTimeoutMs)
        }
        try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "JoinGroupRequest.memberId")
        if version >= 5 {
            if let value = self.groupInstanceId {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "JoinGroupRequest.groupInstanceId")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "JoinGroupRequest.groupInstanceId")
            }
        }
        if !(version >= 5) && self.groupInstanceId != nil {
            throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupRequest", field: "groupInstanceId", version: version)
        }
        try writer.buffer.writeKafkaString(self.protocolType, flexible: flexible, "JoinGroupRequest.protocolType")
        writer.buffer.writeKafkaArrayCount(self.protocols.count, flexible: flexible)
        for element in self.protocols {
            try element.write(to: &writer, version: version)
        }
        if version >= 8 {
            if let value = self.reason {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "JoinGroupRequest.reason")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "JoinGroupRequest.reason")
            }
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 6
        self.groupId = try buffer.readKafkaString(flexible: flexible, "JoinGroupRequest.groupId")
        self.sessionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupRequest.sessionTimeoutMs")
        if version >= 1 {
            self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "JoinGroupRequest.rebalanceTimeoutMs")
        }
        self.memberId = try buffer.readKafkaString(flexible: flexible, "JoinGroupRequest.memberId")
        if version >= 5 {
            self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "JoinGroupRequest.groupInstanceId")
        }
        self.protocolType = try buffer.readKafkaString(flexible: flexible, "JoinGroupRequest.protocolType")
        self.protocols = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "JoinGroupRequest.protocols") { elementBuffer in try JoinGroupRequestProtocol(from: &elementBuffer, version: version) }
        if version >= 8 {
            self.reason = try buffer.readKafkaNullableString(flexible: flexible, "JoinGroupRequest.reason")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "JoinGroupRequest")
        }
    }

    /// JoinGroupRequestProtocol, in JoinGroupRequest versions 0-9.
    public struct JoinGroupRequestProtocol: ProtocolStruct {
        /// The protocol name.
        /// Versions 0+, map key.
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
            let flexible = version >= 6
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "JoinGroupRequest.JoinGroupRequestProtocol.name")
            writer.buffer.writeKafkaBytes(self.metadata, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "JoinGroupRequest.JoinGroupRequestProtocol", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(flexible: flexible, "JoinGroupRequest.JoinGroupRequestProtocol.name")
            self.metadata = try buffer.readKafkaBytes(flexible: flexible, "JoinGroupRequest.JoinGroupRequestProtocol.metadata")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "JoinGroupRequest.JoinGroupRequestProtocol")
            }
        }
    }
}

extension Array where Element == JoinGroupRequest.JoinGroupRequestProtocol {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String) -> Element? {
        self.first { $0.name == name }
    }
}
