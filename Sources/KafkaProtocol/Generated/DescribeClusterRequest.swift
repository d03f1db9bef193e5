// generated from clients/DescribeClusterRequest.json, do not edit (make regenerate)

import NIOCore

/// DescribeClusterRequest: Kafka request (key 60), versions 0-1, flexible versions 0+.
public struct DescribeClusterRequest: KafkaRequest {
    public static let messageName = "DescribeClusterRequest"
    public static let validVersions = VersionRange(0, 1)
    public static let flexibleVersions = VersionRange(0, 32767)
    public static let apiKey = ApiKey(rawValue: 60)
    public typealias Response = DescribeClusterResponse

    /// Whether to include cluster authorized operations.
    /// Versions 0+.
    public var includeClusterAuthorizedOperations: Bool = false
    /// The endpoint type to describe. 1=brokers, 2=controllers.
    /// Versions 1+.
    public var endpointType: Int8 = 1
    /// Tagged fields this version of the code does not know, kept so they round-trip.
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(
        includeClusterAuthorizedOperations: Bool = false,
        endpointType: Int8 = 1,
        unknownTaggedFields: [TaggedField] = []
    ) {
        self.includeClusterAuthorizedOperations = includeClusterAuthorizedOperations
        self.endpointType = endpointType
        self.unknownTaggedFields = unknownTaggedFields
    }

    /// Encodes this struct at `version` (Kafka's generated `write`).
    /// - Throws: `ProtocolEncodingError` when a value cannot be carried at `version`.
    public func write(to writer: inout ProtocolWriter, version: Int16) throws {
        let flexible = true
        writer.buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        if version >= 1 {
            writer.buffer.writeInteger(self.endpointType)
        }
        if !(version >= 1) && self.endpointType != 1 {
            throw ProtocolEncodingError.fieldNotSupported(message: "DescribeClusterRequest", field: "endpointType", version: version)
        }
        if flexible {
            writer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    /// Decodes this struct at `version` (Kafka's generated `read`).
    /// - Throws: `ProtocolDecodingError`; the buffer's reader index is then unspecified (use `decode(from:version:)`).
    public init(from buffer: inout NIOCore.ByteBuffer, version: Int16) throws {
        let flexible = true
        self.includeClusterAuthorizedOperations = try buffer.readKafkaBool("DescribeClusterRequest.includeClusterAuthorizedOperations")
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self, "DescribeClusterRequest.endpointType")
        }
        if flexible {
            try buffer.readTaggedFields(into: &self.unknownTaggedFields, "DescribeClusterRequest")
        }
    }
}
