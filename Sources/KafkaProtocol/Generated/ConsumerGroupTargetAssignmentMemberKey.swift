// generated from group-coordinator/ConsumerGroupTargetAssignmentMemberKey.json, do not edit (make regenerate)

import NIOCore

/// ConsumerGroupTargetAssignmentMemberKey: Kafka data, versions 7, flexible versions none.
public struct ConsumerGroupTargetAssignmentMemberKey: ProtocolMessage {
    public static let messageName = "ConsumerGroupTargetAssignmentMemberKey"
    public static let validVersions = VersionRange(7, 7)
    public static let flexibleVersions = VersionRange.none

    /// The group id.
    /// Versions 7.
    public var groupId: String = ""
    /// The member id.
    /// Versions 7.
    public var memberId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        groupId: String = "",
        memberId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.groupId = groupId
        self.memberId = memberId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = false
        try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "ConsumerGroupTargetAssignmentMemberKey.groupId")
        try writer.buffer.writeKafkaString(self.memberId, flexible: flexible, "ConsumerGroupTargetAssignmentMemberKey.memberId")
        if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "ConsumerGroupTargetAssignmentMemberKey", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = false
        self.groupId = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupTargetAssignmentMemberKey.groupId")
        self.memberId = try buffer.readKafkaString(flexible: flexible, "ConsumerGroupTargetAssignmentMemberKey.memberId")
    }
}
