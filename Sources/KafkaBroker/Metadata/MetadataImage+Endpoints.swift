extension MetadataImage {
    /// A broker as clients reach it through one listener.
    struct ListenerEndpoint: Sendable, Equatable {
        var id: Int32
        var host: String
        var port: Int32
        var rack: String?
    }

    /// The brokers a client on `listenerName` can use: registered, not fenced, and advertising that
    /// listener, sorted by id (Kafka KRaftMetadataCache.getAliveBrokerNodes).
    func aliveBrokers(on listenerName: String) -> [ListenerEndpoint] {
        self.brokers.keys.sorted().compactMap { self.aliveEndpoint(of: $0, on: listenerName) }
    }

    /// `brokerId`'s endpoint on `listenerName`, nil when the broker is unknown, fenced or lacks the
    /// listener (Kafka KRaftMetadataCache.getAliveEndpoint).
    func aliveEndpoint(of brokerId: Int32, on listenerName: String) -> ListenerEndpoint? {
        guard let broker = self.brokers[brokerId], !broker.fenced,
            let endpoint = broker.endpoints.first(where: { $0.name == listenerName })
        else { return nil }
        return ListenerEndpoint(id: broker.id, host: endpoint.host, port: Int32(endpoint.port), rack: broker.rack)
    }
}
