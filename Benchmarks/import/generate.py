#!/usr/bin/env python3
"""Writes a synthetic awesome-list README for the import benchmark.

Deterministic: the same --items and --seed give the same bytes. The list has the
shape real ones have, quirks included: a title with badges, a description, a table of
contents, 10 sections with `###` subsections, canonical items and, every few items,
an en dash, "by Author", a second link, a badge, a star count, no description,
a nested sub-item, a grouping item, an HTML link; a License section at the end.

    python3 Benchmarks/import/generate.py --items 1000 > /tmp/awesome.md
"""
import argparse
import random

HOSTS = ["github.com/{o}/{r}", "arxiv.org/abs/2401.{n:05d}", "www.youtube.com/watch?v={r}{n}",
         "www.coursera.org/learn/{r}-{n}", "{r}.example.org/docs/{n}", "pypi.org/project/{r}-{n}/"]
WORDS = ("fast small typed async modern minimal robust visual declarative streaming "
         "parser renderer toolkit library engine framework client server dataset course").split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    sections = [f"Section {chr(65 + i)}" for i in range(10)]
    out = ["# Awesome Benchmark [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
           "> A synthetic list for timing drover import.", "", "## Contents", ""]
    out += [f"- [{s}](#{s.lower().replace(' ', '-')})" for s in sections]
    per_section = args.items // len(sections)
    n = 0
    for index, section in enumerate(sections):
        out += ["", f"## {section}", "", f"Resources of the {section.lower()} kind.", ""]
        count = per_section + (args.items - per_section * len(sections) if index == len(sections) - 1 else 0)
        for i in range(count):
            if i and i % 40 == 0:
                out += ["", f"### Subsection {i // 40}", ""]
            n += 1
            name = f"{rnd.choice(WORDS).capitalize()} {rnd.choice(WORDS)} {n}"
            url = "https://" + rnd.choice(HOSTS).format(o=f"owner{n % 97}", r=f"{rnd.choice(WORDS)}{n}", n=n)
            desc = f"A {rnd.choice(WORDS)} {rnd.choice(WORDS)} for {rnd.choice(WORDS)} work."
            kind = n % 10
            if kind == 1:
                out.append(f"- [{name}]({url}) – {desc}")
            elif kind == 2:
                out.append(f"- [{name}]({url}) by Jane Doe{n} - {desc}")
            elif kind == 3:
                out.append(f"- [{name}]({url}) - {desc} See [the docs]({url}/docs).")
            elif kind == 4:
                out.append(f"- [{name}]({url}) ![stars](https://img.shields.io/badge/stars-{n}-blue) - {desc}")
            elif kind == 5:
                out.append(f"- [{name}]({url}) ⭐ {n}k - {desc}")
            elif kind == 6:
                out.append(f"- [{name}]({url})")
            elif kind == 7:
                out.append(f"- <a href=\"{url}\">{name}</a> - {desc}")
            elif kind == 8 and i + 1 < count:
                n += 1
                out.append(f"- {WORDS[n % len(WORDS)].capitalize()} tools")
                out.append(f"  - [{name}]({url}) - {desc}")
            else:
                out.append(f"- [{name}]({url}) - {desc}")
    out += ["", "## License", "", "[CC0](https://creativecommons.org/publicdomain/zero/1.0/)", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
