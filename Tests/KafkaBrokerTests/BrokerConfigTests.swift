import KafkaBroker
import Testing

@Suite struct BrokerConfigTests {
    static let combined: [String: String] = [
        "process.roles": "broker,controller", "node.id": "1", "controller.quorum.voters": "1@localhost:9093",
        "listeners": "PLAINTEXT://:9092,CONTROLLER://:9093", "controller.listener.names": "CONTROLLER",
        "advertised.listeners": "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093", "log.dirs": "/tmp/a,/tmp/b",
    ]

    static func config(_ changes: [String: String?]) throws -> BrokerConfig {
        var properties = Self.combined
        for (key, value) in changes { properties[key] = value }
        return try BrokerConfig(properties: properties)
    }

    static func message(_ changes: [String: String?]) -> String? {
        do {
            _ = try Self.config(changes)
            return nil
        } catch let error as ConfigException {
            return error.message
        } catch let error as ConfigRequirementFailed {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("the sample combined configuration parses with Kafka's defaults")
    func defaults() throws {
        let config = try Self.config([:])
        #expect(config.processRoles == [.broker, .controller])
        #expect(config.nodeId == 1)
        #expect(config.voters == [.init(id: 1, host: "localhost", port: 9093)])
        #expect(config.brokerListeners == [Listener(name: "PLAINTEXT", host: "", port: 9092)])
        #expect(config.logDirs == ["/tmp/a", "/tmp/b"])
        #expect(config.metadataLogDir == "/tmp/a")
        #expect(config.int("num.partitions") == 1)
        #expect(config.int("message.max.bytes") == 1_048_588)
        #expect(config.logRetentionMs == 168 * 3_600_000)
        #expect(config.bool("auto.create.topics.enable"))
        #expect(config.securityProtocolMap["CONTROLLER"] == "PLAINTEXT")
        #expect(config.interBrokerListenerName == "PLAINTEXT")
    }

    @Test("retention takes ms over minutes over hours")
    func retentionPrecedence() throws {
        #expect(try Self.config(["log.retention.minutes": "5"]).logRetentionMs == 300_000)
        #expect(try Self.config(["log.retention.minutes": "5", "log.retention.ms": "42"]).logRetentionMs == 42)
        #expect(try Self.config(["log.retention.ms": "-5"]).logRetentionMs == -1)
    }

    @Test("typed values and validators fail with Kafka's messages naming the key")
    func typedErrors() {
        #expect(Self.message(["num.partitions": "abc"]) == "Invalid value abc for configuration num.partitions: Not a number of type INT")
        #expect(Self.message(["num.partitions": "0"]) == "Invalid value 0 for configuration num.partitions: Value must be at least 1")
        #expect(Self.message(["auto.create.topics.enable": "yes"])
            == "Invalid value yes for configuration auto.create.topics.enable: Expected value to be either true or false")
        #expect(Self.message(["process.roles": "broker,zookeeper"])?.hasPrefix("Invalid value zookeeper for configuration process.roles") == true)
        #expect(Self.message(["unknown.key.is.fine": "1"]) == nil)
    }

    @Test("KRaft rules: node id, quorum, roles and listeners", arguments: [
        (["node.id": nil], "Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode)."),
        (["node.id": "1", "broker.id": "2"], "You must set `node.id` to the same value as `broker.id`."),
        (["controller.quorum.voters": nil], "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers."),
        (["node.id": "2"], "If process.roles contains the 'controller' role, the node id 2 must be included in the set of voters controller.quorum.voters=Set(1)"),
        (["process.roles": "broker", "node.id": "1"], "If process.roles contains just the 'broker' role, the node id 1 must not be included in the set of voters controller.quorum.voters=Set(1)"),
        (["process.roles": "broker", "node.id": "2"], "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role"),
        (["process.roles": "broker,broker"], "Duplicate role names found in `process.roles`: broker"),
        (["advertised.listeners": "PLAINTEXT://0.0.0.0:9092,CONTROLLER://localhost:9093"], "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."),
        (["log.dirs": ""], "At least one log directory must be defined via log.dirs or log.dir."),
        (["log.retention.ms": "0"], "log.retention.ms must be unlimited (-1) or, greater than or equal to 1"),
        (["inter.broker.listener.name": "PLAINTEXT", "security.inter.broker.protocol": "PLAINTEXT"], "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set."),
        (["control.plane.listener.name": "X"], "control.plane.listener.name is not supported in KRaft mode."),
    ] as [([String: String?], String)])
    func kraftRules(changes: [String: String?], expected: String) {
        #expect(Self.message(changes) == expected)
    }

    @Test("listeners parse names, empty hosts and bracketed IPv6 hosts")
    func listeners() throws {
        #expect(try Listener(parsing: "PLAINTEXT://[::1]:9092", key: "listeners") == Listener(name: "PLAINTEXT", host: "::1", port: 9092))
        #expect(try Listener(parsing: "plaintext://:9092", key: "listeners").name == "PLAINTEXT")
        #expect(throws: ConfigException.self) { try Listener(parsing: "localhost:9092", key: "listeners") }
    }
}
