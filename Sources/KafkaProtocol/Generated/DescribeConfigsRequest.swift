// generated from clients/DescribeConfigsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeConfigsRequest: Kafka request (key 32), versions 0-4, flexible versions 4+.
public struct DescribeConfigsRequest: KafkaRequest {
    public static let messageName = "DescribeConfigsRequest"
    public static let validVersions = VersionRange(0, 4)
    public static let flexibleVersions = VersionRange(4, 32767)
    public static let apiKey = ApiKey(rawValue: 32)
    public typealias Response = DescribeConfigsResponse

    /// The resources whose configurations we want to describe.
    /// Versions 0+.
    public var resources: [DescribeConfigsResource] = []
    /// True if we should include all synonyms.
    /// Versions 1+.
    public var includeSynonyms: Bool = false
    /// True if we should include configuration documentation.
    /// Versions 3+.
    public var includeDocumentation: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        resources: [DescribeConfigsResource] = [],
        includeSynonyms: Bool = false,
        includeDocumentation: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.resources = resources
        self.includeSynonyms = includeSynonyms
        self.includeDocumentation = includeDocumentation
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 4
        writer.buffer.writeKafkaArrayCount(self.resources.count, flexible: flexible)
        for element in self.resources {
            try element.write(to: &writer, version: version)
        }
        if version >= 1 {
            writer.buffer.writeKafkaBool(self.includeSynonyms)
        }
        if !(version >= 1) && self.includeSynonyms != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsRequest", field: "includeSynonyms", version: version)
        }
        if version >= 3 {
            writer.buffer.writeKafkaBool(self.includeDocumentation)
        }
        if !(version >= 3) && self.includeDocumentation != false {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsRequest", field: "includeDocumentation", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 4
        self.resources = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeConfigsRequest.resources") { elementBuffer in try DescribeConfigsResource(from: &elementBuffer, version: version) }
        if version >= 1 {
            self.includeSynonyms = try buffer.readKafkaBool("DescribeConfigsRequest.includeSynonyms")
        }
        if version >= 3 {
            self.includeDocumentation = try buffer.readKafkaBool("DescribeConfigsRequest.includeDocumentation")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsRequest")
        }
    }

    /// DescribeConfigsResource, in DescribeConfigsRequest versions 0-4.
    public struct DescribeConfigsResource: ProtocolStruct {
        /// The resource type.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The resource name.
        /// Versions 0+.
        public var resourceName: String = ""
        /// The configuration keys to list, or null to list all configuration keys.
        /// Versions 0+, nullable 0+.
        public var configurationKeys: [String]? = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            resourceType: Int8 = 0,
            resourceName: String = "",
            configurationKeys: [String]? = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.configurationKeys = configurationKeys
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 4
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "DescribeConfigsRequest.DescribeConfigsResource.resourceName")
            if let value = self.configurationKeys {
                writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
                for element in value {
                    try writer.buffer.writeKafkaString(element, flexible: flexible, "DescribeConfigsRequest.DescribeConfigsResource.configurationKeys")
                }
            } else {
                writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DescribeConfigsRequest.DescribeConfigsResource", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 4
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DescribeConfigsRequest.DescribeConfigsResource.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "DescribeConfigsRequest.DescribeConfigsResource.resourceName")
            self.configurationKeys = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "DescribeConfigsRequest.DescribeConfigsResource.configurationKeys") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DescribeConfigsRequest.DescribeConfigsResource.configurationKeys") }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeConfigsRequest.DescribeConfigsResource")
            }
        }
    }
}
