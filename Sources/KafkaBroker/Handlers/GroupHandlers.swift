/// The group coordinator's APIs, registered in one call by the server wiring after
/// `AdminHandlers` (whose FindCoordinator, answering without a coordinator, is replaced):
/// FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup, OffsetCommit, OffsetFetch,
/// ListGroups, DescribeGroups, DeleteGroups and OffsetDelete.
public enum GroupHandlers {
    /// Registers every group handler in `registry`.
    /// - Parameter coordinator: started (`startup()`) before requests arrive.
    public static func register(into registry: inout ApiRegistry, coordinator: GroupCoordinator, context: BrokerContext) {
        registry.register(FindCoordinatorHandler(context: context, coordinator: coordinator))
        registry.register(JoinGroupHandler(coordinator: coordinator))
        registry.register(SyncGroupHandler(coordinator: coordinator))
        registry.register(HeartbeatHandler(coordinator: coordinator))
        registry.register(LeaveGroupHandler(coordinator: coordinator))
        registry.register(OffsetCommitHandler(context: context, coordinator: coordinator))
        registry.register(OffsetFetchHandler(coordinator: coordinator))
        registry.register(ListGroupsHandler(coordinator: coordinator))
        registry.register(DescribeGroupsHandler(coordinator: coordinator))
        registry.register(DeleteGroupsHandler(coordinator: coordinator))
        registry.register(OffsetDeleteHandler(context: context, coordinator: coordinator))
    }

    /// Kafka reports a member's host as `InetAddress.toString`: "/" and the address.
    static func clientHost(_ client: ClientConnection) -> String {
        let address = client.remoteAddress
        guard let colon = address.lastIndex(of: ":") else { return "/" + address }
        var host = String(address[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return "/" + host
    }
}
