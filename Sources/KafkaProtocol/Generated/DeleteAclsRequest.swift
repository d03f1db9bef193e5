// generated from clients/DeleteAclsRequest.json, do not edit (make regenerate)

import NIOCore

/// DeleteAclsRequest: Kafka request (key 31), versions 0-3, flexible versions 2+.
public struct DeleteAclsRequest: KafkaRequest {
    public static let messageName = "DeleteAclsRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 31)
    public typealias Response = DeleteAclsResponse

    /// The filters to use when deleting ACLs.
    /// Versions 0+.
    public var filters: [DeleteAclsFilter] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        filters: [DeleteAclsFilter] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.filters = filters
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeKafkaArrayCount(self.filters.count, flexible: flexible)
        for element in self.filters {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.filters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteAclsRequest.filters") { elementBuffer in try DeleteAclsFilter(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteAclsRequest")
        }
    }

    /// DeleteAclsFilter, in DeleteAclsRequest versions 0-3.
    public struct DeleteAclsFilter: ProtocolStruct {
        /// The resource type.
        /// Versions 0+.
        public var resourceTypeFilter: Int8 = 0
        /// The resource name.
        /// Versions 0+, nullable 0+.
        public var resourceNameFilter: String? = ""
        /// The pattern type.
        /// Versions 1+.
        public var patternTypeFilter: Int8 = 3
        /// The principal filter, or null to accept all principals.
        /// Versions 0+, nullable 0+.
        public var principalFilter: String? = ""
        /// The host filter, or null to accept all hosts.
        /// Versions 0+, nullable 0+.
        public var hostFilter: String? = ""
        /// The ACL operation.
        /// Versions 0+.
        public var operation: Int8 = 0
        /// The permission type.
        /// Versions 0+.
        public var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            resourceTypeFilter: Int8 = 0,
            resourceNameFilter: String? = "",
            patternTypeFilter: Int8 = 3,
            principalFilter: String? = "",
            hostFilter: String? = "",
            operation: Int8 = 0,
            permissionType: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.resourceTypeFilter = resourceTypeFilter
            self.resourceNameFilter = resourceNameFilter
            self.patternTypeFilter = patternTypeFilter
            self.principalFilter = principalFilter
            self.hostFilter = hostFilter
            self.operation = operation
            self.permissionType = permissionType
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.resourceTypeFilter)
            if let value = self.resourceNameFilter {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.resourceNameFilter")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.resourceNameFilter")
            }
            if version >= 1 {
                writer.buffer.writeInteger(self.patternTypeFilter)
            }
            if !(version >= 1) && self.patternTypeFilter != 3 {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsRequest.DeleteAclsFilter", field: "patternTypeFilter", version: version)
            }
            if let value = self.principalFilter {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.principalFilter")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.principalFilter")
            }
            if let value = self.hostFilter {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.hostFilter")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.hostFilter")
            }
            writer.buffer.writeInteger(self.operation)
            writer.buffer.writeInteger(self.permissionType)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsRequest.DeleteAclsFilter", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.resourceTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.resourceTypeFilter")
            self.resourceNameFilter = try buffer.readKafkaNullableString(flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.resourceNameFilter")
            if version >= 1 {
                self.patternTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.patternTypeFilter")
            }
            self.principalFilter = try buffer.readKafkaNullableString(flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.principalFilter")
            self.hostFilter = try buffer.readKafkaNullableString(flexible: flexible, "DeleteAclsRequest.DeleteAclsFilter.hostFilter")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsRequest.DeleteAclsFilter.permissionType")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteAclsRequest.DeleteAclsFilter")
            }
        }
    }
}
