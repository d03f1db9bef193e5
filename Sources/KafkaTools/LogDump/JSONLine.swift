/// One JSON object built field by field, in order, for `klog-dump --json` (one object per line).
struct JSONLine {
    private var fields: [String] = []

    /// Starts an object whose first field is `"type": kind`.
    init(_ kind: String) {
        self.add("type", kind)
    }

    mutating func add(_ key: String, _ value: String?) {
        self.addRaw(key, value.map(MessageJSONWriter.quoted) ?? "null")
    }

    mutating func add<T: BinaryInteger>(_ key: String, _ value: T?) {
        self.addRaw(key, value.map { String($0) } ?? "null")
    }

    mutating func add(_ key: String, _ value: Bool) {
        self.addRaw(key, value ? "true" : "false")
    }

    mutating func add(_ key: String, _ values: [String]) {
        self.addRaw(key, "[" + values.map(MessageJSONWriter.quoted).joined(separator: ",") + "]")
    }

    /// Adds already-encoded JSON.
    mutating func addRaw(_ key: String, _ json: String) {
        self.fields.append(MessageJSONWriter.quoted(key) + ":" + json)
    }

    /// The object as one line of text, without newline.
    var text: String { "{" + self.fields.joined(separator: ",") + "}" }
}
