// generated from metadata/AbortTransactionRecord.json, do not edit (make regenerate)

import NIOCore

/// AbortTransactionRecord: Kafka metadata (key 25), versions 0, flexible versions 0+.
public struct AbortTransactionRecord: ProtocolMessage {
    public static let messageName = "AbortTransactionRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 25

    /// An optional textual description of why the transaction was aborted.
    /// Versions 0+, nullable 0+, tag 0 in 0+.
    public var reason: String? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        reason: String? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.reason = reason
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.reason != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.reason {
                    try fieldWriter.buffer.writeKafkaString(value, flexible: true, "AbortTransactionRecord.reason")
                } else {
                    try fieldWriter.buffer.writeKafkaString(nil, flexible: true, "AbortTransactionRecord.reason")
                }
                taggedFields.append(TaggedField(tag: 0, data: fieldWriter.buffer))
            }
            writer.writeTaggedFields(taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        if flexible {
            let taggedCount = try buffer.readUnsignedVarint("AbortTransactionRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("AbortTransactionRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.reason = try fieldBuffer.readKafkaNullableString(flexible: true, "AbortTransactionRecord.reason")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
