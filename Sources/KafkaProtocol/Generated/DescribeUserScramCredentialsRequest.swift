// generated from clients/DescribeUserScramCredentialsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeUserScramCredentialsRequest: Kafka request (key 50), versions 0, flexible versions 0+.
public struct DescribeUserScramCredentialsRequest: KafkaRequest {
    public static let messageName = "DescribeUserScramCredentialsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 50)
    public typealias Response = DescribeUserScramCredentialsResponse

    /// The users to describe, or null/empty to describe all users.
    /// Versions 0+, nullable 0+.
    public var users: [UserName]? = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        users: [UserName]? = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.users = users
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if let value = self.users {
            writer.buffer.writeKafkaArrayCount(value.count, flexible: flexible)
            for element in value {
                try element.write(to: &writer, version: version)
            }
        } else {
            writer.buffer.writeKafkaArrayCount(nil, flexible: flexible)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.users = try buffer.readKafkaNullableArray(flexible: flexible, minimumElementSize: 1, "DescribeUserScramCredentialsRequest.users") { elementBuffer in try UserName(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeUserScramCredentialsRequest")
        }
    }

    /// UserName, in DescribeUserScramCredentialsRequest versions 0.
    public struct UserName: ProtocolStruct {
        /// The user name.
        /// Versions 0+.
        public var name: String = ""
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "DescribeUserScramCredentialsRequest.UserName.name")
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "DescribeUserScramCredentialsRequest.UserName.name")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeUserScramCredentialsRequest.UserName")
            }
        }
    }
}
