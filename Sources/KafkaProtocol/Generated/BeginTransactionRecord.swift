// generated from metadata/BeginTransactionRecord.json, do not edit (make regenerate)

import NIOCore

/// BeginTransactionRecord: Kafka metadata (key 23), versions 0, flexible versions 0+.
public struct BeginTransactionRecord: ProtocolMessage {
    public static let messageName = "BeginTransactionRecord"
    public static let validVersions = VersionRange(0, 0)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let recordType: Int16 = 23

    /// An optional textual description of this transaction.
    /// Versions 0+, nullable 0+, tag 0 in 0+.
    public var name: String? = nil
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        name: String? = nil,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.name = name
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        if flexible {
            var taggedFields: [TaggedField] = []
            if self.name != nil {
                var fieldWriter = ProtocolWriter()
                if let value = self.name {
                    try fieldWriter.buffer.writeKafkaString(value, flexible: true, "BeginTransactionRecord.name")
                } else {
                    try fieldWriter.buffer.writeKafkaString(nil, flexible: true, "BeginTransactionRecord.name")
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
            let taggedCount = try buffer.readUnsignedVarint("BeginTransactionRecord tagged fields")
            for _ in 0..<taggedCount {
                let (tag, fieldData) = try buffer.readTaggedField("BeginTransactionRecord")
                var fieldBuffer = fieldData
                switch tag {
                case 0:
                    self.name = try fieldBuffer.readKafkaNullableString(flexible: true, "BeginTransactionRecord.name")
                default:
                    self.unknownTaggedFields.append(TaggedField(tag: tag, data: fieldBuffer))
                }
            }
        }
    }
}
