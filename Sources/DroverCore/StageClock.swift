import Foundation
import Logging

/// How long one stage of a build or check took: wall time, and the CPU time of every thread of
/// the process meanwhile (user and system). CPU over wall says how well a stage used the cores:
/// a stage near 1.0 on a 2-core machine runs on one core, and is where parallel work would pay.
public struct StageTime: Sendable {
    public var name: String
    public var seconds: Double
    public var cpuSeconds: Double
    /// The process's peak resident memory so far, in bytes, when the system says (Linux).
    public var peakBytes: Int?

    public init(name: String, seconds: Double, cpuSeconds: Double, peakBytes: Int? = nil) {
        self.name = name
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.peakBytes = peakBytes
    }
}

/// Times pipeline stages one after another, so a slow build says where its time goes.
struct StageClock {
    let logger: Logger
    private var last = ContinuousClock.now
    private var lastCPU = StageClock.processCPUSeconds()
    private(set) var stages: [StageTime] = []

    init(logger: Logger) {
        self.logger = logger
    }

    mutating func lap(_ name: String) {
        let now = ContinuousClock.now, cpu = Self.processCPUSeconds()
        let stage = StageTime(name: name, seconds: (now - last).seconds, cpuSeconds: cpu - lastCPU, peakBytes: Self.peakResidentBytes())
        stages.append(stage)
        logger.debug("stage finished", metadata: ["stage": "\(name)", "seconds": "\(String(format: "%.3f", stage.seconds))",
                                                  "cpu": "\(String(format: "%.3f", stage.cpuSeconds))"])
        last = now
        lastCPU = cpu
    }

    /// The high-water mark of resident memory (`VmHWM` in /proc/self/status): the stage whose
    /// line first shows the final peak is the one that reached it.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.dropFirst(6).filter(\.isNumber)) else { return nil }
        return kilobytes * 1024
    }

    /// User and system time of the whole process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
