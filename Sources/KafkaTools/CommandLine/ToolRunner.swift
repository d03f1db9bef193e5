#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process entry point shared by every tool executable.
public enum ToolRunner {
    /// Runs `tool` with the process arguments and real stdout/stderr, then exits with its code.
    public static func main<T: Tool>(_ tool: T.Type) -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let code = T.run(
            arguments: arguments, stdout: FileDescriptorOutput.standardOutput(),
            stderr: FileDescriptorOutput.standardError())
        exit(code)
    }
}
