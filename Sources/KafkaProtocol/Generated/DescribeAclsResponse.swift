// generated from clients/DescribeAclsResponse.json, do not edit (make regenerate)

import NIOCore

/// DescribeAclsResponse: Kafka response (key 29), versions 0-3, flexible versions 2+.
public struct DescribeAclsResponse: KafkaResponse {
    public static let messageName = "DescribeAclsResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 29)
    public typealias Request = DescribeAclsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    /// Versions 0+.
    public var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    /// Versions 0+, nullable 0+.
    public var errorMessage: String? = ""
    /// Each Resource that is referenced in an ACL.
    /// Versions 0+.
    public var resources: [DescribeAclsResource] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        errorCode: Int16 = 0,
        errorMessage: String? = "",
        resources: [DescribeAclsResource] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.resources = resources
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeInteger(self.errorCode)
        if let value = self.errorMessage {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeAclsResponse.errorMessage")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeAclsResponse.errorMessage")
        }
        writer.buffer.writeKafkaArrayCount(self.resources.count, flexible: flexible)
        for element in self.resources {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DescribeAclsResponse.throttleTimeMs")
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DescribeAclsResponse.errorCode")
        self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DescribeAclsResponse.errorMessage")
        self.resources = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeAclsResponse.resources") { elementBuffer in try DescribeAclsResource(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeAclsResponse")
        }
    }

    /// DescribeAclsResource, in DescribeAclsResponse versions 0-3.
    public struct DescribeAclsResource: ProtocolStruct {
        /// The resource type.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The resource name.
        /// Versions 0+.
        public var resourceName: String = ""
        /// The resource pattern type.
        /// Versions 1+.
        public var patternType: Int8 = 3
        /// The ACLs.
        /// Versions 0+.
        public var acls: [AclDescription] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            resourceType: Int8 = 0,
            resourceName: String = "",
            patternType: Int8 = 3,
            acls: [AclDescription] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.patternType = patternType
            self.acls = acls
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "DescribeAclsResponse.DescribeAclsResource.resourceName")
            if version >= 1 {
                writer.buffer.writeInteger(self.patternType)
            }
            if !(version >= 1) && self.patternType != 3 {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsResponse.DescribeAclsResource", field: "patternType", version: version)
            }
            writer.buffer.writeKafkaArrayCount(self.acls.count, flexible: flexible)
            for element in self.acls {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsResponse.DescribeAclsResource", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.DescribeAclsResource.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "DescribeAclsResponse.DescribeAclsResource.resourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.DescribeAclsResource.patternType")
            }
            self.acls = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeAclsResponse.DescribeAclsResource.acls") { elementBuffer in try AclDescription(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeAclsResponse.DescribeAclsResource")
            }
        }
    }

    /// AclDescription, in DescribeAclsResponse versions 0-3.
    public struct AclDescription: ProtocolStruct {
        /// The ACL principal.
        /// Versions 0+.
        public var principal: String = ""
        /// The ACL host.
        /// Versions 0+.
        public var host: String = ""
        /// The ACL operation.
        /// Versions 0+.
        public var operation: Int8 = 0
        /// The ACL permission type.
        /// Versions 0+.
        public var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            principal: String = "",
            host: String = "",
            operation: Int8 = 0,
            permissionType: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
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
            try writer.buffer.writeKafkaString(self.principal, flexible: flexible, "DescribeAclsResponse.AclDescription.principal")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "DescribeAclsResponse.AclDescription.host")
            writer.buffer.writeInteger(self.operation)
            writer.buffer.writeInteger(self.permissionType)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsResponse.AclDescription", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.principal = try buffer.readKafkaString(flexible: flexible, "DescribeAclsResponse.AclDescription.principal")
            self.host = try buffer.readKafkaString(flexible: flexible, "DescribeAclsResponse.AclDescription.host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.AclDescription.operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsResponse.AclDescription.permissionType")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeAclsResponse.AclDescription")
            }
        }
    }
}
