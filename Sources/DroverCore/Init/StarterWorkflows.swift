/// The GitHub workflows `drover init` writes, as docs/publishing.md and docs/checking-links.md
/// show them: Pages publishes the site on every push to main once `check --offline --strict`
/// passes, and Links checks pull requests' links and every link on Mondays. Both run the
/// release binary through Drover's GitHub Action, pinned to the release that wrote them.
enum StarterWorkflows {
    /// Drover's repository on GitHub, as the Action is named in `uses:`; the docs write it the same way.
    static let actionRepository = "OWNER/drover"

    static var all: [(path: String, text: String)] {
        [(".github/workflows/pages.yml", pages), (".github/workflows/links.yml", links)]
    }

    private static var action: String { "\(actionRepository)@v\(DroverVersion.current)" }
    private static var version: String { "\"\(DroverVersion.current)\"" }

    static var pages: String {
        """
        # Builds the site on every push to main and publishes it on GitHub Pages (in the
        # repository's settings: Pages → Source: GitHub Actions). A broken internal link or any
        # warning stops the publish. See Drover's docs/publishing.md.
        name: Publish
        on:
          push:
            branches: [main]
        permissions:
          contents: read
          pages: write
          id-token: write
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: \(action)
                with:
                  version: \(version)
                  args: check --offline --strict
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: site
          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    static var links: String {
        """
        # Link checks: on pull requests, every internal link plus the external URLs of the entries
        # the pull request adds or changes; on Mondays, every link. See Drover's docs/checking-links.md.
        name: Links
        on:
          pull_request:
            paths: ["content/**", "theme/**"]
          schedule:
            - cron: "17 5 * * 1"
          workflow_dispatch:
        permissions:
          contents: read
        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - uses: actions/cache@v4
                with:
                  path: .drover
                  key: linkcheck-${{ github.run_id }}
                  restore-keys: linkcheck-
              - name: The entries this pull request adds or changes
                id: changed
                if: github.event_name == 'pull_request'
                run: |
                  files=$(git diff --name-only --diff-filter=AM "origin/${{ github.base_ref }}...HEAD" -- 'content/*.md' | tr '\\n' ' ')
                  echo "files=$files" >> "$GITHUB_OUTPUT"
              - name: Internal links, and the external URLs of changed entries
                if: github.event_name == 'pull_request' && steps.changed.outputs.files != ''
                uses: \(action)
                with:
                  version: \(version)
                  args: check --external --format github --only ${{ steps.changed.outputs.files }}
              - name: Internal links
                if: github.event_name == 'pull_request' && steps.changed.outputs.files == ''
                uses: \(action)
                with:
                  version: \(version)
                  args: check --offline --format github
              - name: Every link
                if: github.event_name != 'pull_request'
                uses: \(action)
                with:
                  version: \(version)
                  args: check --external --format github

        """
    }
}
