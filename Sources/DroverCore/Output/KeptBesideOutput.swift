/// The files a build keeps beside its output folder for the next build to reuse:
/// `.site.drover-manifest` and `.site.drover-sources` for `site/` (docs/incremental-builds.md).
/// Commands name them when they first appear, since they land outside the folder asked for.
public enum KeptBesideOutput {
    public static func paths(forOutput output: String) -> [String] {
        [BuildManifest.path(forOutput: output), SourceStore.path(forOutput: output)]
    }
}
