import KafkaProtocol

/// The API versions a broker advertised in its ApiVersions response, and the negotiation of
/// the version to use for each request.
///
/// The version used is the highest both sides support: the intersection of the broker's range
/// with the versions this client's generated messages cover, optionally narrowed by the caller
/// (Kafka NodeApiVersions.latestUsableVersion).
public struct ApiVersionTable: Sendable, Equatable {
    /// The broker's range per API key.
    public private(set) var brokerRanges: [ApiKey: VersionRange]

    public init(brokerRanges: [ApiKey: VersionRange]) {
        self.brokerRanges = brokerRanges
    }

    /// Builds the table from an ApiVersions response's `apiKeys`.
    public init(_ apiKeys: [ApiVersionsResponse.ApiVersion]) {
        var ranges: [ApiKey: VersionRange] = [:]
        for entry in apiKeys {
            ranges[ApiKey(rawValue: entry.apiKey)] = VersionRange(entry.minVersion, entry.maxVersion)
        }
        self.brokerRanges = ranges
    }

    /// The highest version of `apiKey` both the broker and `clientRange` allow, or nil when the
    /// ranges do not meet or the broker lacks the API.
    public func usableVersion(for apiKey: ApiKey, clientRange: VersionRange) -> Int16? {
        guard let broker = self.brokerRanges[apiKey] else { return nil }
        let common = broker.intersection(clientRange)
        return common.isEmpty ? nil : common.highest
    }

    /// The highest version of `Request` usable with this broker, within `limit` if given.
    public func usableVersion<Request: KafkaRequest>(
        of type: Request.Type, within limit: VersionRange? = nil
    ) -> Int16? {
        var range = Request.validVersions
        if let limit { range = range.intersection(limit) }
        return self.usableVersion(for: Request.apiKey, clientRange: range)
    }

    /// Whether the broker advertises `apiKey` at all.
    public func supports(_ apiKey: ApiKey) -> Bool { self.brokerRanges[apiKey] != nil }
}
