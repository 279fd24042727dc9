"""Every code example in the docs: fenced blocks in Markdown files, literal blocks in docstrings.

The extraction; `tests/test_docs_examples.py` decides how each example is run or checked. As a
script it writes the Python examples out for the type checkers (the lint session runs them):

    python -m tests.docs_examples build/docs-examples
    mypy --strict build/docs-examples && basedpyright --project build/docs-examples
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = ("README.md", "CONTRIBUTING.md")
# Hand-written code whose docstrings may hold examples (generated/ has none of its own).
DOCSTRING_SOURCES = ("src/voucherify_activities", "conformance")


@dataclass(frozen=True)
class Example:
    source: str  # "README.md" or "src/voucherify_activities/client.py (module docstring)"
    line: int
    language: str  # as the fence says ("python", "sh", ...); docstrings: "python" when it parses, else "text"
    code: str

    @property
    def slug(self) -> str:
        """A file-name-safe id: README.md, line 42 -> README_md_42."""
        return re.sub(r"\W+", "_", f"{self.source.split(' ')[0]} {self.line}").strip("_")


def markdown_examples(names: tuple[str, ...] = MARKDOWN) -> list[Example]:
    """The fenced code blocks of the Markdown files, indented ones (in list items) included."""
    parser = MarkdownIt("commonmark")
    found = []
    for name in names:
        for token in parser.parse((ROOT / name).read_text("utf-8")):
            if token.type == "fence" and token.map is not None:
                language = token.info.split()[0] if token.info.strip() else ""
                found.append(Example(name, token.map[0] + 1, language, token.content))
    return found


def _literal_blocks(docstring: str) -> list[str]:
    """Indented blocks after a blank line (reST literal style), dedented; blank lines inside kept."""
    lines = docstring.splitlines()
    blocks: list[str] = []
    index = 0
    while index < len(lines):
        starts = lines[index].startswith("    ") and (index == 0 or not lines[index - 1].strip())
        if not starts:
            index += 1
            continue
        block: list[str] = []
        while index < len(lines) and (lines[index].startswith("    ") or not lines[index].strip()):
            block.append(lines[index][4:])
            index += 1
        blocks.append("\n".join(block).rstrip() + "\n")
    return blocks


def docstring_examples(sources: tuple[str, ...] = DOCSTRING_SOURCES) -> list[Example]:
    """Indented literal blocks in the docstrings (module, class, function) of hand-written code."""
    found = []
    for source in sources:
        for path in sorted((ROOT / source).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                docstring = ast.get_docstring(node, clean=True)
                if not docstring:
                    continue
                where = f"{path.relative_to(ROOT)} ({getattr(node, 'name', 'module')} docstring)"
                for block in _literal_blocks(docstring):
                    language = "python" if is_python(block) else "text"
                    found.append(Example(where, node.body[0].lineno, language, block))
    return found


def is_python(code: str) -> bool:
    try:
        ast.parse(code)
    except SyntaxError:
        return False
    return True


def shell_commands(code: str) -> list[str]:
    """The commands of a shell block: comments dropped, `\\` continuations joined, split at `&&`, `;`, `&`."""
    joined = re.sub(r"\\\n\s*", " ", code)
    commands = []
    for line in joined.splitlines():
        words = shlex.split(line, comments=True)
        current: list[str] = []
        split = [part for word in words for part in ([word[:-1], ";"] if word.endswith(";") else [word]) if part]
        for word in [*split, "&&"]:
            if word in ("&&", ";", "&"):
                if current:
                    commands.append(shlex.join(current))
                current = []
            else:
                current.append(word)
    return commands


# basedpyright's strict mode, on the oldest Python the client supports.
PYRIGHT_CONFIG = {"typeCheckingMode": "strict", "pythonVersion": "3.10"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the docs' Python examples out for the type checkers.")
    parser.add_argument("folder", type=Path, help="emptied, then one file per example and a pyrightconfig.json")
    folder = parser.parse_args(argv).folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    examples = [e for e in markdown_examples() + docstring_examples() if e.language == "python"]
    for example in examples:
        if not example.code.lstrip().startswith(">>>"):  # doctests are run, not type-checked
            (folder / f"{example.slug}.py").write_text(example.code, "utf-8")
    (folder / "pyrightconfig.json").write_text(json.dumps(PYRIGHT_CONFIG), "utf-8")
    print(f"docs_examples: {len(list(folder.glob('*.py')))} Python examples in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
