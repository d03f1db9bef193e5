// generated from clients/DescribeAclsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeAclsRequest: Kafka request (key 29), versions 0-3, flexible versions 2+.
public struct DescribeAclsRequest: KafkaRequest {
    public static let messageName = "DescribeAclsRequest"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 29)
    public typealias Response = DescribeAclsResponse

    /// The resource type.
    /// Versions 0+.
    public var resourceTypeFilter: Int8 = 0
    /// The resource name, or null to match any resource name.
    /// Versions 0+, nullable 0+.
    public var resourceNameFilter: String? = ""
    /// The resource pattern to match.
    /// Versions 1+.
    public var patternTypeFilter: Int8 = 3
    /// The principal to match, or null to match any principal.
    /// Versions 0+, nullable 0+.
    public var principalFilter: String? = ""
    /// The host to match, or null to match any host.
    /// Versions 0+, nullable 0+.
    public var hostFilter: String? = ""
    /// The operation to match.
    /// Versions 0+.
    public var operation: Int8 = 0
    /// The permission type to match.
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
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeAclsRequest.resourceNameFilter")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeAclsRequest.resourceNameFilter")
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.patternTypeFilter)
        }
        if !(version >= 1) && self.patternTypeFilter != 3 {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsRequest", field: "patternTypeFilter", version: version)
        }
        if let value = self.principalFilter {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeAclsRequest.principalFilter")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeAclsRequest.principalFilter")
        }
        if let value = self.hostFilter {
            try writer.buffer.writeKafkaString(value, flexible: flexible, "DescribeAclsRequest.hostFilter")
        } else {
            try writer.buffer.writeKafkaString(nil, flexible: flexible, "DescribeAclsRequest.hostFilter")
        }
        writer.buffer.writeInteger(self.operation)
        writer.buffer.writeInteger(self.permissionType)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeAclsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.resourceTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.resourceTypeFilter")
        self.resourceNameFilter = try buffer.readKafkaNullableString(flexible: flexible, "DescribeAclsRequest.resourceNameFilter")
        if version >= 1 {
            self.patternTypeFilter = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.patternTypeFilter")
        }
        self.principalFilter = try buffer.readKafkaNullableString(flexible: flexible, "DescribeAclsRequest.principalFilter")
        self.hostFilter = try buffer.readKafkaNullableString(flexible: flexible, "DescribeAclsRequest.hostFilter")
        self.operation = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.operation")
        self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DescribeAclsRequest.permissionType")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeAclsRequest")
        }
    }
}
