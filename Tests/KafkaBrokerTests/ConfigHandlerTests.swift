import KafkaProtocol
import Testing

@testable import KafkaBroker

@Suite struct ConfigHandlerTests {
    typealias Resource = DescribeConfigsRequest.DescribeConfigsResource
    typealias Incremental = IncrementalAlterConfigsRequest.AlterableConfig

    static let topic: Int8 = 2
    static let brokerType: Int8 = 4

    /// Describes one resource and returns its result, with configs by name.
    static func describe(
        _ broker: AdminTestBroker, _ resource: Resource, version: Int16, synonyms: Bool = false
    ) async throws -> (DescribeConfigsResponse.DescribeConfigsResult, [String: DescribeConfigsResponse.DescribeConfigsResourceResult]) {
        let request = DescribeConfigsRequest(resources: [resource], includeSynonyms: synonyms)
        let result = try #require(try await broker.dispatch(request, version: version).results.first)
        return (result, Dictionary(uniqueKeysWithValues: result.configs.map { ($0.name, $0) }))
    }

    static func alter(
        _ broker: AdminTestBroker, _ topic: String, _ configs: [Incremental], version: Int16 = 1, validateOnly: Bool = false
    ) async throws -> IncrementalAlterConfigsResponse.AlterConfigsResourceResponse {
        let request = IncrementalAlterConfigsRequest(
            resources: [.init(resourceType: Self.topic, resourceName: topic, configs: configs)], validateOnly: validateOnly)
        return try #require(try await broker.dispatch(request, version: version).responses.first)
    }

    @Test("topic configs report overrides, static broker values and defaults, with synonyms", arguments: [1, 4] as [Int16])
    func describeTopic(version: Int16) async throws {
        try await AdminTestBroker.with(["log.retention.hours": "24"]) { broker in
            try await broker.createTopic("orders", configs: ["cleanup.policy": "compact"])
            let (result, configs) = try await Self.describe(
                broker, Resource(resourceType: Self.topic, resourceName: "orders", configurationKeys: nil), version: version,
                synonyms: true)
            #expect(result.errorCode == 0 && result.errorMessage == nil)
            #expect(configs.count == TopicConfigDefinitions.all.count)

            let cleanup = try #require(configs["cleanup.policy"])
            #expect(cleanup.value == "compact" && cleanup.configSource == ConfigSource.dynamicTopicConfig.rawValue)
            #expect(cleanup.synonyms.map(\.name) == ["cleanup.policy", "log.cleanup.policy"])
            #expect(cleanup.synonyms.map(\.source) == [ConfigSource.dynamicTopicConfig.rawValue, ConfigSource.defaultConfig.rawValue])

            let retention = try #require(configs["retention.ms"])
            #expect(retention.value == "86400000" && retention.configSource == ConfigSource.staticBrokerConfig.rawValue)
            #expect(retention.synonyms.map(\.name) == ["log.retention.hours", "log.retention.hours"])
            #expect(retention.synonyms.map(\.value) == ["24", "168"])

            let segment = try #require(configs["segment.bytes"])
            #expect(segment.value == "1073741824" && segment.configSource == ConfigSource.defaultConfig.rawValue)
            #expect(segment.readOnly == false && segment.isSensitive == false)
            #expect(configs["min.cleanable.dirty.ratio"]?.value == "0.5")
            #expect(configs["leader.replication.throttled.replicas"]?.value == "")
            if version >= 3 {
                #expect(cleanup.configType == 7 && segment.configType == 3 && retention.configType == 5)
                #expect(configs["preallocate"]?.configType == 1 && configs["min.cleanable.dirty.ratio"]?.configType == 6)
                #expect(cleanup.documentation == nil)
            }

            // Without includeSynonyms the lists are empty but sources stay.
            let (_, plain) = try await Self.describe(
                broker, Resource(resourceType: Self.topic, resourceName: "orders", configurationKeys: ["retention.ms"]),
                version: version)
            #expect(plain.keys.sorted() == ["retention.ms"])
            #expect(plain["retention.ms"]?.synonyms == [] && plain["retention.ms"]?.configSource == ConfigSource.staticBrokerConfig.rawValue)
        }
    }

    @Test("unknown and illegal topics, other broker ids and unsupported resource types are refused")
    func describeErrors() async throws {
        try await AdminTestBroker.with { broker in
            let request = DescribeConfigsRequest(resources: [
                Resource(resourceType: Self.topic, resourceName: "missing", configurationKeys: nil),
                Resource(resourceType: Self.topic, resourceName: "bad name", configurationKeys: nil),
                Resource(resourceType: Self.brokerType, resourceName: "2", configurationKeys: nil),
                Resource(resourceType: Self.brokerType, resourceName: "one", configurationKeys: nil),
                Resource(resourceType: 8, resourceName: "1", configurationKeys: nil),
                Resource(resourceType: Self.brokerType, resourceName: "", configurationKeys: nil),
            ])
            let response = try await broker.dispatch(request, version: 4)
            #expect(response.results.map { ErrorCode(rawValue: $0.errorCode) } == [
                .unknownTopicOrPartition, .invalidTopicException, .invalidRequest, .invalidRequest, .invalidRequest, .none,
            ])
            #expect(response.results[0].errorMessage == "The topic 'missing' does not exist.")
            #expect(response.results[2].errorMessage == "Unexpected broker id, expected 1 or empty string, but received 2")
            #expect(response.results[5].configs.isEmpty)
        }
    }

    @Test("this broker's configs are static, read-only and hide what may be secret", arguments: [1, 4] as [Int16])
    func describeBroker(version: Int16) async throws {
        try await AdminTestBroker.with(["num.partitions": "6", "ssl.keystore.password": "hunter2"]) { broker in
            let (result, configs) = try await Self.describe(
                broker, Resource(resourceType: Self.brokerType, resourceName: "1", configurationKeys: nil), version: version,
                synonyms: true)
            #expect(result.errorCode == 0)
            let partitions = try #require(configs["num.partitions"])
            #expect(partitions.value == "6" && partitions.configSource == ConfigSource.staticBrokerConfig.rawValue)
            #expect(partitions.readOnly && !partitions.isSensitive)
            #expect(partitions.synonyms.map(\.source) == [ConfigSource.staticBrokerConfig.rawValue, ConfigSource.defaultConfig.rawValue])
            let replication = try #require(configs["default.replication.factor"])
            #expect(replication.value == "1" && replication.configSource == ConfigSource.defaultConfig.rawValue)
            let secret = try #require(configs["ssl.keystore.password"])
            #expect(secret.value == nil && secret.isSensitive && secret.synonyms.allSatisfy { $0.value == nil })
            #expect(configs["process.roles"]?.value == "broker,controller")
            #expect(configs["log.roll.ms"]?.value == nil)
            if version >= 3 { #expect(partitions.configType == 3 && secret.configType == 0) }

            let (_, only) = try await Self.describe(
                broker, Resource(resourceType: Self.brokerType, resourceName: "1", configurationKeys: ["log.retention.hours"]),
                version: version, synonyms: true)
            #expect(only.keys.sorted() == ["log.retention.hours"])
            #expect(only["log.retention.hours"]?.value == "168")
        }
    }

    @Test("legacy AlterConfigs replaces the topic's whole override set", arguments: [0, 2] as [Int16])
    func legacyAlter(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders", configs: ["retention.ms": "1000", "cleanup.policy": "compact"])
            typealias Config = AlterConfigsRequest.AlterableConfig
            let request = AlterConfigsRequest(resources: [
                .init(resourceType: Self.topic, resourceName: "orders", configs: [Config(name: "segment.bytes", value: "100000")])
            ])
            let response = try await broker.dispatch(request, version: version)
            #expect(response.responses.map(\.errorCode) == [0])
            #expect(response.responses.first?.errorMessage == nil)
            #expect(broker.image.topicConfig("orders") == ["segment.bytes": "100000"])
            let (_, configs) = try await Self.describe(
                broker, Resource(resourceType: Self.topic, resourceName: "orders", configurationKeys: nil), version: 4)
            #expect(configs["retention.ms"]?.configSource == ConfigSource.defaultConfig.rawValue)
            #expect(configs["segment.bytes"]?.value == "100000")
        }
    }

    @Test("legacy AlterConfigs refuses bad input per resource and validateOnly writes nothing")
    func legacyAlterErrors() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders", configs: ["retention.ms": "1000"])
            typealias Config = AlterConfigsRequest.AlterableConfig
            let request = AlterConfigsRequest(resources: [
                .init(resourceType: Self.topic, resourceName: "missing", configs: []),
                .init(resourceType: Self.topic, resourceName: "orders", configs: [Config(name: "no.such", value: "1")]),
                .init(resourceType: Self.topic, resourceName: "orders", configs: []),
                .init(resourceType: Self.brokerType, resourceName: "1", configs: [Config(name: "num.partitions", value: "2")]),
                .init(resourceType: Self.brokerType, resourceName: "", configs: []),
            ])
            let response = try await broker.dispatch(request, version: 2)
            #expect(response.responses.map { ErrorCode(rawValue: $0.errorCode) } == [
                .unknownTopicOrPartition, .invalidRequest, .invalidConfig, .none,
            ])
            #expect(response.responses[1].errorMessage == "Duplicate resource.")

            let checks = AlterConfigsRequest(
                resources: [
                    .init(resourceType: Self.topic, resourceName: "orders", configs: [Config(name: "retention.ms", value: "-5")]),
                    .init(resourceType: Self.topic, resourceName: "orders2", configs: []),
                ], validateOnly: true)
            try await broker.createTopic("orders2")
            let checked = try await broker.dispatch(checks, version: 1)
            #expect(checked.responses.map { ErrorCode(rawValue: $0.errorCode) } == [.invalidConfig, .none])
            #expect(broker.image.topicConfig("orders") == ["retention.ms": "1000"])
        }
    }

    @Test("IncrementalAlterConfigs sets, deletes, appends and subtracts", arguments: [0, 1] as [Int16])
    func incremental(version: Int16) async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders", configs: ["retention.ms": "1000"])
            let first = try await Self.alter(
                broker, "orders",
                [
                    Incremental(name: "segment.bytes", configOperation: 0, value: "200000"),
                    Incremental(name: "retention.ms", configOperation: 1, value: nil),
                    // Appending starts from the inherited "delete".
                    Incremental(name: "cleanup.policy", configOperation: 2, value: "compact"),
                    Incremental(name: "leader.replication.throttled.replicas", configOperation: 2, value: "0:1,1:1"),
                ], version: version)
            #expect(first.errorCode == 0 && first.errorMessage == nil)
            #expect(broker.image.topicConfig("orders") == [
                "segment.bytes": "200000", "cleanup.policy": "delete,compact",
                "leader.replication.throttled.replicas": "0:1,1:1",
            ])
            let second = try await Self.alter(
                broker, "orders",
                [
                    Incremental(name: "cleanup.policy", configOperation: 3, value: "delete"),
                    Incremental(name: "leader.replication.throttled.replicas", configOperation: 2, value: "1:1,2:1"),
                ], version: version)
            #expect(second.errorCode == 0)
            #expect(broker.image.topicConfig("orders")["cleanup.policy"] == "compact")
            #expect(broker.image.topicConfig("orders")["leader.replication.throttled.replicas"] == "0:1,1:1,2:1")
        }
    }

    @Test("IncrementalAlterConfigs refuses what Kafka refuses and applies nothing of a refused resource")
    func incrementalErrors() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders")
            let cases: [([Incremental], ErrorCode)] = [
                ([Incremental(name: "retention.ms", configOperation: 2, value: "1")], .invalidConfig),
                ([Incremental(name: "no.such.key", configOperation: 0, value: "1")], .invalidConfig),
                ([Incremental(name: "no.such.key", configOperation: 1, value: nil)], .invalidConfig),
                ([Incremental(name: "retention.ms", configOperation: 0, value: nil)], .invalidConfig),
                ([Incremental(name: "retention.ms", configOperation: 9, value: "1")], .invalidRequest),
                (
                    [
                        Incremental(name: "retention.ms", configOperation: 0, value: "1"),
                        Incremental(name: "retention.ms", configOperation: 1, value: nil),
                    ], .invalidRequest
                ),
                (
                    [
                        Incremental(name: "segment.bytes", configOperation: 0, value: "300000"),
                        Incremental(name: "retention.ms", configOperation: 0, value: "forever"),
                    ], .invalidConfig
                ),
            ]
            for (configs, expected) in cases {
                let result = try await Self.alter(broker, "orders", configs)
                #expect(ErrorCode(rawValue: result.errorCode) == expected, "\(configs)")
                #expect(result.errorMessage != nil)
            }
            let append = try await Self.alter(broker, "orders", [Incremental(name: "retention.ms", configOperation: 2, value: "1")])
            #expect(append.errorMessage == "Can't APPEND to key retention.ms because its type is not LIST.")
            #expect(try await Self.alter(broker, "missing", []).errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            let dryRun = try await Self.alter(
                broker, "orders", [Incremental(name: "retention.ms", configOperation: 0, value: "5")], validateOnly: true)
            #expect(dryRun.errorCode == 0)
            #expect(broker.image.topicConfig("orders").isEmpty)

            let brokerChange = IncrementalAlterConfigsRequest(resources: [
                .init(resourceType: Self.brokerType, resourceName: "1", configs: [Incremental(name: "num.partitions", value: "2")])
            ])
            let refused = try await broker.dispatch(brokerChange, version: 1)
            #expect(refused.responses.map(\.errorCode) == [ErrorCode.invalidConfig.rawValue])
        }
    }

    @Test("the config handlers answer directly, without the registry")
    func direct() async throws {
        try await AdminTestBroker.with { broker in
            try await broker.createTopic("orders")
            let describe = DescribeConfigsHandler(context: broker.context)
            let described = try #require(
                try await describe.handle(
                    DescribeConfigsRequest(resources: [Resource(resourceType: Self.topic, resourceName: "orders", configurationKeys: ["segment.ms"])]),
                    version: 4, client: broker.client))
            #expect(described.results.first?.configs.first?.value == "604800000")
            let alter = AlterConfigsHandler(context: broker.context)
            let altered = try #require(
                try await alter.handle(
                    AlterConfigsRequest(resources: [.init(resourceType: Self.topic, resourceName: "orders", configs: [.init(name: "segment.ms", value: "1000")])]),
                    version: 2, client: broker.client))
            #expect(altered.responses.first?.errorCode == 0)
            let incremental = IncrementalAlterConfigsHandler(context: broker.context)
            let deleted = try #require(
                try await incremental.handle(
                    IncrementalAlterConfigsRequest(resources: [.init(resourceType: Self.topic, resourceName: "orders", configs: [Incremental(name: "segment.ms", configOperation: 1, value: nil)])]),
                    version: 1, client: broker.client))
            #expect(deleted.responses.first?.errorCode == 0)
            #expect(broker.image.topicConfig("orders").isEmpty)
        }
    }
}
