// generated from clients/AlterUserScramCredentialsRequest.json, do not edit (make regenerate)

import NIOCore

/// AlterUserScramCredentialsRequest: Kafka request (key 51), versions 0, flexible versions 0+.
public struct AlterUserScramCredentialsRequest: KafkaRequest {
    public static let messageName = "AlterUserScramCredentialsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 51)
    public typealias Response = AlterUserScramCredentialsResponse

    /// The SCRAM credentials to remove.
    /// Versions 0+.
    public var deletions: [ScramCredentialDeletion] = []
    /// The SCRAM credentials to update/insert.
    /// Versions 0+.
    public var upsertions: [ScramCredentialUpsertion] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        deletions: [ScramCredentialDeletion] = [],
        upsertions: [ScramCredentialUpsertion] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.deletions = deletions
        self.upsertions = upsertions
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.deletions.count, flexible: flexible)
        for element in self.deletions {
            try element.write(to: &writer, version: version)
        }
        writer.buffer.writeKafkaArrayCount(self.upsertions.count, flexible: flexible)
        for element in self.upsertions {
            try element.write(to: &writer, version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.deletions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterUserScramCredentialsRequest.deletions") { elementBuffer in try ScramCredentialDeletion(from: &elementBuffer, version: version) }
        self.upsertions = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "AlterUserScramCredentialsRequest.upsertions") { elementBuffer in try ScramCredentialUpsertion(from: &elementBuffer, version: version) }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterUserScramCredentialsRequest")
        }
    }

    /// ScramCredentialDeletion, in AlterUserScramCredentialsRequest versions 0.
    public struct ScramCredentialDeletion: ProtocolStruct {
        /// The user name.
        /// Versions 0+.
        public var name: String = ""
        /// The SCRAM mechanism.
        /// Versions 0+.
        public var mechanism: Int8 = 0
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            mechanism: Int8 = 0,
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.mechanism = mechanism
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialDeletion.name")
            writer.buffer.writeInteger(self.mechanism)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialDeletion.name")
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "AlterUserScramCredentialsRequest.ScramCredentialDeletion.mechanism")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterUserScramCredentialsRequest.ScramCredentialDeletion")
            }
        }
    }

    /// ScramCredentialUpsertion, in AlterUserScramCredentialsRequest versions 0.
    public struct ScramCredentialUpsertion: ProtocolStruct {
        /// The user name.
        /// Versions 0+.
        public var name: String = ""
        /// The SCRAM mechanism.
        /// Versions 0+.
        public var mechanism: Int8 = 0
        /// The number of iterations.
        /// Versions 0+.
        public var iterations: Int32 = 0
        /// A random salt generated by the client.
        /// Versions 0+.
        public var salt: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// The salted password.
        /// Versions 0+.
        public var saltedPassword: NIOCore.ByteBuffer = NIOCore.ByteBuffer()
        /// Tagged fields this version of the code does not know, kept so they round-trip.
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        public init(
            name: String = "",
            mechanism: Int8 = 0,
            iterations: Int32 = 0,
            salt: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            saltedPassword: NIOCore.ByteBuffer = NIOCore.ByteBuffer(),
            unknownTaggedFields: [TaggedField] = []
        ) {
            self.name = name
            self.mechanism = mechanism
            self.iterations = iterations
            self.salt = salt
            self.saltedPassword = saltedPassword
            self.unknownTaggedFields = unknownTaggedFields
        }

        /// Encodes this struct at `version` (Kafka's generated `write`).
        /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
        public func write(to writer: inout ProtocolWriter, version: Int16) throws {
            let flexible = true
            try writer.buffer.writeKafkaString(self.name, flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.name")
            writer.buffer.writeInteger(self.mechanism)
            writer.buffer.writeInteger(self.iterations)
            writer.buffer.writeKafkaBytes(self.salt, flexible: flexible)
            writer.buffer.writeKafkaBytes(self.saltedPassword, flexible: flexible)
            if flexible {
                writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
            }
        }

        /// Decodes this struct at `version` (Kafka's generated `read`).
        /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
        public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
            let flexible = true
            self.name = try buffer.readKafkaString(flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.name")
            self.mechanism = try buffer.readKafkaInteger(as: Int8.self, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.mechanism")
            self.iterations = try buffer.readKafkaInteger(as: Int32.self, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.iterations")
            self.salt = try buffer.readKafkaBytes(flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.salt")
            self.saltedPassword = try buffer.readKafkaBytes(flexible: flexible, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion.saltedPassword")
            if flexible {
                try buffer.readTaggedFields(into: &self.unknownTaggedFields, "AlterUserScramCredentialsRequest.ScramCredentialUpsertion")
            }
        }
    }
}
