// generated from clients/DescribeGroupsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeGroupsResponse: Kafka response (key 15), versions 0-5, flexible versions 5+.
public struct DescribeGroupsResponse: KafkaResponse {
    public static let messageName = "DescribeGroupsResponse"
    public static let validVersions = VersionRange(0, 5)
    public static let flexibleVersions = VersionRange(5, 32767)
    public static let apiKey = ApiKey(rawValue: 15)
    public typealias Request = DescribeGroupsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 1+, ignorable.
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
        let flexible = version >= 5
        if version >= 1 {
            writer.buffer.writeInteger(self.throttleTimeMs)
        }
        writer.buffer.writeKafkaArrayCount(self.groups.count, flexible: flexible)
        for element in self.groups {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 5
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeGroupsResponse.throttleTimeMs")
        }
        self.groups = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeGroupsResponse.groups") { elementBuffer in try DescribedGroup(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeGroupsResponse")
        }
    }

    /// DescribedGroup, in DescribeGroupsResponse versions 0-5.
    public struct DescribedGroup: ProtocolStruct {
        /// The describe error, or 0 if there was no error.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The group ID string.
        /// Versions 0+.
        public var groupId: String = ""
        /// The group state string, or the empty string.
        /// Versions 0+.
        public var groupState: String = ""
        /// The group protocol type, or the empty string.
        /// Versions 0+.
        public var protocolType: String = ""
        /// The group protocol data, or the empty string.
        /// Versions 0+.
        public var protocolData: String = ""
        /// The group members.
        /// Versions 0+.
        public var members: [DescribedGroupMember] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        /// Versions 3+.
        public var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            groupId: String = "",
            groupState: String = "",
            protocolType: String = "",
            protocolData: String = "",
            members: [DescribedGroupMember] = [],
            authorizedOperations: Int32 = -2147483648,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.groupId = groupId
            self.groupState = groupState
            self.protocolType = protocolType
            self.protocolData = protocolData
            self.members = members
            self.authorizedOperations = authorizedOperations
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            writer.buffer.writeInteger(self.errorCode)
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "DescribeGroupsResponse.DescribedGroup.groupId")
            try writer.buffer.writeKafkaString(self.groupState, flexible: flexible, "DescribeGroupsResponse.DescribedGroup.groupState")
            try writer.buffer.writeKafkaString(self.protocolType, flexible: flexible, "DescribeGroupsResponse.DescribedGroup.protocolType")
            try writer.buffer.writeKafkaString(self.protocolData, flexible: flexible, "DescribeGroupsResponse.DescribedGroup.protocolData")
            writer.buffer.writeKafkaArrayCount(self.members.count, flexible: flexible)
            for element in self.members {
                try element.write(to: &writer, version: version)
            }
            if version >= 3 {
                writer.buffer.writeInteger(self.authorizedOperations)
            }
            if !(version >= 3) && self.authorizedOperations != -2147483648 {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsResponse.DescribedGroup", field: "authorizedOperations", version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsResponse.DescribedGroup", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeGroupsResponse.DescribedGroup.errorCode")
            self.groupId = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroup.groupId")
            self.groupState = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroup.groupState")
            self.protocolType = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroup.protocolType")
            self.protocolData = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroup.protocolData")
            self.members = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeGroupsResponse.DescribedGroup.members") { elementBuffer in try DescribedGroupMember(from: &elementBuffer, version: version) }
            if version >= 3 {
                self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self, "DescribeGroupsResponse.DescribedGroup.authorizedOperations")
            }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeGroupsResponse.DescribedGroup")
            }
        }
    }

    /// DescribedGroupMember, in DescribeGroupsResponse versions 0-5.
    public struct DescribedGroupMember: ProtocolStruct {
        /// The member ID assigned by the group coordinator.
        /// Versions 0+.
        public var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        /// Versions 4+, nullable 4+, ignorable.
        public var groupInstanceId: String? = nil
        /// The client ID used in the member's latest join group request.
        /// Versions 0+.
        public var clientId: String = ""
        /// The client host.
        /// Versions 0+.
        public var clientHost: String = ""
        /// The metadata corresponding to the current group protocol in use.
        /// Versions 0+.
        public var memberMetadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// The current assignment provided by the group leader.
        /// Versions 0+.
        public var memberAssignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            memberId: String = "",
            groupInstanceId: String? = nil,
            clientId: String = "",
            clientHost: String = "",
            memberMetadata: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            memberAssignment: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.clientId = clientId
            self.clientHost = clientHost
            self.memberMetadata = memberMetadata
            self.memberAssignment = memberAssignment
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 5
            try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.memberId")
            if version >= 4 {
                if let value = self.groupInstanceId {
                    try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.groupInstanceId")
                } else {
                    try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.groupInstanceId")
                }
            }
            try writer.buffer.writeKafkaString(self.clientId, flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.clientId")
            try writer.buffer.writeKafkaString(self.clientHost, flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.clientHost")
            writer.buffer.writeKafkaBytes(self.memberMetadata, flexible: flexible)
            writer.buffer.writeKafkaBytes(self.memberAssignment, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeGroupsResponse.DescribedGroupMember", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 5
            self.memberId = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.memberId")
            if version >= 4 {
                self.groupInstanceId = try buffer.readKafkaNullableString(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.groupInstanceId")
            }
            self.clientId = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.clientId")
            self.clientHost = try buffer.readKafkaString(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.clientHost")
            self.memberMetadata = try buffer.readKafkaBytes(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.memberMetadata")
            self.memberAssignment = try buffer.readKafkaBytes(flexible: flexible, "DescribeGroupsResponse.DescribedGroupMember.memberAssignment")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeGroupsResponse.DescribedGroupMember")
            }
        }
    }
}
