extension LogFileName {
    /// The file's path in `directory`.
    func path(in directory: String) -> String {
        directory + "/" + self.fileName
    }

    /// The path of the `kind` file of the segment at `baseOffset` in `directory`.
    static func path(
        _ directory: String, baseOffset: Int64, kind: Kind, marker: Marker? = nil
    ) -> String {
        LogFileName(baseOffset: baseOffset, kind: kind, marker: marker).path(in: directory)
    }
}
