import KafkaProtocol

extension MetadataImage {
    /// Where a client reaches `brokerId` on `listener`, for the leader hints of Produce and Fetch
    /// responses (KIP-951 `NodeEndpoints`): nil when the broker or the listener is unknown.
    func endpoint(of brokerId: Int32, listener: String) -> (host: String, port: Int32, rack: String?)? {
        guard let broker = self.brokers[brokerId],
            let endpoint = broker.endpoints.first(where: { $0.name == listener }) ?? broker.endpoints.first
        else { return nil }
        return (endpoint.host, Int32(endpoint.port), broker.rack)
    }
}
