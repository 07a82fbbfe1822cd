/// The generator's version, printed by `drover --version` and used in the feed's `<generator>`.
public enum DroverVersion {
    public static let current = "0.1.0"
}
