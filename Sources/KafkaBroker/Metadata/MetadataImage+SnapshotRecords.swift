import KafkaProtocol

extension MetadataImage {
    /// The records that rebuild this image when applied in order to an empty one: what a
    /// metadata snapshot holds (Kafka MetadataImage.write, in its order: features with
    /// metadata.version first, brokers, topics with their partitions, configs, producer ids).
    ///
    /// Records of types the image does not keep (`MetadataRecord.other`) are not in it.
    public var snapshotRecords: [MetadataRecord] {
        var records: [MetadataRecord] = []
        let featureNames = self.features.keys.sorted { left, right in
            // The loader needs metadata.version before anything else (Kafka FeaturesImage.write).
            (left == "metadata.version" ? 0 : 1, left) < (right == "metadata.version" ? 0 : 1, right)
        }
        for name in featureNames {
            records.append(.featureLevel(FeatureLevelRecord(name: name, featureLevel: self.features[name] ?? 0)))
        }
        for broker in self.brokers.values.sorted(by: { $0.id < $1.id }) {
            var record = RegisterBrokerRecord()
            record.brokerId = broker.id
            record.incarnationId = broker.incarnationId
            record.brokerEpoch = broker.epoch
            record.endPoints = broker.endpoints
            record.rack = broker.rack
            record.fenced = broker.fenced
            record.inControlledShutdown = broker.inControlledShutdown
            records.append(.registerBroker(record))
        }
        for topic in self.topicsById.values.sorted(by: { $0.name < $1.name }) {
            records.append(.topic(TopicRecord(name: topic.name, topicId: topic.id)))
            for (partitionId, partition) in topic.partitions.sorted(by: { $0.key < $1.key }) {
                var record = PartitionRecord()
                record.partitionId = partitionId
                record.topicId = topic.id
                record.replicas = partition.replicas
                record.isr = partition.isr
                record.removingReplicas = partition.removingReplicas
                record.addingReplicas = partition.addingReplicas
                record.leader = partition.leader
                record.leaderRecoveryState = partition.leaderRecoveryState
                record.leaderEpoch = partition.leaderEpoch
                record.partitionEpoch = partition.partitionEpoch
                record.directories = partition.directories
                records.append(.partition(record))
            }
        }
        let resources = self.configs.keys.sorted { ($0.type, $0.name) < ($1.type, $1.name) }
        for resource in resources {
            for (name, value) in (self.configs[resource] ?? [:]).sorted(by: { $0.key < $1.key }) {
                records.append(
                    .config(
                        ConfigRecord(resourceType: resource.type, resourceName: resource.name, name: name, value: value)))
            }
        }
        if self.nextProducerId > 0 {
            // Kafka ProducerIdsImage.write: the block's owner is not part of the image.
            records.append(.producerIds(ProducerIdsRecord(brokerId: -1, brokerEpoch: -1, nextProducerId: self.nextProducerId)))
        }
        return records
    }
}
