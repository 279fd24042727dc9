"""Deterministic, schema-valid sample values for a JSON Schema node of the spec.

The dataset builds activity payloads with this from the spec's own schemas, so the shapes follow
the spec as it changes. `hints` pin values by property name (ids, names, links between entities);
a hint is used only where its type fits the schema, so a hint can never make a value invalid.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from typing import Any

from voucherify_activities.spec import resolve

from .spec import JSON

MAX_DEPTH = 7
_WORDS = (
    "aurora", "harbor", "summit", "meadow", "cobalt", "ember", "lumen", "maple", "orbit", "quartz",
    "river", "solstice", "tidal", "velvet", "willow", "zephyr",
)  # fmt: skip
_FIRST = ("Alice", "Bruno", "Chiara", "Dawid", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas")
_LAST = ("Nowak", "Rossi", "Meyer", "Silva", "Tanaka", "Novak", "Larsen", "Dubois", "Kowal", "Berg")
_ID_PREFIX = {
    "customer": "cust_",
    "holder": "cust_",
    "referrer": "cust_",
    "campaign": "camp_",
    "voucher": "v_",
    "order": "ord_",
    "product": "prod_",
    "sku": "sku_",
    "redemption": "r_",
    "segment": "seg_",
    "event": "evcus_",
    "publication": "pub_",
    "validation": "valid_",
    "reward": "rew_",
    "loyalty_tier": "ltr_",
    "earning_rule": "ern_",
    "transaction": "vtx_",
    "user": "user_",
}
_CLASS = re.compile(r"\[([^\]]+)\]")

Hint = Any  # a value, or a callable taking the Random and returning a value


class PatternError(ValueError):
    """A schema pattern outside the small regex subset the sampler can generate from."""


def _class_chars(body: str) -> str:
    chars: list[str] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.extend(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.append(body[i])
            i += 1
    return "".join(chars)


def sample_pattern(pattern: str, rng: random.Random) -> str:
    """A string matching `pattern`, for the subset the spec uses: literals, [classes], \\d, +, {n}."""
    body = pattern.removeprefix("^").removesuffix("$")
    out: list[str] = []
    i = 0
    while i < len(body):
        if body[i] == "[":
            end = body.index("]", i)
            alphabet, i = _class_chars(body[i + 1 : end]), end + 1
        elif body.startswith("\\d", i):
            alphabet, i = "0123456789", i + 2
        elif body[i] in "()|*?.\\":
            raise PatternError(f"pattern {pattern!r}: {body[i]!r} is not supported by the sampler")
        else:
            alphabet, i = body[i], i + 1
        count = 1
        if i < len(body) and body[i] == "+":
            count, i = 20 if len(alphabet) > 1 else 1, i + 1
        elif i < len(body) and body[i] == "{":
            end = body.index("}", i)
            count, i = int(body[i + 1 : end].split(",")[0]), end + 1
        out.append("".join(rng.choice(alphabet) for _ in range(count)))
    return "".join(out)


class Sampler:
    """Builds instances of spec schemas; one Random drives every choice, so a seed fixes the output."""

    def __init__(self, spec: dict[str, JSON], rng: random.Random, at: str) -> None:
        self.spec = spec
        self.rng = rng
        self.at = at  # the instant `*_at` fields get; a template slot when building templates

    def sample(self, node: JSON, hints: Mapping[str, Hint] | None = None) -> JSON:
        return self._value(node, hints or {}, "", 0)

    # --- dispatch ---------------------------------------------------------------------------
    def _value(self, node: JSON, hints: Mapping[str, Hint], name: str, depth: int) -> JSON:  # noqa: PLR0911
        node = resolve(node, self.spec)
        if "allOf" in node:
            return self._all_of(node, hints, name, depth)
        if "oneOf" in node:
            branches = [resolve(b, self.spec) for b in node["oneOf"]]
            concrete = [b for b in branches if b.get("type") != "null"]
            if len(concrete) < len(branches) and (not concrete or self.rng.random() < 0.15):
                return None
            return self._value(self.rng.choice(concrete), hints, name, depth)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return self.rng.choice(node["enum"])
        kind = node.get("type", "object" if "properties" in node else "string")
        if isinstance(kind, list):
            concrete_kinds = [k for k in kind if k != "null"]
            if len(concrete_kinds) < len(kind) and self.rng.random() < 0.15:
                return None
            kind = concrete_kinds[0]
        handler: Callable[[dict[str, JSON], Mapping[str, Hint], str, int], JSON] = getattr(self, "_" + kind)
        return handler(node, hints, name, depth)

    def _all_of(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        merged: dict[str, JSON] = {"type": "object", "properties": {}, "required": []}
        for part in (resolve(p, self.spec) for p in node["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"].extend(part.get("required", []))
        return self._object(merged, hints, name, depth)

    # --- types ------------------------------------------------------------------------------
    def _object(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        properties: dict[str, JSON] = node.get("properties", {})
        if not properties:
            return self._free_map(name)
        required = set(node.get("required", []))
        keep = 0.6 if depth < 2 else 0.35 if depth < 4 else 0.0
        out: dict[str, JSON] = {}
        for key, sub in properties.items():
            if key in required or key in hints or self.rng.random() < keep:
                if depth >= MAX_DEPTH and key not in required:
                    continue
                out[key] = self._property(key, sub, hints, depth + 1)
        return out

    def _property(self, key: str, sub: JSON, hints: Mapping[str, Hint], depth: int) -> JSON:
        value = self._value(sub, hints, key, depth)
        if key not in hints:
            return value
        hint = hints[key]
        hinted = hint(self.rng) if callable(hint) else hint
        if isinstance(hinted, dict) and isinstance(value, dict):
            properties = self._properties(sub)
            return {**value, **{k: v for k, v in hinted.items() if k in properties and self._fits(v, properties[k])}}
        if isinstance(hinted, str) and isinstance(value, str) and self._fits(hinted, sub):
            return hinted
        return value

    def _properties(self, node: JSON) -> dict[str, JSON]:
        node = resolve(node, self.spec)
        found = dict(node.get("properties", {}))
        for key in ("allOf", "oneOf"):
            for part in node.get(key, []):
                found.update(self._properties(part))
        return found

    def _fits(self, value: JSON, node: JSON) -> bool:
        """Whether a hinted string may stand where `node` is: a plain string without enum, const or pattern."""
        node = resolve(node, self.spec)
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        plain = not ({"enum", "const", "pattern", "format"} & set(node))
        return isinstance(value, str) and "string" in kinds and plain

    def _free_map(self, name: str) -> dict[str, JSON]:
        if name == "metadata":
            return self.rng.choice([{}, {"region": "EU"}, {"tier_hint": "gold", "source": "crm"}])
        return {}

    def _array(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        low = int(node.get("minItems", 0))
        high = min(int(node.get("maxItems", low + 2)), low + 2)
        if depth >= MAX_DEPTH:
            high = low
        count = self.rng.randint(max(low, 1 if depth < 3 else 0), max(high, low))
        items = [self._value(node.get("items", {}), hints, name, depth + 1) for _ in range(count)]
        if node.get("uniqueItems"):
            unique: list[JSON] = []
            for item in items:
                if item not in unique:
                    unique.append(item)
            items = unique if len(unique) >= low else items[:low]
        return items

    def _string(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        fmt = node.get("format")
        if fmt == "date-time":
            if name.endswith("_at") or name in ("date", "sent_at"):
                return self.at
            day = f"{self.rng.randint(2024, 2027)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
            return day + "T00:00:00.000Z"
        if fmt == "date":
            return f"{self.rng.randint(1960, 2005)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        if "pattern" in node:
            return sample_pattern(str(node["pattern"]), self.rng)
        text = self._text(name)
        low, high = int(node.get("minLength", 0)), int(node.get("maxLength", 10_000))
        return (text + "x" * low)[: max(low, min(high, len(text)))] if len(text) < low or len(text) > high else text

    def _text(self, name: str) -> str:  # noqa: PLR0911 - one return per kind of name
        rng = self.rng
        if name == "id" or name.endswith("_id"):
            prefix = _ID_PREFIX.get(name.removesuffix("_id"), "")
            return prefix + "".join(rng.choice("0123456789abcdef") for _ in range(18))
        if name == "email":
            return f"{rng.choice(_FIRST).lower()}.{rng.choice(_LAST).lower()}@example.com"
        if name == "name":
            return f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()}"
        if name == "code":
            return f"{rng.choice(_WORDS).upper()}-{rng.randint(1000, 9999)}"
        if name in ("phone",):
            return f"+48 600 {rng.randint(100, 999)} {rng.randint(100, 999)}"
        if name.endswith("url"):
            return f"https://example.com/{rng.choice(_WORDS)}"
        if name in ("currency",):
            return "EUR"
        if name in ("country",):
            return rng.choice(("Poland", "Germany", "Italy", "Japan"))
        if name in ("city",):
            return rng.choice(("Warsaw", "Berlin", "Milan", "Osaka"))
        return f"{rng.choice(_WORDS)} {rng.choice(_WORDS)}"

    def _integer(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        low = int(node.get("minimum", 0))
        high = int(node.get("maximum", low + 50_000))
        return self.rng.randint(low, min(high, low + (50_000 if "amount" in name else 500)))

    def _number(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        return round(self.rng.uniform(float(node.get("minimum", 0)), float(node.get("maximum", 1000))), 2)

    def _boolean(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        return self.rng.random() < 0.5

    def _null(self, node: dict[str, JSON], hints: Mapping[str, Hint], name: str, depth: int) -> JSON:
        return None
