// generated from metadata/AccessControlEntryRecord.json, do not edit (make regenerate)

import NIOCore

/// AccessControlEntryRecord: Kafka metadata (key 18), versions 0, flexible versions 0+.
public struct AccessControlEntryRecord: ProtocolMessage {
    public static let messageName = "AccessControlEntryRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 18

    /// The unique ID of this ACL.
    /// Versions 0+.
    public var id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero
    /// The resource type.
    /// Versions 0+.
    public var resourceType: Int8 = 0
    /// The resource name.
    /// Versions 0+.
    public var resourceName: String = ""
    /// The resource name pattern type.
    /// Versions 0+.
    public var patternType: Int8 = 0
    /// The principal name.
    /// Versions 0+.
    public var principal: String = ""
    /// The host name.
    /// Versions 0+.
    public var host: String = ""
    /// The AclOperation.
    /// Versions 0+.
    public var operation: Int8 = 0
    /// The AclPermissionType.
    /// Versions 0+.
    public var permissionType: Int8 = 0
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        id: KafkaProtocol.Uuid = KafkaProtocol.Uuid.zero,
        resourceType: Int8 = 0,
        resourceName: String = "",
        patternType: Int8 = 0,
        principal: String = "",
        host: String = "",
        operation: Int8 = 0,
        permissionType: Int8 = 0,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.id = id
        self.resourceType = resourceType
        self.resourceName = resourceName
        self.patternType = patternType
        self.principal = principal
        self.host = host
        self.operation = operation
        self.permissionType = permissionType
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaUuid(self.id)
        writer.buffer.writeInteger(self.resourceType)
        try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "AccessControlEntryRecord.resourceName")
        writer.buffer.writeInteger(self.patternType)
        try writer.buffer.writeKafkaString(self.principal, flexible: flexible, "AccessControlEntryRecord.principal")
        try writer.buffer.writeKafkaString(self.host, flexible: flexible, "AccessControlEntryRecord.host")
        writer.buffer.writeInteger(self.operation)
        writer.buffer.writeInteger(self.permissionType)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.id = try buffer.readKafkaUuid("AccessControlEntryRecord.id")
        self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "AccessControlEntryRecord.resourceType")
        self.resourceName = try buffer.readKafkaString(flexible: flexible, "AccessControlEntryRecord.resourceName")
        self.patternType = try buffer.readKafkaInteger(as: Int8.self, "AccessControlEntryRecord.patternType")
        self.principal = try buffer.readKafkaString(flexible: flexible, "AccessControlEntryRecord.principal")
        self.host = try buffer.readKafkaString(flexible: flexible, "AccessControlEntryRecord.host")
        self.operation = try buffer.readKafkaInteger(as: Int8.self, "AccessControlEntryRecord.operation")
        self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "AccessControlEntryRecord.permissionType")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AccessControlEntryRecord")
        }
    }
}
