import KafkaTools

/// The client properties a cluster tool hands to `KafkaClient`, assembled the way Kafka's tools do:
/// a properties file (`--command-config`, `--producer.config`, `--consumer.config`) first, then
/// each `key=value` override (`--producer-property`, `--consumer-property`), then the
/// `--bootstrap-server` value, which wins over both.
public enum ClientProperties {
    /// - Throws: `ToolError` when the file cannot be read or parsed.
    public static func assemble(
        bootstrapServer: String?, configFile: String?, overrides: [String] = []
    ) throws -> [String: String] {
        var properties: [String: String] = [:]
        if let configFile {
            let file = try JavaProperties.load(path: configFile)
            for key in file.keys {
                properties[key] = file[key]
            }
        }
        for argument in overrides {
            let (key, value) = JavaProperties.splitKeyValue(argument)
            properties[key] = value
        }
        if let bootstrapServer {
            properties["bootstrap.servers"] = bootstrapServer
        }
        return properties
    }
}
