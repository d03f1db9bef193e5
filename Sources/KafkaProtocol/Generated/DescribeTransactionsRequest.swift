// generated from clients/DescribeTransactionsRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeTransactionsRequest: Kafka request (key 65), versions 0, flexible versions 0+.
public struct DescribeTransactionsRequest: KafkaRequest {
    public static let messageName = "DescribeTransactionsRequest"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 65)
    public typealias Response = DescribeTransactionsResponse

    /// Array of transactionalIds to include in describe results. If empty, then no results will be returned.
    /// Versions 0+.
    public var transactionalIds: [String] = []
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        transactionalIds: [String] = [],
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.transactionalIds = transactionalIds
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.transactionalIds.count, flexible: flexible)
        for element in self.transactionalIds {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "DescribeTransactionsRequest.transactionalIds")
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.transactionalIds = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "DescribeTransactionsRequest.transactionalIds") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "DescribeTransactionsRequest.transactionalIds") }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeTransactionsRequest")
        }
    }
}
