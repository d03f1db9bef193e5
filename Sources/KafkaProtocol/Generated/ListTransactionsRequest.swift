// generated from clients/ListTransactionsRequest.json, do not edit (make regenerate)

import NIOCore

/// ListTransactionsRequest: Kafka request (key 66), versions 0-1, flexible versions 0+.
public struct ListTransactionsRequest: KafkaRequest {
    public static let messageName = "ListTransactionsRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 66)
    public typealias Response = ListTransactionsResponse

    /// The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned
    /// Versions 0+.
    public var stateFilters: [String] = []
    /// The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned
    /// Versions 0+.
    public var producerIdFilters: [Int64] = []
    /// Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned
    /// Versions 1+.
    public var durationFilter: Int64 = -1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        stateFilters: [String] = [],
        producerIdFilters: [Int64] = [],
        durationFilter: Int64 = -1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.stateFilters = stateFilters
        self.producerIdFilters = producerIdFilters
        self.durationFilter = durationFilter
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaArrayCount(self.stateFilters.count, flexible: flexible)
        for element in self.stateFilters {
            try writer.buffer.writeKafkaString(element, flexible: flexible, "ListTransactionsRequest.stateFilters")
        }
        writer.buffer.writeKafkaArrayCount(self.producerIdFilters.count, flexible: flexible)
        for element in self.producerIdFilters {
            writer.buffer.writeInteger(element)
        }
        if version >= 1 {
            writer.buffer.writeInteger(self.durationFilter)
        }
        if !(version >= 1) && self.durationFilter != -1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "ListTransactionsRequest", field: "durationFilter", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.stateFilters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 1, "ListTransactionsRequest.stateFilters") { elementBuffer in try elementBuffer.readKafkaString(flexible: flexible, "ListTransactionsRequest.stateFilters") }
        self.producerIdFilters = try buffer.readKafkaArray(flexible: flexible, minimumElementSize: 8, "ListTransactionsRequest.producerIdFilters") { elementBuffer in try elementBuffer.readKafkaInteger(as: Int64.self, "ListTransactionsRequest.producerIdFilters") }
        if version >= 1 {
            self.durationFilter = try buffer.readKafkaInteger(as: Int64.self, "ListTransactionsRequest.durationFilter")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "ListTransactionsRequest")
        }
    }
}
