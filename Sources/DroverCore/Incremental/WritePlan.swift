/// What the write stage does with a plan: with a previous manifest, only the outputs whose
/// fingerprint changed, or whose file is not as the manifest left it (edited, replaced or
/// deleted by hand), are made; the outputs the site no longer has, and files nobody planned,
/// are removed. Without one, everything is written into a new folder.
struct WritePlan {
    let outputs: [PlannedOutput]
    /// Records of outputs left as they are.
    let keptRecords: [String: BuildManifest.OutputRecord]
    /// Records of the outputs to make whose files are as the previous build left them: a page
    /// whose context has the same key, or a file made again with the same bytes, need not be
    /// written. A file changed by hand is not here, so it is written whatever its new bytes are.
    let intactRecords: [String: BuildManifest.OutputRecord]
    let stale: [String]

    init(plan: [PlannedOutput], previous: BuildManifest?, present: OutputFiles) {
        guard let previous else {
            outputs = plan
            keptRecords = [:]
            intactRecords = [:]
            stale = []
            return
        }
        var outputs: [PlannedOutput] = []
        var kept: [String: BuildManifest.OutputRecord] = [:]
        var intact: [String: BuildManifest.OutputRecord] = [:]
        var known = 0, onDisk = 0
        for planned in plan {
            guard let record = previous.outputs[planned.path] else {
                if present.file(planned.path, isAsIn: nil) != .missing { onDisk += 1 }
                outputs.append(planned)
                continue
            }
            known += 1
            let file = present.file(planned.path, isAsIn: record)
            if file != .missing { onDisk += 1 }
            if file == .intact, record.fingerprint == planned.fingerprint {
                kept[planned.path] = record
            } else {
                if file == .intact { intact[planned.path] = record }
                outputs.append(planned)
            }
        }
        self.outputs = outputs
        keptRecords = kept
        intactRecords = intact
        // The usual case, without building sets: the previous build made exactly these paths and
        // the output holds exactly these files (plans have no duplicate paths), so nothing is stale.
        if known == plan.count, previous.outputs.count == plan.count, onDisk == plan.count, present.paths.count == plan.count {
            stale = []
            return
        }
        let planned = Set(plan.lazy.map(\.path))
        var stale: Set<String> = []
        for path in previous.outputs.keys where !planned.contains(path) { stale.insert(path) }
        for path in present.paths where !planned.contains(path) { stale.insert(path) }
        self.stale = stale.sorted()
    }
}
