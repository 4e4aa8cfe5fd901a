import Foundation
import TestResources

/// Runs an external program (a PDF reader, or the built `petition`) and captures its output.
struct ToolResult {
    var status: Int32
    var output: String
    var errors: String
}

enum ToolRunner {
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/\(tool)")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let standardInput = Pipe()
        // Standard error goes to a file: read from a second pipe after standard output, a tool
        // that writes more than a pipe holds (64 KB of warnings) to it would block forever.
        let errorsPath = ScratchFolders.root.appendingPathComponent("stderr-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: errorsPath, contents: nil), let errors = FileHandle(forWritingAtPath: errorsPath) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorsPath])
        }
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        try errors.close()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = FileManager.default.contents(atPath: errorsPath) ?? Data()
        return ToolResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                          errors: String(decoding: errorData, as: UTF8.self))
    }
}
