/// Resolves topic and broker configuration entries the way Kafka's DescribeConfigs reports them
/// (Kafka ConfigHelper.scala): effective value, source, sensitivity, type and synonyms.
///
/// Precedence for a topic key: the topic's override (DYNAMIC_TOPIC_CONFIG), then the broker keys it
/// falls back to as set in `server.properties` (STATIC_BROKER_CONFIG), then Kafka's default
/// (DEFAULT_CONFIG). This broker has no dynamic broker configs, so DYNAMIC_BROKER_CONFIG and
/// DYNAMIC_DEFAULT_BROKER_CONFIG never appear, and every broker key is reported read-only.
struct ConfigDescriber: Sendable {
    let config: BrokerConfig

    init(config: BrokerConfig) {
        self.config = config
    }

    // MARK: Topics

    /// Every topic config of a topic whose overrides are `overrides`, sorted by name.
    /// - Parameters:
    ///   - keys: only these names (unknown ones are skipped); nil for all.
    ///   - includeSynonyms: whether to fill `synonyms`.
    func describeTopic(overrides: [String: String], keys: [String]? = nil, includeSynonyms: Bool) -> [DescribedConfig] {
        var names = Set(TopicConfigDefinitions.all.map(\.name)).union(overrides.keys)
        if let keys { names.formIntersection(keys) }
        return names.sorted().map { self.describeTopicConfig($0, overrides: overrides, includeSynonyms: includeSynonyms) }
    }

    /// One topic config entry (Kafka ConfigHelper.createTopicConfigEntry).
    func describeTopicConfig(_ name: String, overrides: [String: String], includeSynonyms: Bool) -> DescribedConfig {
        let definition = TopicConfigDefinitions.byName[name]
        // Kafka treats a key without a definition as possibly sensitive (KafkaConfig.maybeSensitive).
        let isSensitive = definition == nil || definition?.type == .password
        var synonyms: [DescribedConfig.Synonym] = []
        if let override = overrides[name] {
            synonyms.append(.init(name: name, value: isSensitive ? nil : override, source: .dynamicTopicConfig))
        }
        synonyms += self.brokerSynonyms(TopicConfigDefinitions.brokerSynonyms[name] ?? [], topicDefault: definition?.defaultValue)
        let value = isSensitive ? nil : (overrides[name] ?? self.topicDefault(name))
        return DescribedConfig(
            name: name, value: value, source: synonyms.first?.source ?? .defaultConfig, isSensitive: isSensitive,
            readOnly: false, type: definition?.type, synonyms: includeSynonyms ? synonyms : [])
    }

    /// The value a topic without an override gets for `name`: derived from the broker's
    /// configuration (server.properties, else Kafka's broker default), as LogConfig is built from
    /// KafkaConfig; nil for keys this table does not know.
    func topicDefault(_ name: String) -> String? {
        switch name {
        // The keys with several broker spellings in different units.
        case "retention.ms": return String(self.config.logRetentionMs)
        case "segment.ms": return String(self.config.logRollMs)
        case "segment.jitter.ms":
            if let ms = self.brokerValue("log.roll.jitter.ms") { return ms }
            return String(Int64(self.config.int("log.roll.jitter.hours")) * 3_600_000)
        case "flush.ms":
            return self.brokerValue("log.flush.interval.ms") ?? self.brokerValue("log.flush.scheduler.interval.ms")
        default:
            let topicDefault = TopicConfigDefinitions.byName[name]?.defaultValue
            guard let synonym = TopicConfigDefinitions.brokerSynonyms[name]?.first else { return topicDefault }
            if BrokerConfigDefinitions.byName[synonym] != nil { return self.brokerValue(synonym) ?? topicDefault }
            return self.config.originals[synonym]?.trimmingWhitespace() ?? topicDefault
        }
    }

    /// The STATIC_BROKER_CONFIG then DEFAULT_CONFIG synonyms for broker keys `names`, in Kafka's
    /// order (ConfigHelper.configSynonyms: every static one first, then every default).
    private func brokerSynonyms(_ names: [String], topicDefault: String?) -> [DescribedConfig.Synonym] {
        var synonyms: [DescribedConfig.Synonym] = []
        for name in names {
            if let value = self.config.originals[name] {
                let sensitive = BrokerConfigDefinitions.byName[name].map { $0.type == .password } ?? false
                synonyms.append(.init(name: name, value: sensitive ? nil : value, source: .staticBrokerConfig))
            }
        }
        var addedDefault = false
        for name in names {
            if let definition = BrokerConfigDefinitions.byName[name], let value = definition.defaultValue {
                synonyms.append(.init(name: name, value: definition.type == .password ? nil : value, source: .defaultConfig))
                addedDefault = true
            }
        }
        // Broker keys this broker does not define still have Kafka's default, which equals the topic default.
        if !addedDefault, let first = names.first, BrokerConfigDefinitions.byName[first] == nil, let topicDefault {
            synonyms.append(.init(name: first, value: topicDefault, source: .defaultConfig))
        }
        return synonyms
    }

    // MARK: Brokers

    /// This broker's configuration (Kafka describes `config.originals` plus every defined key),
    /// sorted by name.
    /// - Parameters:
    ///   - keys: only these names (unknown ones are skipped); nil for all.
    ///   - includeSynonyms: whether to fill `synonyms`.
    func describeBroker(keys: [String]? = nil, includeSynonyms: Bool) -> [DescribedConfig] {
        var names = Set(BrokerConfigDefinitions.all.map(\.name)).union(self.config.originals.keys)
        if let keys { names.formIntersection(keys) }
        return names.sorted().map { self.describeBrokerConfig($0, includeSynonyms: includeSynonyms) }
    }

    /// One broker config entry (Kafka ConfigHelper.createBrokerConfigEntry with perBrokerConfig).
    func describeBrokerConfig(_ name: String, includeSynonyms: Bool) -> DescribedConfig {
        let definition = BrokerConfigDefinitions.byName[name]
        let isSensitive = definition == nil || definition?.type == .password
        var synonyms = self.brokerSynonyms(TopicConfigDefinitions.brokerKeySynonyms(of: name), topicDefault: nil)
        // Kafka drops the higher-precedence spellings of the same setting when describing one of
        // them (`allSynonyms.dropWhile(_.name != name)`).
        if let index = synonyms.firstIndex(where: { $0.name == name }) {
            synonyms = Array(synonyms[index...])
        } else {
            synonyms = []
        }
        if isSensitive { synonyms = synonyms.map { .init(name: $0.name, value: nil, source: $0.source) } }
        return DescribedConfig(
            name: name, value: isSensitive ? nil : self.brokerValue(name), source: synonyms.first?.source ?? .defaultConfig,
            isSensitive: isSensitive, readOnly: true, type: definition?.type, synonyms: includeSynonyms ? synonyms : [])
    }

    /// The effective value of a broker key as Kafka prints it (ConfigDef.convertToString): the
    /// parsed `server.properties` value, else the default; nil when neither exists.
    func brokerValue(_ name: String) -> String? {
        guard let definition = BrokerConfigDefinitions.byName[name] else {
            return self.config.originals[name]
        }
        guard let value = try? definition.parse(self.config.originals[name] ?? definition.defaultValue) else {
            return self.config.originals[name]
        }
        switch value {
        case .boolean(let flag): return flag ? "true" : "false"
        case .string(let text): return text
        case .int(let number): return String(number)
        case .short(let number): return String(number)
        case .long(let number): return String(number)
        case .double(let number): return String(number)
        case .list(let items): return items.joined(separator: ",")
        case .null: return nil
        }
    }
}
