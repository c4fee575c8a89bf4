#!/usr/bin/env python3
"""Checks CHANGELOG.md against the project's rules (Keep a Changelog, one line per change).

- `# Changelog` first; free text until the first `## ` section.
- Sections are `## [Unreleased]` or `## [X.Y.Z] - YYYY-MM-DD`; each holds only `### Added`, `### Changed`,
  `### Deprecated`, `### Removed`, `### Fixed` or `### Security`, each at most once.
- Every change is ONE line `- …` under one of those headings: no continuation lines, no nested bullets.
- Link references (`[Unreleased]: https://…`) may follow the sections.

Prints every offending line as FILE:LINE: problem, and exits 1 if there is any.
Usage: eng/check-changelog.py [CHANGELOG.md]
"""
import pathlib
import re
import sys

KINDS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
SECTION = re.compile(r"^## \[(?:(Unreleased)\]|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\] - \d{4}-\d{2}-\d{2})$")
LINK = re.compile(r"^\[[^\]]+\]: \S+$")


def check(path: pathlib.Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    problems = []

    def problem(number: int, text: str) -> None:
        problems.append(f"{path}:{number}: {text}: {lines[number - 1][:100]}")

    if not lines or lines[0] != "# Changelog":
        problems.append(f"{path}:1: the first line must be '# Changelog'")
    section = None      # the current ## heading, once inside the sections
    kind = None         # the current ### heading within it
    kinds_seen = set()
    entries_in_kind = 0
    kind_line = 0
    in_links = False
    has_unreleased = False

    def close_kind() -> None:
        if kind is not None and entries_in_kind == 0:
            problem(kind_line, f"'### {kind}' has no entries")

    for number, line in enumerate(lines, start=1):
        if line.startswith("## "):
            close_kind()
            kind, kinds_seen, entries_in_kind = None, set(), 0
            match = SECTION.match(line)
            if not match:
                problem(number, "a section is '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'")
            elif match.group(1) == "Unreleased":
                if section is not None:
                    problem(number, "'## [Unreleased]' must be the first section")
                has_unreleased = True
            section = line
            in_links = False
            continue
        if section is None:
            continue  # the introduction
        if line.startswith("### "):
            close_kind()
            name = line[4:].strip()
            if name not in KINDS:
                problem(number, f"a change goes under one of {', '.join('### ' + k for k in KINDS)}")
            elif name in kinds_seen:
                problem(number, f"'### {name}' appears twice in this section")
            kind, entries_in_kind, kind_line = name, 0, number
            kinds_seen.add(name)
            continue
        if line.startswith("#"):
            problem(number, "only '## ' sections and '### ' kinds of change are allowed here")
            continue
        if line.strip() == "":
            continue
        if LINK.match(line):
            in_links = True
            continue
        if in_links:
            problem(number, "only link references may follow the link references")
        elif line.startswith("- "):
            if kind is None:
                problem(number, "an entry must sit under '### Added', '### Changed', '### Fixed', …")
            elif line[2:].strip() == "":
                problem(number, "empty entry")
            entries_in_kind += 1
        elif line.lstrip().startswith(("- ", "* ")) and line[0] == " ":
            problem(number, "nested bullet: write the change as one line")
        else:
            problem(number, "continuation line: each entry is ONE line starting with '- '")
    close_kind()
    if not has_unreleased:
        problems.append(f"{path}: no '## [Unreleased]' section")
    return problems


def main() -> int:
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "CHANGELOG.md")
    problems = check(path)
    for line in problems:
        print(line)
    if problems:
        print(f"{path}: {len(problems)} problem(s); see eng/check-changelog.py for the rules", file=sys.stderr)
        return 1
    print(f"{path}: every entry is one line under a Keep a Changelog kind")
    return 0


if __name__ == "__main__":
    sys.exit(main())
