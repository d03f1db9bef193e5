// generated from clients/IncrementalAlterConfigsRequest.json, do not edit (make regenerate)

import NIOCore

/// IncrementalAlterConfigsRequest: Kafka request (key 44), versions 0-1, flexible versions 1+.
public struct IncrementalAlterConfigsRequest: KafkaRequest {
    public static let messageName = "IncrementalAlterConfigsRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(1, 32767)
    public static let apiKey = ApiKey(rawValue: 44)
    public typealias Response = IncrementalAlterConfigsResponse

    /// The incremental updates for each resource.
    /// Versions 0+.
    public var resources: [AlterConfigsResource] = []
    /// True if we should validate the request, but not change the configurations.
    /// Versions 0+.
    public var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        resources: [AlterConfigsResource] = [],
        validateOnly: Bool = false,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.resources = resources
        self.validateOnly = validateOnly
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 1
        writer.buffer.writeKafkaArrayCount(self.resources.count, flexible: flexible)
        for element in self.resources {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "IncrementalAlterConfigsRequest", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 1
        self.resources = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "IncrementalAlterConfigsRequest.resources") { elementBuffer in try AlterConfigsResource(from: &elementBuffer, version: version) }
        self.validateOnly = try buffer.readKafkaBool("IncrementalAlterConfigsRequest.validateOnly")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "IncrementalAlterConfigsRequest")
        }
    }

    /// AlterConfigsResource, in IncrementalAlterConfigsRequest versions 0-1.
    public struct AlterConfigsResource: ProtocolStruct {
        /// The resource type.
        /// Versions 0+, map key.
        public var resourceType: Int8 = 0
        /// The resource name.
        /// Versions 0+, map key.
        public var resourceName: String = ""
        /// The configurations.
        /// Versions 0+.
        public var configs: [AlterableConfig] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            resourceType: Int8 = 0,
            resourceName: String = "",
            configs: [AlterableConfig] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.resourceType = resourceType
            self.resourceName = resourceName
            self.configs = configs
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "IncrementalAlterConfigsRequest.AlterConfigsResource.resourceName")
            writer.buffer.writeKafkaArrayCount(self.configs.count, flexible: flexible)
            for element in self.configs {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "IncrementalAlterConfigsRequest.AlterConfigsResource", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsRequest.AlterConfigsResource.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "IncrementalAlterConfigsRequest.AlterConfigsResource.resourceName")
            self.configs = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "IncrementalAlterConfigsRequest.AlterConfigsResource.configs") { elementBuffer in try AlterableConfig(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "IncrementalAlterConfigsRequest.AlterConfigsResource")
            }
        }
    }

    /// AlterableConfig, in IncrementalAlterConfigsRequest versions 0-1.
    public struct AlterableConfig: ProtocolStruct {
        /// The configuration key name.
        /// Versions 0+, map key.
        public var name: String = ""
        /// The type (Set, Delete, Append, Subtract) of operation.
        /// Versions 0+, map key.
        public var configOperation: Int8 = 0
        /// The value to set for the configuration key.
        /// Versions 0+, nullable 0+.
        public var value: String? = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            configOperation: Int8 = 0,
            value: String? = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.configOperation = configOperation
            self.value = value
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 1
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.name")
            writer.buffer.writeInteger(self.configOperation)
            if let value = self.value {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.value")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.value")
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "IncrementalAlterConfigsRequest.AlterableConfig", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 1
            self.name = try buffer.readKafkaString(flexible: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.name")
            self.configOperation = try buffer.readKafkaInteger(as: Int8.self, "IncrementalAlterConfigsRequest.AlterableConfig.configOperation")
            self.value = try buffer.readKafkaNullableString(flexible: flexible, "IncrementalAlterConfigsRequest.AlterableConfig.value")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "IncrementalAlterConfigsRequest.AlterableConfig")
            }
        }
    }
}

extension Array where Element == IncrementalAlterConfigsRequest.AlterConfigsResource {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(resourceType: Int8, resourceName: String) -> Element? {
        self.first { $0.resourceType == resourceType && $0.resourceName == resourceName }
    }
}

extension Array where Element == IncrementalAlterConfigsRequest.AlterableConfig {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(name: String, configOperation: Int8) -> Element? {
        self.first { $0.name == name && $0.configOperation == configOperation }
    }
}
