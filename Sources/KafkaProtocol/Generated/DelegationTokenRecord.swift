// generated from metadata/DelegationTokenRecord.json, do not edit (make regenerate)

import NIOCore

/// DelegationTokenRecord: Kafka metadata (key 10), versions 0, flexible versions 0+.
public struct DelegationTokenRecord: ProtocolMessage {
    public static let messageName = "DelegationTokenRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 10

    /// The delegation token owner.
    /// Versions 0+.
    public var owner: String = ""
    /// The delegation token requester.
    /// Versions 0+.
    public var requester: String = ""
    /// The principals which can renew this token.
    /// Versions 0+.
    public var renewers: [String] = []
    /// The time at which this timestamp was issued.
    /// Versions 0+.
    public var issueTimestamp: Int64 = 0
    /// The time at which this token cannot be renewed any more.
    /// Versions 0+.
    public var maxTimestamp: Int64 = 0
    /// The next time at which this token must be renewed.
    /// Versions 0+.
    public var expirationTimestamp: Int64 = 0
    /// The token id.
    /// Versions 0+.
    public var tokenId: String = ""
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        owner: String = "",
        requester: String = "",
        renewers: [String] = [],
        issueTimestamp: Int64 = 0,
        maxTimestamp: Int64 = 0,
        expirationTimestamp: Int64 = 0,
        tokenId: String = "",
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.owner = owner
        self.requester = requester
        self.renewers = renewers
        self.issueTimestamp = issueTimestamp
        self.maxTimestamp = maxTimestamp
        self.expirationTimestamp = expirationTimestamp
        self.tokenId = tokenId
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        try writer.buffer.writeKafkaString(self.owner, flexible: flexible, "DelegationTokenRecord.owner")
        try writer.buffer.writeKafkaString(self.requester, flexible: flexible, "DelegationTokenRecord.requester")
        writer.buffer.writeKafkaArrayCount(self.renewers.count, flexible: flexible)
        for element in self.renewers {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "DelegationTokenRecord.renewers")
        }
        writer.buffer.writeInteger(self.issueTimestamp)
        writer.buffer.writeInteger(self.maxTimestamp)
        writer.buffer.writeInteger(self.expirationTimestamp)
        try writer.buffer.writeKafkaString(self.tokenId, flexible: flexible, "DelegationTokenRecord.tokenId")
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.owner = try buffer.readKafkaString(flexible: flexible, "DelegationTokenRecord.owner")
        self.requester = try buffer.readKafkaString(flexible: flexible, "DelegationTokenRecord.requester")
        self.renewers = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DelegationTokenRecord.renewers") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DelegationTokenRecord.renewers") }
        self.issueTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DelegationTokenRecord.issueTimestamp")
        self.maxTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DelegationTokenRecord.maxTimestamp")
        self.expirationTimestamp = try buffer.readKafkaInteger(as: Int64.self, "DelegationTokenRecord.expirationTimestamp")
        self.tokenId = try buffer.readKafkaString(flexible: flexible, "DelegationTokenRecord.tokenId")
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DelegationTokenRecord")
        }
    }
}
