"""The default dataset: programs, incentives, earning rules and customers with activity logs.

Generated deterministically from a seed. `size` is the total number of activities; entity
counts are fixed ("several") except customers, who grow with `size` so each customer's log
stays a realistic length. Every documented activity type occurs. Payloads come from the spec:
program snapshots are built here, incentive and earning rule snapshots from the spec's own
realistic examples, v1 payloads from the spec's schemas through the sampler.
"""

from __future__ import annotations

import copy
import datetime
import functools
import random
from dataclasses import dataclass, field
from typing import Any

from voucherify_activities.spec import load_spec, resolve

from .relations import NONE, Relations
from .sampler import Sampler
from .spec import enum_of, schema
from .templates import Template, dumps, slot

KINDS = ("program", "incentive", "earning_rule", "customer")
SHARES = {"program": 0.4, "incentive": 0.2, "earning_rule": 0.2, "customer": 0.2}
ANCHOR_MS = int(datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc).timestamp() * 1000)
SPREAD_MS = 730 * 86_400_000  # two years of history
VARIANTS = 2  # payload variants per (owner, type)
CAMPAIGN_TYPES_SCHEMA = "CampaignType"
CAMPAIGN_SLOTS = frozenset({"camp_id", "camp_name", "camp_type", "category", "code"})
# The first owner of each kind answers to the id the README's examples use, so they run against
# the mock as written. The random id is still drawn: the rest of a seed's dataset stays the same.
DOCUMENTED_IDS = {
    "program": "lprg_0a1b2c3d4e5f",
    "incentive": "linc_0a1b2c3d4e5f",
    "earning_rule": "lern_0a1b2c3d4e5f",
    "customer": "cust_0a1b2c3d4e5f",
}


@dataclass
class ActivityLog:
    """One owner's activities, columnar and unsorted; the store sorts and indexes them."""

    kind: str
    owner: str
    aliases: tuple[str, ...] = ()
    owner_slots: dict[str, bytes] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    created: list[int] = field(default_factory=list)  # epoch milliseconds
    types: list[str] = field(default_factory=list)
    templates: list[int] = field(default_factory=list)
    relations: list[Relations] = field(default_factory=list)


@dataclass
class Dataset:
    templates: list[Template] = field(default_factory=list)
    logs: list[ActivityLog] = field(default_factory=list)

    def add_template(self, template: Template) -> int:
        self.templates.append(template)
        return len(self.templates) - 1

    @property
    def size(self) -> int:
        return sum(len(log.ids) for log in self.logs)


DAY_MS = 86_400_000
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
# Every activity on a page has its timestamp formatted: table look-ups and joins rather than
# datetime + strftime, about five times cheaper.
_HOURS_MINUTES = tuple(b"%02d:%02d:" % divmod(minutes, 60) for minutes in range(1440))
_SECONDS = tuple(b"%02d." % second for second in range(60))
_MILLIS = tuple(b'%03dZ"' % milli for milli in range(1000))


@functools.lru_cache(maxsize=4096)
def _day(days: int) -> bytes:
    return b'"' + datetime.date.fromordinal(_EPOCH_ORDINAL + days).isoformat().encode() + b"T"


def iso_ms_json(ms: int) -> bytes:
    """`dumps(iso_ms(ms))`: Voucherify's timestamp form (UTC, milliseconds, `Z`) as a JSON string."""
    days, in_day = divmod(int(ms), DAY_MS)
    seconds, milli = divmod(in_day, 1000)
    minutes, second = divmod(seconds, 60)
    return _day(days) + _HOURS_MINUTES[minutes] + _SECONDS[second] + _MILLIS[milli]


def iso_ms(ms: int) -> str:
    """Voucherify's timestamp form: UTC, milliseconds, `Z`."""
    return iso_ms_json(ms)[1:-1].decode()


def _hex(rng: random.Random, digits: int = 20) -> str:
    return f"{rng.getrandbits(digits * 4):0{digits}x}"


def _owner_id(kind: str, index: int, drawn: str) -> str:
    return DOCUMENTED_IDS[kind] if index == 0 else drawn


class _Builder:
    def __init__(self, seed: int, size: int) -> None:
        self.spec = load_spec()
        self.rng = random.Random(seed)
        self.size = size
        self.dataset = Dataset()
        self.rotation = 0

    # --- shared pieces ----------------------------------------------------------------------
    def sources(self) -> list[dict[str, Any]]:
        rng = self.rng
        return [
            {"channel": "USER_PORTAL", "user": {"id": "user_" + _hex(rng, 16)}},
            {"channel": "API", "api_key": {"name": "Backoffice sync", "app_id": "8f3c61a2-" + _hex(rng, 8)}},
            {"channel": "CLIENT_API", "api_key": {"name": "Storefront", "client_app_id": "c1d2-" + _hex(rng, 8)}},
            {"channel": "INTERNAL"},
        ]

    def counts(self, kind: str, owners: int) -> list[int]:
        others = sum(round(self.size * share) for name, share in SHARES.items() if name != "customer")
        total = self.size - others if kind == "customer" else round(self.size * SHARES[kind])
        base, extra = divmod(total, owners)
        return [base + (1 if i < extra else 0) for i in range(owners)]

    def fill(self, log: ActivityLog, prefix: str, types: tuple[str, ...], count: int, first: str | None) -> None:
        """Ids, times and types for `count` activities; `first` (a creation event) is the oldest.

        Each owner's early activities walk the type list from where the previous owner stopped,
        so together the owners cover every type even when each log is shorter than the list.
        """
        rng = self.rng
        times = sorted(ANCHOR_MS - rng.randrange(SPREAD_MS) for _ in range(count))
        for index, created in enumerate(times):
            if index == 0 and first:
                kind = first
            elif index < len(types):
                kind = types[(index + self.rotation) % len(types)]
            else:
                kind = types[rng.randrange(len(types))]
            log.ids.append(prefix + _hex(rng))
            log.created.append(created)
            log.types.append(kind)
        self.rotation += min(count, len(types))

    def template(self, activity: dict[str, Any]) -> int:
        return self.dataset.add_template(Template.from_value(activity))

    # --- v2 ---------------------------------------------------------------------------------
    def programs(self, sources: list[dict[str, Any]]) -> None:
        types = enum_of(self.spec, "ProgramActivityType")
        names = ("Aurora Rewards", "Harbor Club", "Summit Points", "Meadow Perks", "Cobalt Circle")
        for index, count in enumerate(self.counts("program", len(names))):
            program_id = _owner_id("program", index, "lprg_" + _hex(self.rng))
            log = ActivityLog("program", program_id)
            self.fill(log, "laprg_", types, count, "vl.program.created")
            created = iso_ms(log.created[0] if log.created else ANCHOR_MS)
            status = {"vl.program.created": "DRAFT", "vl.program.activated": "ACTIVE"}
            status |= {"vl.program.deactivated": "INACTIVE", "vl.program.deleted": "DELETED"}
            by_type: dict[str, list[int]] = {}
            for kind in types:
                for variant in range(VARIANTS):
                    program = {
                        "id": program_id,
                        "name": names[index],
                        "status": status.get(kind, "ACTIVE" if variant else "DRAFT"),
                        "start_date": None if variant else created,
                        "end_date": None,
                        "metadata": {"region": "EU", "owner": "crm-team"} if variant else {},
                        "created_at": created,
                        "updated_at": slot("at"),
                        "object": "program",
                    }
                    activity = {
                        "id": slot("id"),
                        "type": kind,
                        "data": {"program": program},
                        "created_at": slot("at"),
                        "group_id": slot("group"),
                        "source": sources[(index + variant) % len(sources)],
                        "program_id": program_id,
                    }
                    by_type.setdefault(kind, []).append(self.template(activity))
            self.assign_templates(log, by_type)
            self.dataset.logs.append(log)

    def examples(self, prefix: str, key: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for name, example in self.spec["components"]["examples"].items():
            if name.startswith(prefix):
                found.extend(copy.deepcopy(item["data"][key]) for item in example["value"]["data"])
        return found

    def snapshot_owners(self, kind: str, schema_prefix: str, key: str, id_prefix: str, activity_prefix: str) -> None:
        """Incentives or earning rules: snapshots from the spec's examples, re-identified per owner."""
        types = enum_of(self.spec, f"{schema_prefix}ActivityType")
        pool = self.examples(f"{schema_prefix}ActivityPage", key)
        statuses = set(enum_of(self.spec, f"{schema_prefix}Status"))
        sources = self.sources()
        owners = 8
        for index, count in enumerate(self.counts(kind, owners)):
            owner_id = _owner_id(kind, index, id_prefix + _hex(self.rng))
            log = ActivityLog(kind, owner_id)
            self.fill(log, activity_prefix, types, count, types[0])
            base = pool[index % len(pool)]
            base.update(id=owner_id, created_at=iso_ms(log.created[0] if log.created else ANCHOR_MS))
            base["name"] = f"{base['name']} #{index + 1}"
            by_type: dict[str, list[int]] = {}
            for activity_type in types:
                verb = activity_type.rsplit(".", 1)[1].upper()
                status = {"CREATED": "DRAFT", "DRAFTED": "DRAFT", "ACTIVATED": "ACTIVE", "DEACTIVATED": "INACTIVE"}
                for variant in range(VARIANTS):
                    snapshot = dict(base, updated_at=slot("at"))
                    wanted = "DELETED" if verb == "DELETED" else status.get(verb, "ACTIVE")
                    snapshot["status"] = wanted if wanted in statuses else "ACTIVE"
                    activity: dict[str, Any] = {"id": slot("id")}
                    if kind == "incentive":
                        activity["incentive_id"] = owner_id
                    activity |= {
                        "type": activity_type,
                        "data": {key: snapshot},
                        "created_at": slot("at"),
                        "group_id": slot("group"),
                        "source": sources[(index + variant) % len(sources)],
                    }
                    by_type.setdefault(activity_type, []).append(self.template(activity))
            self.assign_templates(log, by_type)
            self.dataset.logs.append(log)

    def assign_templates(self, log: ActivityLog, by_type: dict[str, list[int]]) -> None:
        rng = self.rng
        for kind in log.types:
            choices = by_type[kind]
            log.templates.append(choices[rng.randrange(len(choices))])
            log.relations.append(NONE)

    # --- v1 ---------------------------------------------------------------------------------
    def campaigns(self) -> list[Relations]:
        kinds = enum_of(self.spec, CAMPAIGN_TYPES_SCHEMA)
        words = ("Spring", "Summer", "Autumn", "Winter", "Welcome", "Loyal", "Refer", "Gift")
        found: list[Relations] = []
        for index in range(12):
            kind = kinds[index % len(kinds)]
            name = f"{words[index % len(words)]} {kind.replace('_', ' ').title()}"
            found.append(
                Relations(
                    campaign_id="camp_" + _hex(self.rng, 24),
                    campaign_type=kind,
                    campaign_name=name,
                    category=("seasonal", "retention", "acquisition")[index % 3],
                    code=f"{words[index % len(words)].upper()}-",
                )
            )
        return found

    def customer_templates(self) -> dict[str, list[int]]:
        """Per v1 type, VARIANTS templates from the type's schema, customer and campaign left as slots."""
        customer_activity = schema(self.spec, "CustomerActivity")
        mapping: dict[str, Any] = customer_activity["discriminator"]["mapping"]
        person = {
            "id": slot("cust_id"),
            "name": slot("cust_name"),
            "email": slot("cust_email"),
            "source_id": slot("cust_source_id"),
            "object": "customer",
        }
        campaign = {
            "id": slot("camp_id"),
            "name": slot("camp_name"),
            "campaign_type": slot("camp_type"),
            "category": slot("category"),
            "object": "campaign",
        }
        hints = {
            "customer": person,
            "holder": person,
            "campaign": campaign,
            "campaign_id": slot("camp_id"),
            "code": slot("code"),
            "customer_id": slot("cust_id"),
            "holder_id": slot("cust_id"),
            "product_id": slot("product_id"),
        }
        sampler = Sampler(self.spec, self.rng, slot("at"))
        by_type: dict[str, list[int]] = {}
        for kind in enum_of(self.spec, "CustomerActivityType"):
            variant_schema = resolve({"$ref": mapping[kind]}, self.spec)
            details = next(
                p["properties"]["data"] for p in variant_schema["allOf"] if "data" in p.get("properties", {})
            )
            for _ in range(VARIANTS):
                payload = sampler.sample(details, hints)
                # Every v1 payload names its customer (open shapes too), so a dumped log can be loaded back.
                payload["data"].setdefault("customer", person)
                activity = {
                    "id": slot("id"),
                    "type": kind,
                    "data": payload,
                    "created_at": slot("at"),
                    "group_id": slot("group"),
                }
                by_type.setdefault(kind, []).append(self.template(activity))
        return by_type

    def customers(self) -> None:
        rng = self.rng
        campaigns = self.campaigns()
        products = ["prod_" + _hex(rng, 16) for _ in range(25)]
        by_type = self.customer_templates()
        types = enum_of(self.spec, "CustomerActivityType")
        owners = max(10, round(self.size * SHARES["customer"]) // 200)
        interned: dict[tuple[int, int, bool], Relations] = {}
        for index, count in enumerate(self.counts("customer", owners)):
            first, last = ("Alice", "Bruno", "Chiara", "Dawid", "Elena")[index % 5], f"Customer{index:05d}"
            letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            drawn = "".join(rng.choice(letters) for _ in range(24))
            customer_id = _owner_id("customer", index, "cust_" + drawn)
            source_id = f"customer-{index:05d}@example.com"
            log = ActivityLog("customer", customer_id, aliases=(source_id,))
            log.owner_slots = {
                "cust_id": dumps(customer_id),
                "cust_name": dumps(f"{first} {last}"),
                "cust_email": dumps(source_id),
                "cust_source_id": dumps(source_id),
            }
            self.fill(log, "evcus_", types, count, "customer.created")
            for kind in log.types:
                choices = by_type[kind]
                template_index = choices[rng.randrange(len(choices))]
                slots = self.dataset.templates[template_index].slots
                named = "camp_id" in slots
                wants_campaign = bool(CAMPAIGN_SLOTS.intersection(slots))
                campaign_index = rng.randrange(len(campaigns)) if wants_campaign else -1
                product_index = rng.randrange(len(products)) if "product_id" in slots else -1
                key = (campaign_index, product_index, named)
                if key not in interned:
                    base = campaigns[campaign_index] if campaign_index >= 0 else NONE
                    code = f"{base.code}{campaign_index * 100 + product_index + 100:04d}"
                    if not named:  # the payload names no campaign: keep its slot values, not the link
                        base = base._replace(campaign_id=None, campaign_type=None)
                    interned[key] = base._replace(
                        code=code,
                        product_ids=frozenset([products[product_index]]) if product_index >= 0 else frozenset(),
                    )
                log.templates.append(template_index)
                log.relations.append(interned[key])
            self.dataset.logs.append(log)


def generate(seed: int = 7, size: int = 10_000) -> Dataset:
    """The default dataset for `seed`, with about `size` activities in total."""
    if size < 0:
        raise ValueError(f"size must be >= 0, got {size}")
    builder = _Builder(seed, size)
    builder.programs(builder.sources())
    builder.snapshot_owners("incentive", "Incentive", "incentive", "linc_", "lainc_")
    builder.snapshot_owners("earning_rule", "EarningRule", "earning_rule", "lern_", "laern_")
    builder.customers()
    return builder.dataset
