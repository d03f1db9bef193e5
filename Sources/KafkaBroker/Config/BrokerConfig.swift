/// A node's configuration: `server.properties` plus `--override`s, typed and validated with
/// Kafka's names, defaults and messages (Kafka KafkaConfig.scala / KafkaConfig.validateValues).
///
/// Unknown keys are kept (Kafka accepts them); known keys with bad values, and broken KRaft
/// rules, throw `ConfigException` or `ConfigRequirementFailed` naming the key.
public struct BrokerConfig: Sendable {
    public enum ProcessRole: String, Sendable, Hashable { case broker, controller }

    /// A `controller.quorum.voters` entry: `id@host:port`.
    public struct Voter: Sendable, Hashable {
        public var id: Int32
        public var host: String
        public var port: Int

        public init(id: Int32, host: String, port: Int) {
            self.id = id
            self.host = host
            self.port = port
        }
    }

    public let originals: [String: String]
    private let values: [String: ConfigDefinition.Value]

    public let processRoles: Set<ProcessRole>
    public let nodeId: Int32
    public let voters: [Voter]
    public let listeners: [Listener]
    public let advertisedListeners: [Listener]
    public let securityProtocolMap: [String: String]
    public let controllerListenerNames: [String]
    public let interBrokerListenerName: String
    public let logDirs: [String]
    public let metadataLogDir: String

    public init(properties: [String: String]) throws {
        self.originals = properties
        var values: [String: ConfigDefinition.Value] = [:]
        for definition in BrokerConfigDefinitions.all {
            values[definition.name] = try definition.parse(properties[definition.name] ?? definition.defaultValue)
        }
        self.values = values

        // process.roles
        let roleNames = Self.list(values["process.roles"])
        let duplicates = Set(roleNames.filter { name in roleNames.filter { $0 == name }.count > 1 })
        guard duplicates.isEmpty else {
            throw ConfigException(message: "Duplicate role names found in `process.roles`: \(duplicates.sorted().joined(separator: ", "))")
        }
        self.processRoles = Set(roleNames.compactMap(ProcessRole.init(rawValue:)))
        guard !self.processRoles.isEmpty else {
            throw ConfigException(
                message: "process.roles must be set: this broker runs in KRaft mode only (broker, controller, or both)")
        }

        // node.id / broker.id
        let nodeId = Self.int(values["node.id"])
        let brokerId = Self.int(values["broker.id"])
        if nodeId >= 0 && brokerId >= 0 && nodeId != brokerId {
            throw ConfigRequirementFailed(message: "You must set `node.id` to the same value as `broker.id`.")
        }
        self.nodeId = nodeId >= 0 ? nodeId : brokerId
        guard self.nodeId >= 0 else {
            throw ConfigException(
                message: "Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode).")
        }

        // Quorum
        self.voters = try Self.list(values["controller.quorum.voters"]).map(Self.parseVoter)
        if self.voters.isEmpty && Self.list(values["controller.quorum.bootstrap.servers"]).isEmpty {
            throw ConfigException(
                message: "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers.")
        }
        if Self.string(values["control.plane.listener.name"]) != nil {
            throw ConfigRequirementFailed(message: "control.plane.listener.name is not supported in KRaft mode.")
        }

        // Listeners
        self.listeners = try Self.list(values["listeners"]).map { try Listener(parsing: $0, key: "listeners") }
        try Self.checkDistinct(self.listeners, key: "listeners")
        if properties["advertised.listeners"] != nil {
            self.advertisedListeners = try Self.list(values["advertised.listeners"]).map {
                try Listener(parsing: $0, key: "advertised.listeners")
            }
        } else {
            self.advertisedListeners = self.listeners
        }
        if self.advertisedListeners.contains(where: { $0.host == "0.0.0.0" }) {
            throw ConfigRequirementFailed(
                message: "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.")
        }
        var protocolMap: [String: String] = [:]
        for entry in Self.list(values["listener.security.protocol.map"]) {
            let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw ConfigException(name: "listener.security.protocol.map", value: entry, reason: "Expected NAME:PROTOCOL")
            }
            protocolMap[parts[0].uppercased()] = parts[1].uppercased()
        }
        self.controllerListenerNames = Self.list(values["controller.listener.names"]).map { $0.uppercased() }
        if properties["listener.security.protocol.map"] == nil {
            // Controller listeners map to PLAINTEXT implicitly when nothing uses SSL or SASL.
            for name in self.controllerListenerNames where protocolMap[name] == nil { protocolMap[name] = "PLAINTEXT" }
        }
        self.securityProtocolMap = protocolMap
        for listener in self.listeners where protocolMap[listener.name] == nil {
            throw ConfigException(
                message: "No security protocol defined for listener \(listener.name)")
        }

        let interBrokerName = Self.string(values["inter.broker.listener.name"])
        let interBrokerProtocol = Self.string(values["security.inter.broker.protocol"])
        if interBrokerName != nil && interBrokerProtocol != nil {
            throw ConfigException(
                message: "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.")
        }
        self.interBrokerListenerName = interBrokerName?.uppercased() ?? interBrokerProtocol?.uppercased() ?? "PLAINTEXT"

        // Logs
        let dirs = (Self.string(values["log.dirs"]) ?? Self.string(values["log.dir"]) ?? "")
            .split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !dirs.isEmpty else {
            throw ConfigRequirementFailed(message: "At least one log directory must be defined via log.dirs or log.dir.")
        }
        self.logDirs = dirs
        self.metadataLogDir = Self.string(values["metadata.log.dir"]) ?? dirs[0]
        if let retention = Self.optionalLong(values["log.retention.ms"]), retention == 0 {
            throw ConfigRequirementFailed(message: "log.retention.ms must be unlimited (-1) or, greater than or equal to 1")
        }
        if let roll = Self.optionalLong(values["log.roll.ms"]), roll < 1 {
            throw ConfigRequirementFailed(message: "log.roll.ms must be greater than or equal to 1")
        }

        try self.validateRoles()
    }

    /// The cross-key rules for each role (KafkaConfig.validateValues, KRaft branch).
    private func validateRoles() throws {
        let controllerNames = Set(self.controllerListenerNames)
        let listenerNames = Set(self.listeners.map(\.name))
        let voterIds = "Set(\(self.voters.map { String($0.id) }.joined(separator: ", ")))"
        if self.processRoles.contains(.controller) {
            if !self.voters.isEmpty && !self.voters.contains(where: { $0.id == self.nodeId }) {
                throw ConfigRequirementFailed(
                    message: "If process.roles contains the 'controller' role, the node id \(self.nodeId) must be included in the set of voters controller.quorum.voters=\(voterIds)")
            }
            guard !controllerNames.isDisjoint(with: listenerNames) else {
                throw ConfigRequirementFailed(
                    message: "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role")
            }
            if self.processRoles == [.controller] {
                guard listenerNames.isSubset(of: controllerNames) else {
                    throw ConfigRequirementFailed(
                        message: "The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller")
                }
            }
        }
        if self.processRoles.contains(.broker) {
            if self.processRoles == [.broker] {
                if self.voters.contains(where: { $0.id == self.nodeId }) {
                    throw ConfigRequirementFailed(
                        message: "If process.roles contains just the 'broker' role, the node id \(self.nodeId) must not be included in the set of voters controller.quorum.voters=\(voterIds)")
                }
                guard !controllerNames.isEmpty else {
                    throw ConfigRequirementFailed(
                        message: "controller.listener.names must contain at least one value when running KRaft with just the broker role")
                }
                guard controllerNames.isDisjoint(with: listenerNames) else {
                    throw ConfigRequirementFailed(
                        message: "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role")
                }
            }
            let advertisedBroker = self.advertisedListeners.filter { !controllerNames.contains($0.name) }
            guard !advertisedBroker.isEmpty else {
                throw ConfigRequirementFailed(
                    message: "There must be at least one broker advertised listener. Perhaps all listeners appear in controller.listener.names?")
            }
            guard Set(self.advertisedListeners.map(\.name)).isSubset(of: listenerNames) else {
                throw ConfigRequirementFailed(
                    message: "advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found \(self.advertisedListeners.map(\.name).joined(separator: ",")). The valid options based on the current configuration are \(self.listeners.map(\.name).joined(separator: ","))")
            }
            guard advertisedBroker.contains(where: { $0.name == self.interBrokerListenerName }) else {
                throw ConfigRequirementFailed(
                    message: "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are \(advertisedBroker.map(\.name).joined(separator: ","))")
            }
        }
    }

    // MARK: Typed access

    public func int(_ key: String) -> Int32 { Self.int(self.values[key]) }
    public func long(_ key: String) -> Int64 { Self.optionalLong(self.values[key]) ?? Int64(self.int(key)) }
    public func bool(_ key: String) -> Bool {
        if case .boolean(let value) = self.values[key] { return value }
        return false
    }
    public func string(_ key: String) -> String? { Self.string(self.values[key]) ?? self.originals[key] }
    public func list(_ key: String) -> [String] { Self.list(self.values[key]) }
    public func double(_ key: String) -> Double {
        if case .double(let value) = self.values[key] { return value }
        return 0
    }

    /// `log.retention.ms`, else minutes, else hours, in milliseconds; -1 for unlimited.
    public var logRetentionMs: Int64 {
        if let ms = Self.optionalLong(self.values["log.retention.ms"]) { return ms < 0 ? -1 : ms }
        if case .int(let minutes) = self.values["log.retention.minutes"] { return minutes < 0 ? -1 : Int64(minutes) * 60_000 }
        let hours = self.int("log.retention.hours")
        return hours < 0 ? -1 : Int64(hours) * 3_600_000
    }

    /// `log.roll.ms`, else `log.roll.hours`, in milliseconds.
    public var logRollMs: Int64 {
        Self.optionalLong(self.values["log.roll.ms"]) ?? Int64(self.int("log.roll.hours")) * 3_600_000
    }

    /// The listener this node serves clients on: the first broker (non-controller) listener.
    public var brokerListeners: [Listener] { self.listeners.filter { !self.controllerListenerNames.contains($0.name) } }

    // MARK: Helpers

    static func list(_ value: ConfigDefinition.Value?) -> [String] {
        if case .list(let items) = value { return items }
        return []
    }

    static func int(_ value: ConfigDefinition.Value?) -> Int32 {
        switch value {
        case .int(let number): return number
        case .short(let number): return Int32(number)
        default: return -1
        }
    }

    static func optionalLong(_ value: ConfigDefinition.Value?) -> Int64? {
        if case .long(let number) = value { return number }
        return nil
    }

    static func string(_ value: ConfigDefinition.Value?) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    static func parseVoter(_ text: String) throws -> Voter {
        let invalid = ConfigException(
            name: "controller.quorum.voters", value: text, reason: "Expected entries of the form {id}@{host}:{port}")
        guard let at = text.firstIndex(of: "@"), let id = Int32(text[..<at]) else { throw invalid }
        let address = text[text.index(after: at)...]
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            throw invalid
        }
        var host = String(address[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return Voter(id: id, host: host, port: port)
    }

    static func checkDistinct(_ listeners: [Listener], key: String) throws {
        let names = listeners.map(\.name)
        if Set(names).count != names.count {
            throw ConfigRequirementFailed(message: "Each listener must have a different name, listeners: \(listeners.map(\.description).joined(separator: ","))")
        }
        let ports = listeners.map(\.port).filter { $0 != 0 }
        if Set(ports).count != ports.count {
            throw ConfigRequirementFailed(message: "Each listener must have a different port, listeners: \(listeners.map(\.description).joined(separator: ","))")
        }
    }
}
