/// One `RequestLane` per host, made on first use with that host's policy from site.yml,
/// plus the lane that caps the run's connections over all hosts.
actor LaneRegistry {
    let settings: LinkCheckSettings
    let clock: CheckClock
    nonisolated let connections: RequestLane
    private var lanes: [String: RequestLane] = [:]

    init(settings: LinkCheckSettings, clock: CheckClock) {
        self.settings = settings
        self.clock = clock
        connections = RequestLane(concurrency: settings.connections, interval: 0, clock: clock)
    }

    func lane(for host: String) -> RequestLane {
        if let lane = lanes[host] { return lane }
        let policy = settings.policy(for: host)
        let lane = RequestLane(concurrency: policy.concurrency, interval: policy.interval, clock: clock)
        lanes[host] = lane
        return lane
    }
}
