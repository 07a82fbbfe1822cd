import DroverCore

@main
struct DroverMain {
    static func main() {
        print("drover \(DroverVersion.current)")
    }
}
