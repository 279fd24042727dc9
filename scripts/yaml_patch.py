"""Edit the curated YAML in place: text patches at the positions a round-trip parse reports.

The fragments mix block and flow styles and two sequence indentations, so no YAML emitter
writes them back unchanged. ruamel.yaml's round-trip loader gives every mapping key, value and
sequence item its line and column; these helpers change exactly those characters (a scalar, a
flow list, one new line or entry) and leave every other byte, comments included, as it was.

A ``Fragments`` object loads ``openapi/*.yaml`` and merges their ``paths`` and ``components``
into one view whose nodes *are* the parsed nodes, so the spec helpers of scripts/docs_pages.py
can resolve a location to the very node that holds it; ``file_of`` says where that node lives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

_FLOW_SPECIAL = set(",[]{}")


class PatchError(ValueError):
    """A patch could not be placed, or the file no longer reads back as intended."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    return yaml


_SPECIAL_WORDS = {"true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"}
_NUMBER_RE = re.compile(r"^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|\.inf|\.nan|0x[0-9a-fA-F]+|0o[0-7]+)$")


def _plain_ok(text: str, in_flow: bool) -> bool:
    """Whether ``text`` can be written unquoted and still read back as this string."""
    if not text or text != text.strip() or "\n" in text:
        return False
    if text[0] in "[]{},#&*!|>'\"%@`?:" or (text[0] == "-" and text[1:2] in ("", " ")):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if in_flow and _FLOW_SPECIAL & set(text):
        return False
    return text.lower() not in _SPECIAL_WORDS and not _NUMBER_RE.match(text)


def scalar(value: Any, in_flow: bool, quote: str = "") -> str:
    """A YAML scalar for ``value``: plain where it reads back as the same string, else quoted
    (``quote`` keeps the style the value had)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    text = str(value)
    if quote == '"':
        return json.dumps(text)
    if not quote and _plain_ok(text, in_flow):
        return text
    return "'" + text.replace("'", "''") + "'"


def flow(value: Any) -> str:
    """A small value as one line of flow YAML: ``{type: object, properties: {id: {type: string}}}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(item) for item in value) + "]"
    return scalar(value, in_flow=True)


class Fragments:
    """The spec fragments of one folder: their text, their parsed nodes, one merged view."""

    def __init__(self, spec_dir: Path) -> None:
        self.dir = spec_dir
        self.reload()

    def reload(self) -> None:
        self.text: dict[Path, str] = {}
        self.docs: dict[Path, Any] = {}
        self._owners: dict[Path, set[int]] = {}
        for path in sorted(self.dir.glob("*.yaml")):
            self._load(path, path.read_text(encoding="utf-8"))
        self._merge()

    def _load(self, path: Path, text: str, doc: Any = None) -> None:
        self.text[path] = text
        self.docs[path] = doc if doc is not None else _yaml().load(text)
        self._owners[path] = {id(node) for node in _nodes(self.docs[path])}

    def _merge(self) -> None:
        self.view: dict[str, Any] = {"paths": {}, "components": {}}
        for doc in self.docs.values():
            self.view["paths"].update(doc.get("paths") or {})
            for kind, entries in (doc.get("components") or {}).items():
                self.view["components"].setdefault(kind, {}).update(entries)
            self.view.update({key: value for key, value in doc.items() if key not in ("paths", "components")})

    def file_of(self, node: Any) -> Path:
        for path, owned in self._owners.items():
            if id(node) in owned:
                return path
        raise PatchError(f"no fragment holds {node!r}")

    def write(self, path: Path, text: str) -> None:
        """Write a patched file and re-read it, refusing text that no longer parses."""
        try:
            doc = _yaml().load(text)
        except Exception as error:
            raise PatchError(f"{path.name}: the patch breaks the YAML: {error}") from error
        path.write_text(text, encoding="utf-8")
        self._load(path, text, doc)
        self._merge()

    # ------------------------------------------------------------------------- patches

    def set_key(self, node: CommentedMap, key: str, value: Any) -> bool:
        """Set ``node[key]`` to a scalar; False when it already holds that value."""
        if key in node and node[key] == value and type(node[key]) is type(value):
            return False
        path = self.file_of(node)
        lines = self.text[path].split("\n")
        if key in node:
            line, col = node.lc.value(key)
            end = _scalar_end(lines[line], col, node.fa.flow_style())
            old = lines[line][col:end]
            quote = old[0] if old[:1] in ("'", '"') else ""
            lines[line] = lines[line][:col] + scalar(value, node.fa.flow_style(), quote) + lines[line][end:]
        else:
            self._insert(lines, node, f"{key}: {scalar(value, node.fa.flow_style())}")
        self.write(path, "\n".join(lines))
        return True

    def add_entry(self, node: CommentedMap, key: str, value_text: str) -> None:
        """Add ``key: value_text`` (one line of YAML) to a mapping."""
        path = self.file_of(node)
        lines = self.text[path].split("\n")
        self._insert(lines, node, f"{key}: {value_text}")
        self.write(path, "\n".join(lines))

    def set_list(self, node: CommentedMap, key: str, values: list[Any]) -> bool:
        """Make the scalar list ``node[key]`` hold ``values``: kept items stay where they are,
        removed ones go, new ones follow the last item in its style."""
        seq = node[key]
        if list(seq) == values:
            return False
        path = self.file_of(node)
        lines = self.text[path].split("\n")
        if seq.fa.flow_style():
            line, col = seq.lc.line, seq.lc.col
            end = _closing(lines[line], col)
            rendered = "[" + ", ".join(scalar(value, True) for value in values) + "]"
            lines[line] = lines[line][:col] + rendered + lines[line][end + 1 :]
        else:
            kept = [value for value in seq if value in values]
            added = [value for value in values if value not in kept]
            last_line, last_col = seq.lc.item(len(seq) - 1)
            prefix = lines[last_line][:last_col]
            new_lines = [prefix + scalar(value, False) for value in added]
            lines[last_line + 1 : last_line + 1] = new_lines
            for index in sorted((i for i, value in enumerate(seq) if value not in values), reverse=True):
                item_line, _ = seq.lc.item(index)
                del lines[item_line]
            if not kept and not added:
                raise PatchError(f"{path.name}: refusing to empty the list {key!r}")
        self.write(path, "\n".join(lines))
        return True

    def replace_item(self, seq: CommentedSeq, index: int, block: list[str]) -> None:
        """Replace a one-line sequence item (``- $ref: ...``) by a block of lines (unindented)."""
        path = self.file_of(seq)
        lines = self.text[path].split("\n")
        line, col = seq.lc.item(index)
        dash = lines[line][:col]
        indent = " " * len(dash)
        lines[line : line + 1] = [dash + block[0], *(indent + rest if rest else rest for rest in block[1:])]
        self.write(path, "\n".join(lines))

    def block_of(self, parent: CommentedMap, key: str) -> list[str]:
        """The source lines of ``parent[key]`` (a block mapping), unindented."""
        path = self.file_of(parent)
        lines = self.text[path].split("\n")
        line, col = parent.lc.key(key)
        body: list[str] = []
        for text in lines[line + 1 :]:
            if text.strip() and len(text) - len(text.lstrip()) <= col:
                break
            body.append(text)
        while body and not body[-1].strip():
            body.pop()
        margin = min(len(text) - len(text.lstrip()) for text in body if text.strip())
        return [text[margin:] for text in body]

    def _insert(self, lines: list[str], node: CommentedMap, entry: str) -> None:
        if node.fa.flow_style():
            line, col = node.lc.line, node.lc.col
            end = _closing(lines[line], col)
            separator = ", " if len(node) else ""
            lines[line] = lines[line][:end] + separator + entry + lines[line][end:]
            return
        # after the last entry when it is one line, else before a key that starts its own line
        # (not one that follows a sequence's `- `)
        last = list(node)[-1]
        line, col = node.lc.key(last)
        value = node[last]
        one_line = not isinstance(value, (CommentedMap, CommentedSeq)) or (
            value.fa.flow_style() and value.lc.line == line and _closes(lines[line], value.lc.col)
        )
        if one_line and node.lc.value(last)[0] == line:
            lines.insert(line + 1, " " * col + entry)
            return
        for key in node:
            line, col = node.lc.key(key)
            if not lines[line][:col].strip():
                lines.insert(line, " " * col + entry)
                return
        first = next(iter(node))
        line, col = node.lc.key(first)
        if isinstance(node[first], (CommentedMap, CommentedSeq)) and not node[first].fa.flow_style():
            raise PatchError(f"no line to add {entry!r} after")
        lines.insert(line + 1, " " * col + entry)


def _nodes(node: Any) -> Iterator[Any]:
    if isinstance(node, CommentedMap):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, CommentedSeq):
        yield node
        for value in node:
            yield from _nodes(value)


def _scalar_end(line: str, col: int, in_flow: bool) -> int:
    """Where the scalar starting at ``col`` ends."""
    if line[col : col + 1] == "'":
        pos = col + 1
        while pos < len(line):
            if line[pos] == "'" and line[pos + 1 : pos + 2] == "'":
                pos += 2
            elif line[pos] == "'":
                return pos + 1
            else:
                pos += 1
        raise PatchError(f"unterminated quote in {line!r}")
    if line[col : col + 1] == '"':
        pos = col + 1
        while pos < len(line) and line[pos] != '"':
            pos += 2 if line[pos] == "\\" else 1
        return pos + 1
    stops = [len(line)]
    comment = line.find(" #", col)
    stops.append(comment if comment != -1 else len(line))
    if in_flow:
        stops += [pos for pos in (line.find(",", col), line.find("}", col), line.find("]", col)) if pos != -1]
    return len(line[: min(stops)].rstrip()) if min(stops) > col else col


def _closes(line: str, col: int) -> bool:
    try:
        _closing(line, col)
    except PatchError:
        return False
    return True


def _closing(line: str, col: int) -> int:
    """The index of the bracket closing the one at ``col`` (quotes skipped)."""
    depth, pos, quote = 0, col, ""
    while pos < len(line):
        char = line[pos]
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    raise PatchError(f"no closing bracket in {line!r} (a flow collection over several lines?)")
