import Dispatch
import Foundation
import KafkaBroker
import KafkaTools

/// `kserver-start [-daemon] server.properties [--override key=value]...` (kafka-server-start.sh,
/// ../shared/tools-spec/kserver-start.md): loads and validates the configuration, starts the node,
/// and runs until SIGTERM or SIGINT, then shuts down cleanly and exits 0.
public enum ServerStartCommand {
    static let usage = "USAGE: kserver-start [-daemon] server.properties [--override property=value]*"

    /// Parses the command line into properties: the file, then overrides (later wins).
    static func properties(arguments: [String]) throws -> [String: String] {
        var arguments = arguments
        if arguments.first == "-daemon" { arguments.removeFirst() }
        guard let path = arguments.first, !path.hasPrefix("--") else { throw ToolError(Self.usage) }
        var properties = try ServerProperties.load(path)
        var strays: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--override", index + 1 < arguments.count {
                let pair = arguments[index + 1]
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                properties[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                index += 2
            } else if argument.hasPrefix("--override=") {
                let pair = argument.dropFirst("--override=".count)
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                properties[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                index += 1
            } else {
                strays.append(argument)
                index += 1
            }
        }
        if !strays.isEmpty {
            throw ToolError("Found non argument parameters: \(strays.joined(separator: ","))\n\(Self.usage)")
        }
        return properties
    }

    /// Runs the node; returns the exit code.
    public static func main(arguments: [String]) async -> Int32 {
        let stderr = FileDescriptorOutput.standardError()
        if arguments.isEmpty || arguments.contains("--help") {
            stderr.line(Self.usage)
            return 1
        }
        if arguments.contains("--version") {
            print(KafkaTools.version)
            return 0
        }
        let logger = BrokerLogger()
        let config: BrokerConfig
        do {
            config = try BrokerConfig(properties: try Self.properties(arguments: arguments))
        } catch let error as ToolError {
            stderr.line(error.message)
            return 1
        } catch {
            logger.error("Exiting Kafka due to fatal exception\n\(error)")
            return 1
        }
        // Signals arrive through dispatch sources; the default handlers must not kill us first.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let (stops, stop) = AsyncStream<Int32>.makeStream()
        let sources = [SIGTERM, SIGINT].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.yield(number) }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }

        let server: KafkaServer
        do {
            server = try await KafkaServer.start(config: config, logger: logger, registerHandlers: { registry, context in try ServerHandlers.register(into: &registry, context: context) })
        } catch {
            logger.error("Exiting Kafka due to fatal exception during startup.\n\(error)")
            return 1
        }
        for await _ in stops { break }
        do {
            try await server.shutdown()
        } catch {
            logger.error("Error during shutdown: \(error)")
            return 1
        }
        return 0
    }
}

/// The handlers a full node registers on its client listeners.
enum ServerHandlers {
    static func register(into registry: inout ApiRegistry, context: BrokerContext) throws -> [@Sendable () throws -> Void] {
        let logger = BrokerLogger(loggerName: "kafka.server.ReplicaManager")
        let replicaManager = ReplicaManager(context: context, log: { logger.warn($0) })
        try replicaManager.startup()
        DataPlaneHandlers.register(into: &registry, replicaManager: replicaManager, context: context)
        AdminHandlers.register(into: &registry, context: context)
        let coordinatorLogger = BrokerLogger(loggerName: "kafka.coordinator.group.GroupCoordinator")
        let groupCoordinator = GroupCoordinator(
            replicaManager: replicaManager, settings: GroupCoordinatorSettings(config: context.config),
            log: { coordinatorLogger.info($0) })
        Task { await groupCoordinator.startup() }
        GroupHandlers.register(into: &registry, coordinator: groupCoordinator, context: context)
        return [{ replicaManager.shutdown() }, { Task { await groupCoordinator.shutdown() } }]
    }
}
