// generated from clients/DeleteGroupsResponse.json, do not edit (make regenerate)

import NIOCore

/// DeleteGroupsResponse: Kafka response (key 42), versions 0-2, flexible versions 2+.
public struct DeleteGroupsResponse: KafkaResponse {
    public static let messageName = "DeleteGroupsResponse"
    public static let validVersions = VersionRange(0, 2)
    public static let flexibleVersions = VersionRange(2, 32767)
    public static let apiKey = ApiKey(rawValue: 42)
    public typealias Request = DeleteGroupsRequest

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    /// Versions 0+.
    public var throttleTimeMs: Int32 = 0
    /// The deletion results
    /// Versions 0+.
    public var results: [DeletableGroupResult] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        throttleTimeMs: Int32 = 0,
        results: [DeletableGroupResult] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.throttleTimeMs = throttleTimeMs
        self.results = results
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = version >= 2
        writer.buffer.writeInteger(self.throttleTimeMs)
        writer.buffer.writeKafkaArrayCount(self.results.count, flexible: flexible)
        for element in self.results {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw ProtocolEncodingError.fieldNotSupported(message: "DeleteGroupsResponse", field: "unknownTaggedFields", version: version)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "DeleteGroupsResponse.throttleTimeMs")
        self.results = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DeleteGroupsResponse.results") { elementBuffer in try DeletableGroupResult(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteGroupsResponse")
        }
    }

    /// DeletableGroupResult, in DeleteGroupsResponse versions 0-2.
    public struct DeletableGroupResult: ProtocolStruct {
        /// The group id
        /// Versions 0+, map key.
        public var groupId: String = ""
        /// The deletion error, or 0 if the deletion succeeded.
        /// Versions 0+.
        public var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            groupId: String = "",
            errorCode: Int16 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.groupId = groupId
            self.errorCode = errorCode
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = version >= 2
            try writer.buffer.writeKafkaString(self.groupId, flexible: flexible, "DeleteGroupsResponse.DeletableGroupResult.groupId")
            writer.buffer.writeInteger(self.errorCode)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw ProtocolEncodingError.fieldNotSupported(message: "DeleteGroupsResponse.DeletableGroupResult", field: "unknownTaggedFields", version: version)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = version >= 2
            self.groupId = try buffer.readKafkaString(flexible: flexible, "DeleteGroupsResponse.DeletableGroupResult.groupId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "DeleteGroupsResponse.DeletableGroupResult.errorCode")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DeleteGroupsResponse.DeletableGroupResult")
            }
        }
    }
}

extension Array where Element == DeleteGroupsResponse.DeletableGroupResult {
    /// The first element with this map key, as Kafka's generated keyed collections find it.
    public func find(groupId: String) -> Element? {
        self.first { $0.groupId == groupId }
    }
}
