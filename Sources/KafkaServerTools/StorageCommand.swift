import Foundation
import KafkaBroker
import KafkaProtocol
import KafkaStorage
import KafkaTools

/// `kstorage` (kafka-storage.sh): `random-uuid`, `format`, `info`, argparse-style
/// (../shared/tools-spec/kstorage.md). `-h/--help` prints help to stdout and exits 0; argument
/// errors print the usage and `kafka-storage <cmd>: error: <msg>` on stderr and exit 1.
public enum StorageCommand {
    static let usage = "usage: kafka-storage [-h] {info,format,random-uuid} ..."
    static let releaseVersion = "4.0-IV0"

    public static func run(arguments: [String], stdout: any ToolOutput, stderr: any ToolOutput) -> Int32 {
        defer {
            stdout.flush()
            stderr.flush()
        }
        guard let command = arguments.first else {
            stderr.line(Self.usage)
            stderr.line("kafka-storage: error: too few arguments")
            return 1
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "-h", "--help":
                stdout.line(Self.usage)
                stdout.line("")
                stdout.line("The Kafka storage tool.")
                return 0
            case "random-uuid":
                stdout.line(Uuid.random().description)
                return 0
            case "format":
                return try Self.format(try StorageArguments(rest, command: command), stdout: stdout)
            case "info":
                return try Self.info(try StorageArguments(rest, command: command), stdout: stdout)
            default:
                stderr.line(Self.usage)
                stderr.line("kafka-storage: error: argument command: invalid choice: '\(command)' (choose from 'info', 'format', 'random-uuid')")
                return 1
            }
        } catch let error as StorageArguments.ArgumentError {
            stderr.line("usage: kafka-storage \(error.command) [-h] ...")
            stderr.line("kafka-storage \(error.command): error: \(error.message)")
            return 1
        } catch let error as ToolError {
            stderr.line(error.message)
            return error.exitCode
        } catch {
            stderr.line("\(error)")
            return 1
        }
    }

    static func loadConfig(_ path: String) throws -> BrokerConfig {
        let properties = try ServerProperties.load(path)
        if (properties["process.roles"] ?? "").isEmpty {
            throw ToolError(
                "The kafka configuration file appears to be for a legacy cluster. Formatting is only supported for clusters in KRaft mode.")
        }
        do {
            return try BrokerConfig(properties: properties)
        } catch let error as ConfigException {
            throw ToolError("\(error)")
        } catch let error as ConfigRequirementFailed {
            throw ToolError("\(error)")
        }
    }

    static func format(_ arguments: StorageArguments, stdout: any ToolOutput) throws -> Int32 {
        let configPath = try arguments.required("--config", "-c")
        let clusterId = try arguments.required("--cluster-id", "-t")
        let config = try Self.loadConfig(configPath)
        let quorumFlags = ["--standalone", "--initial-controllers", "--no-initial-controllers"].filter(arguments.has)
        if config.processRoles.contains(.controller) && config.voters.isEmpty && quorumFlags.isEmpty {
            throw ToolError(
                "Because controller.quorum.voters is not set on this controller, you must specify one of the following: --standalone, --initial-controllers, or --no-initial-controllers.")
        }
        if !quorumFlags.isEmpty {
            throw ToolError("Dynamic quorums (\(quorumFlags.joined(separator: ", "))) are not supported yet; use controller.quorum.voters.")
        }
        let directories = Array(Set(config.logDirs + [config.metadataLogDir])).sorted()
        var unformatted: [String] = []
        for directory in directories {
            if let existing = try MetaProperties.read(logDir: directory) {
                if existing.clusterId != clusterId {
                    throw ToolError(
                        "Invalid cluster.id in: \(directory)/meta.properties. Expected \(clusterId), but read \(existing.clusterId)")
                }
                if existing.nodeId != config.nodeId {
                    throw ToolError(
                        "Stored node id \(existing.nodeId) doesn't match previous node id \(config.nodeId) in \(directory)/meta.properties. If you moved your data, make sure your configured node id matches. If you intend to create a new node, you should remove all data in your data directories.")
                }
                if !arguments.has("--ignore-formatted") {
                    throw ToolError(
                        "Log directory \(directory) is already formatted. Use --ignore-formatted to ignore this directory and format the others.")
                }
            } else {
                unformatted.append(directory)
            }
        }
        if unformatted.isEmpty {
            stdout.line("All of the log directories are already formatted.")
            return 0
        }
        let version = arguments.value("--release-version", "-r") ?? Self.releaseVersion
        for directory in unformatted {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let kind = directory == config.metadataLogDir ? "metadata directory" : "data directory"
            stdout.line("Formatting \(kind) \(directory) with metadata.version \(version).")
            try MetaProperties(version: 1, clusterId: clusterId, nodeId: config.nodeId, directoryId: Uuid.random().description)
                .write(logDir: directory)
        }
        return 0
    }

    static func info(_ arguments: StorageArguments, stdout: any ToolOutput) throws -> Int32 {
        let config = try Self.loadConfig(try arguments.required("--config", "-c"))
        let directories = Array(Set(config.logDirs + [config.metadataLogDir])).sorted()
        var problems: [String] = []
        var found: [MetaProperties] = []
        var isDirectory: ObjCBool = false
        for directory in directories {
            if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
                problems.append("\(directory) does not exist")
            } else if !isDirectory.boolValue {
                problems.append("\(directory) is not a directory")
            } else if let properties = try MetaProperties.read(logDir: directory) {
                found.append(properties)
            } else {
                problems.append("\(directory) is not formatted.")
            }
        }
        stdout.line(directories.count == 1 ? "Found log directory:" : "Found log directories:")
        for directory in directories { stdout.line("  \(directory)") }
        stdout.line("")
        if let first = found.first {
            var fields = ["cluster.id=\(first.clusterId)"]
            if let directoryId = first.directoryId { fields.append("directory.id=\(directoryId)") }
            fields += ["node.id=\(first.nodeId)", "version=\(first.version)"]
            stdout.line("Found metadata: {\(fields.joined(separator: ", "))}")
            stdout.line("")
        }
        if Set(found.map(\.clusterId)).count > 1 { problems.append("Mismatched cluster IDs between storage directories.") }
        if Set(found.map(\.nodeId)).count > 1 { problems.append("Mismatched node IDs between storage directories.") }
        guard !problems.isEmpty else { return 0 }
        stdout.line(problems.count == 1 ? "Found problem:" : "Found problems:")
        for problem in problems { stdout.line("  \(problem)") }
        stdout.line("")
        return 1
    }
}

/// argparse-style arguments of one kstorage sub-command: long and short names, `--flag value`.
struct StorageArguments {
    struct ArgumentError: Error {
        var command: String
        var message: String
    }

    static let flags: Set<String> = ["--ignore-formatted", "--standalone", "--no-initial-controllers"]
    static let names: [String: String] = [
        "-c": "--config", "-t": "--cluster-id", "-g": "--ignore-formatted", "-r": "--release-version",
        "-f": "--feature", "-s": "--standalone", "-I": "--initial-controllers", "-N": "--no-initial-controllers",
        "-S": "--add-scram",
    ]

    let command: String
    private var values: [String: [String]] = [:]

    init(_ arguments: [String], command: String) throws {
        self.command = command
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var inline: String?
            if name.hasPrefix("--"), let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            let canonical = Self.names[name] ?? name
            guard Set(Self.names.values).contains(canonical) else {
                throw ArgumentError(command: command, message: "unrecognized arguments: '\(arguments[index])'")
            }
            if Self.flags.contains(canonical) {
                self.values[canonical, default: []].append("")
                index += 1
                continue
            }
            if let inline {
                self.values[canonical, default: []].append(inline)
                index += 1
                continue
            }
            guard index + 1 < arguments.count else {
                let short = Self.names.first { $0.value == canonical }?.key ?? ""
                throw ArgumentError(command: command, message: "argument \(canonical)/\(short): expected one argument")
            }
            self.values[canonical, default: []].append(arguments[index + 1])
            index += 2
        }
        let exclusive = ["--standalone", "--initial-controllers", "--no-initial-controllers"].filter { self.values[$0] != nil }
        if exclusive.count > 1 {
            let short = { (name: String) in Self.names.first { $0.value == name }?.key ?? "" }
            throw ArgumentError(
                command: command,
                message: "argument \(exclusive[1])/\(short(exclusive[1])): not allowed with argument \(exclusive[0])/\(short(exclusive[0]))")
        }
    }

    func has(_ name: String) -> Bool { self.values[name] != nil }

    func value(_ name: String, _ short: String) -> String? { self.values[name]?.last }

    func required(_ name: String, _ short: String) throws -> String {
        guard let value = self.values[name]?.last else {
            throw ArgumentError(command: self.command, message: "argument \(name)/\(short) is required")
        }
        return value
    }
}
