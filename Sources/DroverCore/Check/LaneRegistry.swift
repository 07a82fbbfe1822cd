/// One `RequestLane` per host, made on first use with that host's policy from site.yml,
/// plus the lane that caps the run's connections over all hosts.
actor LaneRegistry {
    let settings: LinkCheckSettings
    nonisolated let connections: RequestLane
    private var lanes: [String: RequestLane] = [:]

    init(settings: LinkCheckSettings) {
        self.settings = settings
        connections = RequestLane(concurrency: settings.connections, interval: 0)
    }

    func lane(for host: String) -> RequestLane {
        if let lane = lanes[host] { return lane }
        let policy = settings.policy(for: host)
        let lane = RequestLane(concurrency: policy.concurrency, interval: policy.interval)
        lanes[host] = lane
        return lane
    }
}
