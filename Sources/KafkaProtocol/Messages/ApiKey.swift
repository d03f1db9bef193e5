/// A Kafka API key: an open set over `Int16`, so unknown keys survive decoding and can be
/// answered (Kafka ApiKeys.java). Named members and tables live in Generated/ApiKey+Generated.swift.
public struct ApiKey: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    public var description: String { self.name }

    /// The request header version for `version` of this API: 2 for flexible versions, else 1,
    /// except ControlledShutdown v0, whose header has no client id (Kafka ApiKeys.requestHeaderVersion).
    public func requestHeaderVersion(for version: Int16) -> Int16 {
        if self == .controlledShutdown && version == 0 { return 0 }
        guard let type = self.requestType else { return 1 }
        return type.flexibleVersions.contains(version) ? 2 : 1
    }

    /// The response header version: 1 for flexible versions, else 0; ApiVersions responses always
    /// use 0 so that a client can read the error of a version it did not negotiate (KIP-511).
    public func responseHeaderVersion(for version: Int16) -> Int16 {
        if self == .apiVersions { return 0 }
        guard let type = self.responseType else { return 0 }
        return type.flexibleVersions.contains(version) ? 1 : 0
    }
}
