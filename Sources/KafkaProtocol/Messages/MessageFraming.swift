import NIOCore

// Request and response framing: an INT32 size, then the header at the version the API and its
// version call for (ApiKey.requestHeaderVersion / responseHeaderVersion), then the body.

/// A request whose header has been decoded and whose body is still bytes.
public struct RequestFrame: Sendable {
    public var header: RequestHeader
    public var headerVersion: Int16
    public var apiKey: ApiKey { ApiKey(rawValue: self.header.requestApiKey) }
    public var apiVersion: Int16 { self.header.requestApiVersion }
    /// The request body, after the header.
    public var body: ByteBuffer

    /// Decodes the header of one request (the bytes after the size prefix). The header version
    /// follows from the API key and version it starts with; an API key the generated code does not
    /// know is read with header v1 so that the caller can still answer its correlation id.
    public init(decoding frame: ByteBuffer) throws {
        var buffer = frame
        guard let apiKey = buffer.getInteger(at: buffer.readerIndex, as: Int16.self),
            let apiVersion = buffer.getInteger(at: buffer.readerIndex + 2, as: Int16.self)
        else {
            throw ProtocolDecodingError.truncated(what: "request header", needed: 4, available: buffer.readableBytes)
        }
        self.headerVersion = ApiKey(rawValue: apiKey).requestHeaderVersion(for: apiVersion)
        self.header = try RequestHeader.decode(from: &buffer, version: self.headerVersion)
        self.body = buffer
    }

    /// Decodes the body as `Request` at the header's version.
    ///
    /// Bytes after the end of the body are ignored, as Kafka's broker ignores them (the generated
    /// `read` stops at the last field and nothing checks the remainder): librdkafka 2.x sends three
    /// stray bytes after a Metadata v12 request for all topics, and Kafka serves it.
    public func decodeBody<Request: KafkaRequest>(as type: Request.Type = Request.self) throws -> Request {
        var body = self.body
        return try Request.decode(from: &body, version: self.apiVersion)
    }
}

extension KafkaRequest {
    /// Encodes this request as a complete frame: size, header (at the version the API needs),
    /// body.
    public func encodeFrame(version: Int16, correlationId: Int32, clientId: String?) throws -> ProtocolWriter {
        let header = RequestHeader(
            requestApiKey: Self.apiKey.rawValue, requestApiVersion: version, correlationId: correlationId,
            clientId: clientId)
        var writer = ProtocolWriter()
        writer.buffer.writeInteger(Int32(0))  // size, set below
        try header.write(to: &writer, version: Self.apiKey.requestHeaderVersion(for: version))
        guard Self.validVersions.contains(version) else {
            throw ProtocolEncodingError.unsupportedVersion(message: Self.messageName, version: version)
        }
        try self.write(to: &writer, version: version)
        writer.buffer.setInteger(Int32(writer.totalBytes - 4), at: writer.buffer.readerIndex)
        return writer
    }
}

extension KafkaResponse {
    /// Encodes this response as a complete frame: size, header (v0, or v1 for flexible versions
    /// except ApiVersions), body. File regions in records stay regions (see `ProtocolWriter.parts`).
    public func encodeFrame(version: Int16, correlationId: Int32) throws -> ProtocolWriter {
        var writer = ProtocolWriter()
        writer.buffer.writeInteger(Int32(0))  // size, set below
        try ResponseHeader(correlationId: correlationId)
            .write(to: &writer, version: Self.apiKey.responseHeaderVersion(for: version))
        guard Self.validVersions.contains(version) else {
            throw ProtocolEncodingError.unsupportedVersion(message: Self.messageName, version: version)
        }
        try self.write(to: &writer, version: version)
        writer.buffer.setInteger(Int32(writer.totalBytes - 4), at: writer.buffer.readerIndex)
        return writer
    }

    /// Decodes a response frame (after the size prefix): header, then body at `version`.
    public static func decodeFrame(_ frame: ByteBuffer, version: Int16) throws -> (correlationId: Int32, response: Self) {
        var buffer = frame
        let header = try ResponseHeader.decode(from: &buffer, version: Self.apiKey.responseHeaderVersion(for: version))
        let response = try Self.decode(from: &buffer, version: version)
        return (header.correlationId, response)
    }
}
