"""Facts stated by Voucherify's rendered reference pages, and where the spec must encode them.

Three parts, kept apart:

* the location map (``PAGE_MAP``, at the top): which fact on which page belongs where in which
  operation. The pages never print parameter names, so this map is the only place that knows;
* page parsing (``tokenize``): page text -> tokens (example JSON objects, patterns, numeric
  bounds, element bounds, value lists), each with its position on the page, knowing nothing
  about operations;
* the spec side (``resolve``, ``check_fact``): find a location in a bundled OpenAPI 3.1 document
  and say how it falls short of a fact. The docs-coverage test and the docs -> spec drift tool
  both use it, so that they read locations the same way.

Location syntax:

* ``path:<name>``, ``query:<name>``: a parameter (declared on the path item or the operation);
* ``query:<name>[a][b]...``: a property inside a ``deepObject`` parameter, in wire syntax,
  e.g. ``query:filters[type][conditions][$in]``;
* ``response``: the 200 ``application/json`` body; ``response:<key path>``: a property in it.
  Key paths join property names with ``.``; ``[]`` steps into array items;
  ``[prop=value]`` steps into array items and then into the variant(s) of a union whose
  ``prop`` is ``value`` (discriminator mapping, else a ``const``/``enum`` on ``prop``).

Value facts (``enum``, ``pattern``) at an array location apply to the array's items.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypeAlias

V1_CUSTOMER = "GET /v1/customers/{customerId}/activities"
V2_PROGRAM = "GET /v2/loyalties/programs/{id}/activities"
V2_INCENTIVE = "GET /v2/loyalties/incentives/{id}/activities"
V2_EARNING_RULE = "GET /v2/loyalties/earning-rules/{id}/activities"

Kind = Literal["enum", "pattern", "bounds", "items", "example_keys", "default", "parameter", "filter_fields"]


@dataclass(frozen=True)
class Rule:
    """Where one fact sits on a page, and the location(s) of the operation it belongs to.

    The fact is the ``nth`` token of its kind after the anchor text ``after`` (``None``: the top
    of the page), and it must come before any other anchor of the page: a fact that disappears
    from the page is reported, not silently taken from the next parameter down.
    ``immediate``: the fact is a value list printed right at the end of the anchor; used where
    the list is one value run into the next description (``customer The ID of ...``), which no
    tokenizer can tell from prose. ``example_keys`` merges every example JSON after the anchor,
    ``filter_fields`` every "Filter by <field>" line after it.

    ``parameter`` rules anchor a parameter's description: the parameter exists (a page without
    the anchor no longer documents it), and it is deprecated when the word "deprecated" appears
    between its anchor and the next anchor of the page (at most ``DESCRIPTION_SPAN`` characters).
    """

    kind: Kind
    after: str | None
    locations: tuple[str, ...]
    nth: int = 0
    immediate: bool = False


IS, IS_NOT, IN, NOT_IN = "$is", "$is_not", "$in", "$not_in"


def condition(field_name: str, operator: str) -> str:
    """The location of one v2 filter condition, e.g. ``query:filters[id][conditions][$in]``."""
    return f"query:filters[{field_name}][conditions][{operator}]"


def _in_print_order(
    kind: Kind, after: str, field_name: str, operators: Sequence[str], first: int = 0
) -> tuple[Rule, ...]:
    """Rules for a fact printed once per condition, in the order of ``operators``."""
    return tuple(Rule(kind, after, (condition(field_name, op),), nth=first + i) for i, op in enumerate(operators))


_EXAMPLE = Rule("example_keys", None, ("response",))
_FILTER_FIELDS = Rule("filter_fields", None, ("query:filters",))


def _described(anchor: str, name: str, area: str = "query") -> Rule:
    """The parameter whose description starts with ``anchor`` (see ``Rule``)."""
    return Rule("parameter", anchor, (f"{area}:{name}",))


_V1_PARAMETERS = (
    Rule("bounds", "Limits the number of objects to be returned.", ("query:limit",)),
    Rule("enum", "Sorts the results using one of the filtering options", ("query:order",)),
    # The description lists the values itself ("Allowed values: ..."); the rendered enum follows.
    Rule("enum", "Allowed values:", ("query:campaign_type",), nth=1),
    Rule("default", "Limits the number of objects to be returned.", ("query:limit",)),
    _described("A Voucherify customer's id", "customerId", "path"),
    _described("Limits the number of objects to be returned.", "limit"),
    _described("Sorts the results using one of the filtering options", "order"),
    _described("A cursor for pagination. starting_after", "starting_after"),
    _described("A cursor for pagination. It retrieves the events starting after an event", "starting_after_id"),
    _described("Through this parameter you can control a type of campaign", "campaign_type"),
    _described("only events related to specific campaign identified by its ID.", "campaign_id"),
    _described("only events related to specific product identified by its ID.", "product_id"),
    # start_date and end_date share one description on the page: no anchor tells them apart.
)

# On the incentive page the id and type conditions follow the junction's values with no
# descriptions of their own, once per condition: $is, $is_not, $in (element bounds, then the
# value), $not_in (likewise); the ids first, then the types.
_INCENTIVE_CONDITIONS = "Logical junction between filter conditions.\nAND, OR"

PAGE_MAP: dict[str, tuple[str, tuple[Rule, ...]]] = {
    "customer-activities-v1.parameters.txt": (V1_CUSTOMER, _V1_PARAMETERS),
    "customer-activities-v1.txt": (
        V1_CUSTOMER,
        (
            *_V1_PARAMETERS,
            Rule("enum", "Event type.\n", ("response:data[].type",)),
            # The customer.confirmed data schema is the one the page expands.
            Rule(
                "enum",
                "The type of the object represented by JSON.\n",
                ("response:data[type=customer.confirmed].data.data.customer.object",),
                immediate=True,
            ),
            Rule(
                "enum",
                "Determines the channel that initiated the event.",
                ("response:data[].data.event_source.channel",),
            ),
            _EXAMPLE,
        ),
    ),
    "program-activities-v2.txt": (
        V2_PROGRAM,
        (
            Rule("pattern", "Unique program identifier", ("path:id",)),
            Rule("enum", "Valid values:", tuple(condition("type", op) for op in (IS, IS_NOT, IN, NOT_IN))),
            Rule("enum", "Logical junction for combining activity filters", ("query:filters[junction]",)),
            Rule("bounds", "Maximum number of results to return", ("query:limit",)),
            Rule("enum", "Sort order for activities", ("query:order",)),
            Rule("pattern", "Cursor for pagination (from previous response)", ("query:cursor",)),
            Rule("default", "Maximum number of results to return", ("query:limit",)),
            _described("Unique program identifier", "id", "path"),
            _described("Maximum number of results to return", "limit"),
            _described("Sort order for activities", "order"),
            _described("Cursor for pagination (from previous response)", "cursor"),
            _FILTER_FIELDS,
            _EXAMPLE,
        ),
    ),
    "incentive-activities-v2.txt": (
        V2_INCENTIVE,
        (
            Rule("pattern", "Unique incentive identifier", ("path:id",)),
            Rule("bounds", "Number of results per page", ("query:limit",)),
            Rule("enum", "Sort order for activities.", ("query:order",)),
            Rule("pattern", "Cursor token for the next page of activities", ("query:cursor",)),
            Rule("enum", "Logical junction between filter conditions.", ("query:filters[junction]",)),
            *_in_print_order("pattern", _INCENTIVE_CONDITIONS, "id", (IS, IS_NOT, IN, NOT_IN)),
            *_in_print_order("items", _INCENTIVE_CONDITIONS, "id", (IN, NOT_IN)),
            *_in_print_order("enum", _INCENTIVE_CONDITIONS, "type", (IS, IS_NOT, IN, NOT_IN)),
            *_in_print_order("items", _INCENTIVE_CONDITIONS, "type", (IN, NOT_IN), first=2),
            Rule("default", "Number of results per page", ("query:limit",)),
            Rule("default", "Sort order for activities.", ("query:order",)),
            _described("Unique incentive identifier", "id", "path"),
            _described("Number of results per page", "limit"),
            _described("Sort order for activities.", "order"),
            _described("Cursor token for the next page of activities", "cursor"),
            _EXAMPLE,
        ),
    ),
    "earning-rule-activities-v2.txt": (
        V2_EARNING_RULE,
        (
            # The junction's values are printed without a description, before the id filter's.
            Rule("enum", "Unique earning rule identifier.", ("query:filters[junction]",)),
            Rule("enum", "Filter by activity type.", (condition("type", IS),)),
            # The limit's bounds are printed without a description, after the created_at filters.
            Rule("bounds", "Filter by creation date after.", ("query:limit",)),
            Rule("enum", "Sort order.", ("query:order",)),
            Rule("default", "Sort order.", ("query:order",)),
            _described("Unique earning rule identifier.", "id", "path"),
            _described("Sort order.", "order"),
            _described("Cursor for pagination.", "cursor"),
            _FILTER_FIELDS,
            _EXAMPLE,
        ),
    ),
}


# --------------------------------------------------------------------------------- facts


class Range(NamedTuple):
    """Inclusive bounds: minimum/maximum for ``bounds``, minItems/maxItems for ``items``."""

    low: int
    high: int


FactValue: TypeAlias = "str | tuple[str, ...] | Range"


@dataclass(frozen=True)
class Fact:
    """One thing a page states about one location of one operation.

    ``value`` by kind: ``enum`` a tuple of values in page order, ``pattern`` a string,
    ``bounds``/``items`` a Range, ``example_keys`` a tuple of key paths (``data[].id``),
    ``default`` the default as printed (``10``, ``-created_at``), ``parameter`` ``deprecated`` or
    ``current``, ``filter_fields`` a tuple of filter field names (``created_at``).
    ``source`` (the page file) is for messages only and takes no part in equality.
    """

    operation: str
    location: str
    kind: Kind
    value: FactValue
    source: str = field(default="", compare=False)


class PageError(ValueError):
    """A page does not read the way the location map expects, or is not a reference page at all."""


# The last line of each page's rendered text: a page without it was cut short. The whole pages
# end with the docs site's feedback line; the v1 parameters page is a partial render.
_FEEDBACK = "Was this page helpful?"
PAGE_ENDS = {
    "customer-activities-v1.parameters.txt": "Total number of customer activities.",
    "customer-activities-v1.txt": _FEEDBACK,
    "program-activities-v2.txt": _FEEDBACK,
    "incentive-activities-v2.txt": _FEEDBACK,
    "earning-rule-activities-v2.txt": _FEEDBACK,
}
_HTML_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|title)\b", re.I)


def read_page(path: Path) -> str:
    """The text of a saved reference page; PageError naming the file when it cannot be one:
    missing, binary, empty, an HTML document (an error page saved instead), or cut short."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PageError(f"{path}: cannot read: {error.strerror or error}") from error
    if b"\x00" in data:
        raise PageError(f"{path}: binary data, not the rendered text of a page")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PageError(f"{path}: not UTF-8 text (byte {error.start}): not the rendered text of a page") from error
    if not text.strip():
        raise PageError(f"{path}: empty")
    if _HTML_RE.search(text[:4000]):
        raise PageError(f"{path}: an HTML document (an error page?), not the rendered text of a page")
    end = PAGE_ENDS.get(path.name)
    if end is not None and end not in text:
        raise PageError(f"{path}: truncated: the page does not reach its last line ({end!r})")
    return text


# ------------------------------------------------------------------------ page parsing


class Token(NamedTuple):
    """A piece of page text: ``json`` (value: dict), ``pattern`` (str), ``bounds``/``items``
    (Range) or ``enum`` (tuple of values)."""

    kind: str
    start: int
    end: int
    value: Any


_VALUE = r"-?[A-Za-z_]\w*(?:\.\w+)*(?![\w-])(?!\.\w)"
_VALUES_RE = re.compile(rf"{_VALUE}(?:\s*,\s*{_VALUE})*")
_LIST_RE = re.compile(rf"(?<![\w.$-]){_VALUE}(?:\s*,\s*{_VALUE})+")
_SEPARATOR_RE = re.compile(r"\s*,\s*")
_LIST_START_RE = re.compile(r"(?:^|\n|:)[ \t]*$")
_STRUCTURE_RE = re.compile(
    r"(?P<pattern>\^[^\s$]+\$)"
    r"|(?<!\d)(?P<bmin>\d+)\s*(?:<=|\u2264)\s*x\s*(?:<=|\u2264)\s*(?P<bmax>\d+)"  # <= or ≤
    r"|(?<!\d)(?P<imin>\d+)\s*[-\u2013]\s*(?P<imax>\d+)\s*elements?"  # hyphen or en dash
)


_DEFAULT_RE = re.compile(
    r"\b[Dd]efault(?:s to| is|:)?\s+(?P<value>-?[\w.]*\w)"  # "default 10", "Default: -created_at."
    r"|\bIf no \w+ is set, it returns (?P<count>\d+)\b"  # the v1 page's way of saying it
)
_FILTER_RE = re.compile(r"\bFilter by (?:exact )?(?:activity )?(?P<field>[A-Za-z][\w ]*?)(?: (?:before|after))?\.")
# How the pages name filter fields; any other name is read as its words joined by `_`.
FILTER_FIELD_NAMES = {"id": "id", "type": "type", "creation date": "created_at", "update date": "updated_at"}


def filter_field(phrase: str) -> str:
    """The wire name of a filter field as a page names it: ``creation date`` -> ``created_at``."""
    phrase = " ".join(phrase.lower().split())
    return FILTER_FIELD_NAMES.get(phrase, phrase.replace(" ", "_"))


def tokenize(text: str) -> list[Token]:
    """The tokens of a page, in page order.

    Example JSON objects are found first (and nothing inside them is read further); between
    them, patterns (``^...$``, ending at the first ``$``), ``a <= x <= b`` and
    ``a - b elements``; between those, value lists (two or more values separated by commas,
    across line breaks and leading commas) that start a line, follow a colon or follow
    another token, so comma-separated prose is not mistaken for a list. Defaults (``default
    10``) and filter lines (``Filter by activity type.``) are read from the prose outside the
    examples on their own, without splitting it.
    """
    tokens: list[Token] = []
    prose: list[tuple[int, int]] = []
    cursor = 0
    for obj in _json_objects(text):
        tokens += _structures(text, cursor, obj.start)
        prose.append((cursor, obj.start))
        tokens.append(obj)
        cursor = obj.end
    tokens += _structures(text, cursor, len(text))
    prose.append((cursor, len(text)))
    for start, end in prose:
        for match in _DEFAULT_RE.finditer(text, start, end):
            tokens.append(Token("default", match.start(), match.end(), match["value"] or match["count"]))
        for match in _FILTER_RE.finditer(text, start, end):
            tokens.append(Token("filter", match.start(), match.end(), filter_field(match["field"])))
    return sorted(tokens, key=lambda token: token.start)


def read_values(text: str, pos: int) -> tuple[str, ...]:
    """The value list (one value or more) starting at ``pos``, after any whitespace."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    match = _VALUES_RE.match(text, pos)
    return tuple(_SEPARATOR_RE.split(match.group())) if match else ()


def key_paths(value: Any, prefix: str = "") -> Iterator[str]:
    """Every key path of a JSON value, parents first: ``data``, ``data[].id``, ..."""
    if isinstance(value, dict):
        for key, child in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from key_paths(child, path)
    elif isinstance(value, list):
        for item in value:
            yield from key_paths(item, f"{prefix}[]")


def _json_objects(text: str) -> Iterator[Token]:
    decoder = json.JSONDecoder()
    pos = 0
    while (start := text.find("{", pos)) != -1:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            pos = start + 1
            continue
        if isinstance(value, dict) and value:
            yield Token("json", start, end, value)
            pos = end
        else:
            pos = start + 1


def _structures(text: str, start: int, end: int) -> list[Token]:
    tokens: list[Token] = []
    gap = start
    for match in _STRUCTURE_RE.finditer(text, start, end):
        tokens += _value_lists(text, gap, match.start())
        if match["pattern"]:
            tokens.append(Token("pattern", match.start(), match.end(), match["pattern"]))
        elif match["bmin"]:
            tokens.append(Token("bounds", match.start(), match.end(), Range(int(match["bmin"]), int(match["bmax"]))))
        else:
            tokens.append(Token("items", match.start(), match.end(), Range(int(match["imin"]), int(match["imax"]))))
        gap = match.end()
    return tokens + _value_lists(text, gap, end)


def _value_lists(text: str, start: int, end: int) -> list[Token]:
    """Value lists in ``text[start:end]``, a stretch that follows a token or the page start."""
    gap = text[start:end]
    tokens: list[Token] = []
    pos = floor = 0
    while (match := _LIST_RE.search(gap, pos)) is not None:
        if _LIST_START_RE.search(gap, floor, match.start()) or not gap[floor : match.start()].strip():
            values = tuple(_SEPARATOR_RE.split(match.group()))
            tokens.append(Token("enum", start + match.start(), start + match.end(), values))
            pos = floor = match.end()
        else:  # prose; a list may still start at one of its later values
            first = _VALUES_RE.match(gap, match.start())
            pos = first.end() if first else match.start() + 1
    return tokens


# --------------------------------------------------------------------- location mapping

_TOKEN_KIND = {
    "enum": "enum",
    "pattern": "pattern",
    "bounds": "bounds",
    "items": "items",
    "example_keys": "json",
    "default": "default",
    "filter_fields": "filter",
}
DECLARATION_KINDS = ("default", "parameter", "filter_fields")  # read by `stated`, not from one schema
DESCRIPTION_SPAN = 400  # how far a parameter's description reaches when no anchor follows
_DEPRECATED_RE = re.compile(r"\bdeprecated\b", re.I)


def facts_from_page(operation: str, text: str, rules: Iterable[Rule], source: str = "") -> list[Fact]:
    """Apply a page's rules to its text."""
    facts: list[Fact] = []
    for reading in read_rules(text, rules, source):
        if reading.error is not None:
            raise reading.error
        rule = reading.rule
        facts += [Fact(operation, location, rule.kind, reading.value, source) for location in rule.locations]
    return facts


@dataclass(frozen=True)
class Reading:
    """What one rule read from a page: its value and the text spans it came from, or why it could not."""

    rule: Rule
    value: FactValue = ()
    spans: tuple[tuple[int, int], ...] = ()
    error: PageError | None = None


def read_rules(text: str, rules: Iterable[Rule], source: str = "") -> list[Reading]:
    """Apply each rule on its own: a rule the page no longer fits yields its PageError, and the
    others are still read (the docs -> spec drift tool reports such a fact as gone)."""
    rules = tuple(rules)
    tokens = tokenize(text)
    anchors: dict[str, tuple[int, int]] = {}
    failed: dict[str, PageError] = {}
    for anchor in dict.fromkeys(rule.after for rule in rules if rule.after is not None):
        try:
            anchors[anchor] = _anchor(text, anchor, source)
        except PageError as error:
            failed[anchor] = error
    readings = []
    for rule in rules:
        if rule.after in failed:
            readings.append(Reading(rule, error=failed[rule.after]))
            continue
        try:
            value, spans = _read(rule, text, tokens, anchors, source)
        except PageError as error:
            readings.append(Reading(rule, error=error))
        else:
            readings.append(Reading(rule, value, spans))
    return readings


def load_page_facts(pages_dir: Path) -> dict[str, list[Fact]]:
    """The facts of every page in ``PAGE_MAP``, by operation key (``GET /v2/...``).

    Pages of the same operation may state the same fact; it is kept once. Pages that
    disagree about a location raise PageError.
    """
    by_operation: dict[str, dict[tuple[str, str], Fact]] = {}
    for page, (operation, rules) in PAGE_MAP.items():
        path = pages_dir / page
        if not path.is_file():
            raise PageError(f"{path}: docs page missing")
        known = by_operation.setdefault(operation, {})
        for fact in facts_from_page(operation, read_page(path), rules, page):
            earlier = known.setdefault((fact.location, fact.kind), fact)
            if not _same_statement(earlier, fact):
                raise PageError(
                    f"{operation} {fact.location}: {earlier.source} states {fact.kind} {earlier.value!r},"
                    f" {fact.source} states {fact.value!r}"
                )
    return {operation: list(facts.values()) for operation, facts in by_operation.items()}


def _same_statement(a: Fact, b: Fact) -> bool:
    if a.kind in ("enum", "example_keys"):
        return set(a.value) == set(b.value)
    return a.value == b.value


def _anchor(text: str, anchor: str, source: str) -> tuple[int, int]:
    count = text.count(anchor)
    if count != 1:
        raise PageError(f"{source}: anchor {anchor!r} occurs {count} times, expected once")
    start = text.index(anchor)
    return start, start + len(anchor)


def _read(
    rule: Rule, text: str, tokens: Sequence[Token], anchors: Mapping[str, tuple[int, int]], source: str
) -> tuple[FactValue, tuple[tuple[int, int], ...]]:
    where = f"{source}: {rule.kind} for {', '.join(rule.locations)} after {rule.after!r}"
    begin = anchors[rule.after][1] if rule.after is not None else 0
    if rule.kind == "parameter":
        if rule.after is None:
            raise PageError(f"{where}: a parameter rule needs an anchor")
        start = anchors[rule.after][0]
        stop = min([s for s, _ in anchors.values() if s > start] + [begin + DESCRIPTION_SPAN])
        return ("deprecated" if _DEPRECATED_RE.search(text, start, stop) else "current"), ((start, begin),)
    if rule.immediate:
        values = read_values(text, begin)
        if not values:
            raise PageError(f"{where}: no values right after the anchor")
        start = text.index(values[0], begin)
        return values, ((start, text.index(values[-1], start) + len(values[-1])),)
    found = [token for token in tokens if token.kind == _TOKEN_KIND[rule.kind] and token.start >= begin]
    if rule.kind == "example_keys":
        if not found:
            raise PageError(f"{where}: no example JSON")
        paths = tuple(dict.fromkeys(path for token in found for path in key_paths(token.value)))
        return paths, tuple((token.start, token.end) for token in found)
    if rule.kind == "filter_fields":
        if not found:
            raise PageError(f"{where}: no 'Filter by ...' line")
        return tuple(dict.fromkeys(token.value for token in found)), tuple((t.start, t.end) for t in found)
    if len(found) <= rule.nth:
        raise PageError(f"{where}: expected at least {rule.nth + 1}, found {len(found)}")
    token = found[rule.nth]
    passed = [anchor for anchor, (start, _) in anchors.items() if begin <= start < token.start]
    if passed:
        raise PageError(f"{where}: the nearest one is past {passed[0]!r}")
    value: FactValue = token.value
    return value, ((token.start, token.end),)


# ---------------------------------------------------------------------------- spec side

Schema = Mapping[str, Any]


class LocationError(Exception):
    """A location does not exist in the spec."""


@dataclass(frozen=True)
class Branch:
    """One way a location can be: the schemas that all apply to it (allOf parts, ``$ref``
    targets), and the discriminator values ``(property, value)`` of the union variants taken."""

    schemas: tuple[Schema, ...]
    tags: frozenset[tuple[str, str]] = frozenset()

    def join(self, other: Branch) -> Branch:
        return Branch(self.schemas + other.schemas, self.tags | other.tags)

    def values(self, keyword: str) -> list[Any]:
        return [schema[keyword] for schema in self.schemas if keyword in schema]

    def is_array(self) -> bool:
        return bool(self.values("items")) or "array" in _types(self)

    def allowed(self) -> set[Any] | None:
        """Values allowed by ``enum``/``const`` (``None`` left out), or None when unrestricted."""
        restrictions = [set(values) for values in self.values("enum")] + [{v} for v in self.values("const")]
        if not restrictions:
            return None
        return set.intersection(*restrictions) - {None}


def _types(branch: Branch) -> set[str]:
    found: set[str] = set()
    for declared in branch.values("type"):
        found |= {declared} if isinstance(declared, str) else set(declared)
    return found


def expand(spec: Schema, schema: Schema, tags: frozenset[tuple[str, str]] = frozenset()) -> list[Branch]:
    """The alternatives of a schema: ``$ref`` and ``allOf`` joined, one Branch per
    ``oneOf``/``anyOf`` option, options that only admit null dropped."""
    if "$ref" in schema:
        branches = [Branch(b.schemas, b.tags | tags) for b in expand(spec, _pointer(spec, schema["$ref"]))]
        rest = {key: value for key, value in schema.items() if key != "$ref"}
        return _cross(branches, expand(spec, rest)) if rest else branches
    branches = [Branch((schema,), tags)]
    for part in schema.get("allOf", ()):
        branches = _cross(branches, expand(spec, part))
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            options = [
                branch
                for option in schema[keyword]
                for branch in expand(spec, option, _discriminator_tags(schema, option))
                if _types(branch) != {"null"}
            ]
            branches = _cross(branches, options)
    return branches


def _discriminator_tags(union: Schema, option: Schema) -> frozenset[tuple[str, str]]:
    """``(propertyName, value)`` for each discriminator mapping value that points at ``option``."""
    discriminator = union.get("discriminator", {})
    mapping = discriminator.get("mapping", {})
    prop = discriminator.get("propertyName", "")
    return frozenset((prop, value) for value, ref in mapping.items() if ref == option.get("$ref"))


def _cross(left: list[Branch], right: list[Branch]) -> list[Branch]:
    return [a.join(b) for a in left for b in right]


def _pointer(spec: Schema, ref: str) -> Schema:
    if not ref.startswith("#/"):
        raise LocationError(f"only local $refs are supported, found {ref!r}")
    node: Any = spec
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or key not in node:
            raise LocationError(f"$ref {ref} points at nothing")
        node = node[key]
    return node  # type: ignore[no-any-return]


def _deref(spec: Schema, obj: Schema) -> Schema:
    while "$ref" in obj:
        obj = _pointer(spec, obj["$ref"])
    return obj


def deref(spec: Schema, obj: Schema) -> Schema:
    """Follow local ``$ref``s to what they name (a schema, parameter, response, path item)."""
    return _deref(spec, obj)


Step = tuple[str, str]  # ("property", name) | ("items", "") | ("variant", "prop=value")

_KEY_STEP_RE = re.compile(r"\[\]|\[([^\]=]+)=([^\]]*)\]|\.?([^.\[\]]+)")


def key_steps(key_path: str) -> list[Step]:
    """``data[type=x].data.id`` -> property data, variant type=x, property data, property id."""
    steps: list[Step] = []
    for match in _KEY_STEP_RE.finditer(key_path):
        if match[3] is not None:
            steps.append(("property", match[3]))
        else:
            steps.append(("items", ""))
            if match[1] is not None:
                steps.append(("variant", f"{match[1]}={match[2]}"))
    return steps


def step(spec: Schema, branches: Iterable[Branch], how: Step) -> list[Branch]:
    """The branches one step further down; branches where the step does not exist drop out."""
    kind, arg = how
    if kind == "variant":
        return _variant(spec, list(branches), *arg.split("=", 1))
    reached: list[Branch] = []
    for branch in branches:
        if kind == "items":
            subs = branch.values("items")
        else:
            subs = [props[arg] for props in branch.values("properties") if arg in props]
        if not subs:
            continue
        joined = [Branch(())]
        for sub in subs:
            joined = _cross(joined, expand(spec, sub))
        reached += joined
    return reached


def _variant(spec: Schema, branches: list[Branch], prop: str, value: str) -> list[Branch]:
    tagged = [branch for branch in branches if (prop, value) in branch.tags]
    if tagged:
        return tagged
    return [
        branch
        for branch in branches
        if any(value in (inner.allowed() or ()) for inner in step(spec, [branch], ("property", prop)))
    ]


def _operation(spec: Schema, operation: str) -> tuple[Schema, Schema]:
    method, path = operation.split(" ", 1)
    item = spec.get("paths", {}).get(path)
    if item is None:
        raise LocationError(f"path {path} is not in the spec")
    item = _deref(spec, item)
    if method.lower() not in item:
        raise LocationError(f"{operation} is not in the spec")
    return item, item[method.lower()]


def _parameter(spec: Schema, operation: str, where: str, name: str) -> Schema:
    item, op = _operation(spec, operation)
    found: Schema | None = None
    for declared in [*item.get("parameters", ()), *op.get("parameters", ())]:  # operation level wins
        parameter = _deref(spec, declared)
        if parameter.get("in") == where and parameter.get("name") == name:
            found = parameter
    if found is None:
        raise LocationError(f"{where} parameter {name!r} is not declared")
    if "schema" not in found:
        raise LocationError(f"{where} parameter {name!r} has no schema")
    return found


def response_schema(spec: Schema, operation: str) -> Schema:
    """The 200 ``application/json`` schema of an operation."""
    _, op = _operation(spec, operation)
    response = op.get("responses", {}).get("200")
    if response is None:
        raise LocationError("no 200 response")
    schema = _deref(spec, response).get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        raise LocationError("the 200 response has no application/json schema")
    return schema  # type: ignore[no-any-return]


def resolve(spec: Schema, operation: str, location: str) -> list[Branch]:
    """The branches of the schema at a location; LocationError when it is not declared."""
    area, _, rest = location.partition(":")
    if area == "response":
        branches = expand(spec, response_schema(spec, operation))
        steps = key_steps(rest)
        label = "the 200 body"
    elif area in ("path", "query", "header", "cookie"):
        name = rest.split("[", 1)[0]
        parameter = _parameter(spec, operation, area, name)
        branches = expand(spec, parameter["schema"])
        steps = [("property", prop) for prop in re.findall(r"\[([^\]]*)\]", rest[len(name) :])]
        label = f"{area} parameter {name!r}"
        if steps and parameter.get("style") != "deepObject":
            raise LocationError(f"{label} is not style: deepObject, so it has no {rest[len(name) :]}")
    else:
        raise LocationError(f"unknown location area {area!r}")
    for how in steps:
        reached = step(spec, branches, how)
        if not reached:
            what = {"items": "array items", "variant": f"variant with {how[1]}"}.get(how[0], f"property {how[1]!r}")
            raise LocationError(f"{label} has no {what}")
        branches = reached
        label = f"{label} > {how[1] or '[]'}"
    return branches


def default_text(value: Any) -> str:
    """A default as a page prints it: ``10``, ``-created_at``, ``true``."""
    return value if isinstance(value, str) else json.dumps(value)


def stated(spec: Schema, operation: str, location: str, kind: str) -> Any:
    """What the spec states at a location for the kinds read off whole declarations:
    ``default`` (sorted default texts, empty: none), ``parameter`` (``deprecated``/``current``)
    and ``filter_fields`` (sorted field names of the filter object, its junction left out).
    LocationError when the location is not declared."""
    if kind == "parameter":
        area, _, name = location.partition(":")
        return "deprecated" if _parameter(spec, operation, area, name).get("deprecated") else "current"
    branches = resolve(spec, operation, location)
    if kind == "default":
        return sorted({default_text(value) for branch in branches for value in branch.values("default")})
    if kind == "filter_fields":
        names = {name for branch in branches for props in branch.values("properties") for name in props}
        return sorted(names - {"junction"})
    raise ValueError(f"{kind} facts are read from schemas, not declarations")


def check_fact(spec: Schema, fact: Fact) -> list[str]:
    """How the spec falls short of a fact; empty when it is encoded exactly at its location."""
    try:
        if fact.kind == "example_keys" or fact.kind in DECLARATION_KINDS:
            return _check_keys(spec, fact) if fact.kind == "example_keys" else _check_declared(spec, fact)
        branches = resolve(spec, fact.operation, fact.location)
        if fact.kind in ("bounds", "items"):
            return _check_range(fact, branches)
        values = [inner for branch in branches for inner in _value_branches(spec, branch)]
        if not values:
            return [f"{fact.location}: an array without an items schema"]
        if fact.kind == "pattern":
            return _check_pattern(fact, values)
        return _check_enum(fact, values)
    except LocationError as error:
        return [f"{fact.location}: {error}"]


def _check_declared(spec: Schema, fact: Fact) -> list[str]:
    found = stated(spec, fact.operation, fact.location, fact.kind)
    expected: Any = sorted(_strings(fact.value)) if fact.kind == "filter_fields" else fact.value
    expected = [expected] if fact.kind == "default" else expected
    return [] if found == expected else [f"{fact.location}: {fact.kind} is {found}, docs: {expected}"]


def _value_branches(spec: Schema, branch: Branch) -> list[Branch]:
    return step(spec, [branch], ("items", "")) if branch.is_array() else [branch]


def _strings(value: FactValue) -> tuple[str, ...]:
    if isinstance(value, Range) or not isinstance(value, tuple):
        raise TypeError(f"expected a tuple of strings, found {value!r}")
    return tuple(str(item) for item in value)


def _check_range(fact: Fact, branches: Sequence[Branch]) -> list[str]:
    if not isinstance(fact.value, Range):
        raise TypeError(f"expected a Range, found {fact.value!r}")
    low, high = ("minimum", "maximum") if fact.kind == "bounds" else ("minItems", "maxItems")
    if fact.kind == "items":
        branches = [branch for branch in branches if branch.is_array()]
        if not branches:
            return [f"{fact.location}: not an array"]
    problems = []
    for branch in branches:
        for keyword, expected in ((low, fact.value.low), (high, fact.value.high)):
            found = set(branch.values(keyword))
            if found != {expected}:
                problems.append(f"{fact.location}: {keyword} is {sorted(found) or 'not set'}, docs: {expected}")
    return problems


def _check_pattern(fact: Fact, branches: Sequence[Branch]) -> list[str]:
    problems = []
    for branch in branches:
        patterns = set(branch.values("pattern"))
        if patterns != {fact.value}:
            problems.append(f"{fact.location}: pattern is {sorted(patterns) or 'not set'}, docs: {fact.value}")
    return problems


def _check_enum(fact: Fact, branches: Sequence[Branch]) -> list[str]:
    expected: set[Any] = set(_strings(fact.value))
    allowed = [branch.allowed() for branch in branches]
    problems = []
    if None in allowed:
        problems.append(
            f"{fact.location}: {allowed.count(None)} of {len(allowed)} alternatives not restricted by enum/const"
        )
    found_sets = [found for found in allowed if found is not None]
    if fact.location.startswith("response"):
        # a union's variants each narrow the value; together they must allow exactly the docs' values
        found_sets = [set().union(*found_sets)] if found_sets else []
    for number, found in enumerate(found_sets, 1):
        if found != expected:
            which = f" (alternative {number} of {len(found_sets)})" if len(found_sets) > 1 else ""
            missing, extra = sorted(expected - found, key=str), sorted(found - expected, key=str)
            problems.append(f"{fact.location}{which}: missing {missing}, extra {extra}")
    return problems


def _check_keys(spec: Schema, fact: Fact) -> list[str]:
    """Each example key path must be declared (in ``properties``) in some branch of the body."""
    reached: dict[tuple[Step, ...], list[Branch]] = {(): expand(spec, response_schema(spec, fact.operation))}
    missing: list[str] = []
    for path in _strings(fact.value):
        steps = tuple(key_steps(path))
        for depth in range(1, len(steps) + 1):
            if steps[:depth] not in reached:
                reached[steps[:depth]] = step(spec, reached[steps[: depth - 1]], steps[depth - 1])
        if not reached[steps]:
            missing.append(path)
    return _summarize_missing(missing, len(_strings(fact.value)))


def _summarize_missing(missing: list[str], total: int) -> list[str]:
    """One line per topmost undeclared key path, with how many paths below it are undeclared too."""
    lines: list[str] = []
    top = ""
    below = 0
    for path in [*missing, ""]:
        if top and path and (path.startswith(f"{top}.") or path.startswith(f"{top}[]")):
            below += 1
            continue
        if top:
            lines.append(
                f"response:{top} not declared"
                + (f" (nor {below} key path{'s' * (below > 1)} below it)" if below else "")
            )
        top, below = path, 0
    if lines:
        lines.insert(0, f"{len(missing)} of {total} example key paths are not declared in the 200 schema:")
    return lines
