// generated from clients/CreateAclsRequest.json, do not edit (make regenerate)

import NIOCore

/// CreateAclsRequest: Kafka request (key 30), versions 0-3, flexible versions 2+.
public struct CreateAclsRequest: KafkaRequest {
    public static let messageName = "CreateAclsRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 30)
    public typealias Response = CreateAclsResponse

    /// The ACLs that we want to create.
    /// Versions 0+.
    public var creations: [AclCreation] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        creations: [AclCreation] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.creations = creations
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.creations.count, flexible: flexible)
        for element in self.creations {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "CreateAclsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.creations = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "CreateAclsRequest.creations") { elementBuffer in try AclCreation(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateAclsRequest")
        }
    }

    /// AclCreation, in CreateAclsRequest versions 0-3.
    public struct AclCreation: ProtocolStruct {
        /// The type of the resource.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The resource name for the ACL.
        /// Versions 0+.
        public var resourceName: String = ""
        /// The pattern type for the ACL.
        /// Versions 1+.
        public var resourcePatternType: Int8 = 3
        /// The principal for the ACL.
        /// Versions 0+.
        public var principal: String = ""
        /// The host for the ACL.
        /// Versions 0+.
        public var host: String = ""
        /// The operation type for the ACL (read, write, etc.).
        /// Versions 0+.
        public var operation: Int8 = 0
        /// The permission type for the ACL (allow, deny, etc.).
        /// Versions 0+.
        public var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            resourceType: Int8 = 0,
            resourceName: String = "",
            resourcePatternType: Int8 = 3,
            principal: String = "",
            host: String = "",
            operation: Int8 = 0,
            permissionType: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.resourcePatternType = resourcePatternType
            self.principal = principal
            self.host = host
            self.operation = operation
            self.permissionType = permissionType
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "CreateAclsRequest.AclCreation.resourceName")
            if version >= 1 {
                writer.buffer.writeInteger(self.resourcePatternType)
            }
            if !(version >= 1) && self.resourcePatternType != 3 {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateAclsRequest.AclCreation", field: "resourcePatternType", version: version)
            }
            try writer.buffer.writeKafkaString(self.principal, flexible: flexible, "CreateAclsRequest.AclCreation.principal")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "CreateAclsRequest.AclCreation.host")
            writer.buffer.writeInteger(self.operation)
            writer.buffer.writeInteger(self.permissionType)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "CreateAclsRequest.AclCreation", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "CreateAclsRequest.AclCreation.resourceName")
            if version >= 1 {
                self.resourcePatternType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.resourcePatternType")
            }
            self.principal = try buffer.readKafkaString(flexible: flexible, "CreateAclsRequest.AclCreation.principal")
            self.host = try buffer.readKafkaString(flexible: flexible, "CreateAclsRequest.AclCreation.host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "CreateAclsRequest.AclCreation.permissionType")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "CreateAclsRequest.AclCreation")
            }
        }
    }
}
