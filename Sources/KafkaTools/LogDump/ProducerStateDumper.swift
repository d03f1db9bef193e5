import KafkaStorage

/// Dumps producer state snapshots (`.snapshot`) and transaction indexes (`.txnindex`)
/// (DumpLogSegments.scala `dumpProducerIdSnapshot`, `dumpTxnIndex`).
struct ProducerStateDumper {
    let options: LogDumpOptions
    let stdout: any ToolOutput
    let stderr: any ToolOutput

    /// One line per producer. A corrupt snapshot is reported on stderr and the dump goes on, as
    /// Kafka catches CorruptSnapshotException.
    ///
    /// - Throws: `ToolError` when the file cannot be read.
    func dumpSnapshot(path: String) throws {
        let snapshot: ProducerSnapshotFile
        do {
            snapshot = try ProducerSnapshotFile(decoding: try DumpFile(path: path).readAll())
        } catch let error as CorruptProducerSnapshot {
            self.stdout.flush()
            self.stderr.line(error.description)
            return
        }
        for entry in snapshot.entries {
            if self.options.json {
                var line = JSONLine("producer")
                line.add("producerId", entry.producerId)
                line.add("producerEpoch", entry.producerEpoch)
                line.add("coordinatorEpoch", entry.coordinatorEpoch)
                line.add("currentTxnFirstOffset", entry.currentTxnFirstOffset)
                line.add("lastTimestamp", entry.timestamp)
                if entry.hasBatchMetadata {
                    line.add("firstSequence", entry.firstSequence)
                    line.add("lastSequence", entry.lastSequence)
                    line.add("lastOffset", entry.lastOffset)
                    line.add("offsetDelta", entry.offsetDelta)
                    line.add("timestamp", entry.timestamp)
                }
                self.stdout.line(line.text)
                continue
            }
            // The trailing space after lastTimestamp is Kafka's, also when no batch follows.
            var text =
                "producerId: \(entry.producerId) producerEpoch: \(entry.producerEpoch) "
                + "coordinatorEpoch: \(entry.coordinatorEpoch) "
                + "currentTxnFirstOffset: \(BatchLine.optionalLong(entry.currentTxnFirstOffset)) "
                + "lastTimestamp: \(entry.timestamp) "
            if entry.hasBatchMetadata {
                text +=
                    "firstSequence: \(entry.firstSequence) lastSequence: \(entry.lastSequence) "
                    + "lastOffset: \(entry.lastOffset) offsetDelta: \(entry.offsetDelta) timestamp: \(entry.timestamp)"
            }
            self.stdout.line(text)
        }
    }

    /// One line per aborted transaction.
    ///
    /// - Throws: `ToolError` when the file cannot be read or an entry has another version.
    func dumpTransactionIndex(path: String) throws {
        _ = try LogDumpCommand.baseOffset(of: path)
        let entries: [AbortedTransaction]
        do {
            entries = try AbortedTransaction.entries(in: try DumpFile(path: path).readAll())
        } catch let error as UnexpectedAbortedTransactionVersion {
            throw ToolError("\(DumpFile.absolutePath(path)): \(error)")
        }
        for entry in entries {
            if self.options.json {
                var line = JSONLine("abortedTransaction")
                line.add("version", entry.version)
                line.add("producerId", entry.producerId)
                line.add("firstOffset", entry.firstOffset)
                line.add("lastOffset", entry.lastOffset)
                line.add("lastStableOffset", entry.lastStableOffset)
                self.stdout.line(line.text)
            } else {
                self.stdout.line(
                    "version: \(entry.version) producerId: \(entry.producerId) firstOffset: \(entry.firstOffset) "
                        + "lastOffset: \(entry.lastOffset) lastStableOffset: \(entry.lastStableOffset)")
            }
        }
    }
}
