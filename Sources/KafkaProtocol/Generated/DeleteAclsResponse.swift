// generated from clients/DeleteAclsResponse.json, do not edit (make regenerate)

import NIOCore

/// DeleteAclsResponse: Kafka response (key 31), versions 0-3, flexible versions 2+.
public struct DeleteAclsResponse: KafkaResponse {
    public static let messageName = "DeleteAclsResponse"
    public static let validVersions = VersionRange(0, 3)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 31)
    public typealias Request = DeleteAclsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The results for each filter.
    /// Versions 0+.
    public var filterResults: [DeleteAclsFilterResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        filterResults: [DeleteAclsFilterResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.filterResults = filterResults
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.filterResults.count, flexible: flexible)
        for element in self.filterResults {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteAclsResponse.throttleTimeMs")
        self.filterResults = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteAclsResponse.filterResults") { elementBuffer in try DeleteAclsFilterResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteAclsResponse")
        }
    }

    /// DeleteAclsFilterResult, in DeleteAclsResponse versions 0-3.
    public struct DeleteAclsFilterResult: ProtocolStruct {
        /// The error code, or 0 if the filter succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The error message, or null if the filter succeeded.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The ACLs which matched this filter.
        /// Versions 0+.
        public var matchingAcls: [DeleteAclsMatchingAcl] = []
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            matchingAcls: [DeleteAclsMatchingAcl] = [],
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.matchingAcls = matchingAcls
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteAclsResponse.DeleteAclsFilterResult.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteAclsResponse.DeleteAclsFilterResult.errorMessage")
            }
            writer.buffer.writeKafkaArrayCount(self.matchingAcls.count, flexible: flexible)
            for element in self.matchingAcls {
                try element.write(to: &writer, version: version)
            }
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsResponse.DeleteAclsFilterResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteAclsResponse.DeleteAclsFilterResult.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DeleteAclsResponse.DeleteAclsFilterResult.errorMessage")
            self.matchingAcls = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteAclsResponse.DeleteAclsFilterResult.matchingAcls") { elementBuffer in try DeleteAclsMatchingAcl(from: &elementBuffer, version: version) }
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteAclsResponse.DeleteAclsFilterResult")
            }
        }
    }

    /// DeleteAclsMatchingAcl, in DeleteAclsResponse versions 0-3.
    public struct DeleteAclsMatchingAcl: ProtocolStruct {
        /// The deletion error code, or 0 if the deletion succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// The deletion error message, or null if the deletion succeeded.
        /// Versions 0+, nullable 0+.
        public var errorMessage: String? = ""
        /// The ACL resource type.
        /// Versions 0+.
        public var resourceType: Int8 = 0
        /// The ACL resource name.
        /// Versions 0+.
        public var resourceName: String = ""
        /// The ACL resource pattern type.
        /// Versions 1+.
        public var patternType: Int8 = 3
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
            errorCode: Int16 = 0,
            errorMessage: String? = "",
            resourceType: Int8 = 0,
            resourceName: String = "",
            patternType: Int8 = 3,
            principal: String = "",
            host: String = "",
            operation: Int8 = 0,
            permissionType: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.errorCode = errorCode
            self.errorMessage = errorMessage
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
            let flexible = version >= 2
            writer.buffer.writeInteger(self.errorCode)
            if let value = self.errorMessage {
                try writer.buffer.writeKafkaString(value, flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.errorMessage")
            } else {
                try writer.buffer.writeKafkaString(nil, flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.errorMessage")
            }
            writer.buffer.writeInteger(self.resourceType)
            try writer.buffer.writeKafkaString(self.resourceName, flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.resourceName")
            if version >= 1 {
                writer.buffer.writeInteger(self.patternType)
            }
            if !(version >= 1) && self.patternType != 3 {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsResponse.DeleteAclsMatchingAcl", field: "patternType", version: version)
            }
            try writer.buffer.writeKafkaString(self.principal, flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.principal")
            try writer.buffer.writeKafkaString(self.host, flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.host")
            writer.buffer.writeInteger(self.operation)
            writer.buffer.writeInteger(self.permissionType)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteAclsResponse.DeleteAclsMatchingAcl", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.errorCode")
            self.errorMessage = try buffer.readKafkaNullableString(flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.errorMessage")
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.resourceType")
            self.resourceName = try buffer.readKafkaString(flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.resourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.patternType")
            }
            self.principal = try buffer.readKafkaString(flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.principal")
            self.host = try buffer.readKafkaString(flexible: flexible, "DeleteAclsResponse.DeleteAclsMatchingAcl.host")
            self.operation = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.operation")
            self.permissionType = try buffer.readKafkaInteger(as: Int8.self, "DeleteAclsResponse.DeleteAclsMatchingAcl.permissionType")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteAclsResponse.DeleteAclsMatchingAcl")
            }
        }
    }
}
