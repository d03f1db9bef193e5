/// klog-dump's options (../shared/tools-spec/klog-dump.md; Kafka DumpLogSegments.scala
/// `DumpLogSegmentsOptions`): the declarations, and the settings a parsed command line yields.
struct LogDumpOptions: Sendable {
    // MARK: - Declarations (texts as Kafka's, for the help table)

    static let printDataLog = OptionSpec.flag(
        "print-data-log",
        description: "If set, printing the messages content when dumping data logs. Automatically set if any "
            + "decoder option is specified.")
    static let verifyIndexOnly = OptionSpec.flag(
        "verify-index-only", description: "If set, just verify the index log without printing its content.")
    static let indexSanityCheck = OptionSpec.flag(
        "index-sanity-check",
        description: "If set, just checks the index sanity without printing its content. This is the same check "
            + "that is executed on broker startup to determine if an index needs rebuilding or not.")
    // Kafka reads one value and splits it at commas itself (String.split drops trailing empties),
    // so a second --files is "Found multiple arguments".
    static let files = OptionSpec.required(
        "files", "file1, file2, ...", required: true,
        description: "REQUIRED: The comma separated list of data and index log files to be dumped.")
    static let maxMessageSize = OptionSpec.required(
        "max-message-size", "size", type: .integer, default: "5242880", description: "Size of largest message.")
    static let maxBytes = OptionSpec.required(
        "max-bytes", "size", type: .integer, default: "2147483647",
        description: "Limit the amount of total batches read in bytes avoiding reading the whole .log file(s).")
    static let deepIteration = OptionSpec.flag(
        "deep-iteration",
        description: "If set, uses deep instead of shallow iteration. Automatically set if print-data-log is enabled.")
    static let valueDecoderClass = OptionSpec.optional(
        "value-decoder-class", nil, default: PayloadDecoder.stringDecoderClass,
        description: "If set, used to deserialize the messages. One of org.apache.kafka.tools.api.StringDecoder, "
            + "IntegerDecoder, LongDecoder, DefaultDecoder.")
    static let keyDecoderClass = OptionSpec.optional(
        "key-decoder-class", nil, default: PayloadDecoder.stringDecoderClass,
        description: "If set, used to deserialize the keys. One of org.apache.kafka.tools.api.StringDecoder, "
            + "IntegerDecoder, LongDecoder, DefaultDecoder.")
    static let offsetsDecoder = OptionSpec.flag(
        "offsets-decoder",
        description: "If set, log data will be parsed as offset data from the __consumer_offsets topic.")
    static let transactionLogDecoder = OptionSpec.flag(
        "transaction-log-decoder",
        description: "If set, log data will be parsed as transaction metadata from the __transaction_state topic.")
    static let clusterMetadataDecoder = OptionSpec.flag(
        "cluster-metadata-decoder", description: "If set, log data will be parsed as cluster metadata records.")
    static let remoteLogMetadataDecoder = OptionSpec.flag(
        "remote-log-metadata-decoder",
        description: "Not supported by klog-dump yet: log data would be parsed as TopicBasedRemoteLogMetadataManager "
            + "(RLMM) metadata records.")
    static let shareGroupStateDecoder = OptionSpec.flag(
        "share-group-state-decoder",
        description: "Not supported by klog-dump yet: log data would be parsed as share group state data from the "
            + "__share_group_state topic.")
    static let skipRecordMetadata = OptionSpec.flag(
        "skip-record-metadata", description: "Whether to skip printing metadata for each record.")
    static let json = OptionSpec.flag(
        "json",
        description: "Not in Kafka: print one JSON object per line (file, batch, record, index entry) for "
            + "scripting instead of Kafka's text.")

    /// Every option, in the order of Kafka's declarations.
    static let all: [OptionSpec] = [
        printDataLog, verifyIndexOnly, indexSanityCheck, files, maxMessageSize, maxBytes, deepIteration,
        valueDecoderClass, keyDecoderClass, offsetsDecoder, transactionLogDecoder, clusterMetadataDecoder,
        remoteLogMetadataDecoder, shareGroupStateDecoder, skipRecordMetadata, json,
    ]

    // MARK: - Settings

    /// The files, in order, as given.
    var files: [String]
    /// Print keys and payloads.
    var printDataLog: Bool
    /// One line per record.
    var deepIteration: Bool
    var skipRecordMetadata: Bool
    var verifyIndexOnly: Bool
    var indexSanityCheck: Bool
    var maxMessageSize: Int
    /// nil when not given (then trailing bytes are reported).
    var maxBytes: Int?
    /// JSON lines instead of Kafka's text.
    var json: Bool
    /// How keys and payloads print.
    var decoder: PayloadDecoder
    /// Deprecation notices Kafka prints on stdout for `kafka.serializer.*` class names, once per log file.
    var decoderNotices: [String]

    /// The settings of a parsed command line (pure; no file access).
    ///
    /// - Throws: `ToolError` for a decoder class we do not have.
    init(_ options: ParsedOptions) throws {
        // Kafka: options.valueOf(filesOpt).split(","): Java drops trailing empty strings.
        var files = (options.value(Self.files) ?? "").split(separator: ",", omittingEmptySubsequences: false)
            .map(String.init)
        while files.count > 1, files.last == "" { files.removeLast() }
        self.files = files
        let decoderFlags = [
            Self.offsetsDecoder, Self.transactionLogDecoder, Self.clusterMetadataDecoder, Self.valueDecoderClass,
            Self.keyDecoderClass, Self.remoteLogMetadataDecoder, Self.shareGroupStateDecoder,
        ]
        self.printDataLog = options.has(Self.printDataLog) || decoderFlags.contains { options.has($0) }
        self.deepIteration = options.has(Self.deepIteration) || self.printDataLog
        self.skipRecordMetadata = options.has(Self.skipRecordMetadata)
        self.verifyIndexOnly = options.has(Self.verifyIndexOnly)
        self.indexSanityCheck = options.has(Self.indexSanityCheck)
        self.maxMessageSize = Int(options.integer(Self.maxMessageSize) ?? 5_242_880)
        self.maxBytes = options.has(Self.maxBytes) ? Int(options.integer(Self.maxBytes) ?? Int32.max) : nil
        self.json = options.has(Self.json)
        // Precedence as Kafka's `messageParser`: offsets > transaction log > cluster metadata > remote log
        // metadata > share group state > decoder classes.
        if options.has(Self.offsetsDecoder) {
            self.decoder = .offsets
            self.decoderNotices = []
        } else if options.has(Self.transactionLogDecoder) {
            self.decoder = .transactionLog
            self.decoderNotices = []
        } else if options.has(Self.clusterMetadataDecoder) {
            self.decoder = .clusterMetadata
            self.decoderNotices = []
        } else if let unsupported = [Self.remoteLogMetadataDecoder, Self.shareGroupStateDecoder].first(where: {
            options.has($0)
        }) {
            throw ToolError("--\(unsupported.name) is not supported by klog-dump yet")
        } else {
            // The value decoder is made first, so its notice comes first.
            let value = try PayloadDecoder.ValueDecoder(className: options.value(Self.valueDecoderClass))
            let key = try PayloadDecoder.ValueDecoder(className: options.value(Self.keyDecoderClass))
            self.decoder = .classes(key: key.decoder, value: value.decoder)
            self.decoderNotices = [value.notice, key.notice].compactMap { $0 }
        }
    }

    /// Whether `maxBytes` was left at its default (Kafka compares with Integer.MAX_VALUE).
    var reportsTrailingBytes: Bool { self.maxBytes == nil || self.maxBytes == Int(Int32.max) }
}
