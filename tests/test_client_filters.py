"""Typed filters and parameters: every one on the wire as documented, every spec rule enforced before sending."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_client_fakes import FakeVoucherify
from tests.test_requests import parse_brackets
from voucherify_activities import ParameterError, spec
from voucherify_activities.params import FILTER_KEYWORDS, supported_keywords

V2 = {
    "list_program_activities": ("programs", "lprg_0a1b"),
    "list_incentive_activities": ("incentives", "linc_0a1b"),
    "list_earning_rule_activities": ("earning-rules", "lern_1"),
}
WHEN = datetime.datetime(2026, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc)


def listing(operation_id: str, **params: Any) -> FakeVoucherify:
    """Run one page of ``operation_id`` with ``params`` against a fake; return the fake (its requests)."""
    kind, path = V2.get(operation_id, ("customers", "cust_1"))
    fake = FakeVoucherify(kind, 1)
    getattr(fake.client(), operation_id)(path, **params).first_page()
    return fake


def operator_schema(operation_id: str, field: str, operator: str) -> dict[str, Any]:
    filters = spec.resolve(spec.operation(operation_id).parameters["filters"].schema)
    conditions = spec.resolve(spec.resolve(filters["properties"][field])["properties"]["conditions"])
    node: dict[str, Any] = spec.resolve(conditions["properties"][operator])
    return node


def valid_value(schema: dict[str, Any]) -> Any:
    """A value the schema accepts (first enum member, a pattern's simplest match, a datetime)."""
    schema = spec.resolve(schema)
    if schema.get("type") == "array":
        return [valid_value(schema["items"])] * schema.get("minItems", 1)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "date-time":
        return WHEN
    if "pattern" in schema:
        return schema["pattern"].strip("^$").split("[", 1)[0] + "0f"
    return "some_id_1"


def wire(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [wire(v) for v in value]
    return value


CASES = [(operation_id, keyword) for operation_id in V2 for keyword in sorted(supported_keywords(operation_id))]


@pytest.mark.parametrize(("operation_id", "keyword"), CASES, ids=[f"{o}-{k}" for o, k in CASES])
def test_every_filter_goes_out_in_voucherify_bracket_syntax(operation_id: str, keyword: str) -> None:
    field, operator = FILTER_KEYWORDS[keyword]
    value = valid_value(operator_schema(operation_id, field, operator))
    fake = listing(operation_id, **{keyword: value})

    sent = wire(value)
    prefix = f"filters[{field}][conditions][{operator}]"
    expected = [(f"{prefix}[{i}]", v) for i, v in enumerate(sent)] if isinstance(sent, list) else [(prefix, sent)]
    assert fake.query() == expected


def test_the_keyword_table_covers_every_operator_the_spec_declares() -> None:
    declared = {(f, op) for o in V2 for f, ops in spec.filter_operators(o).items() for op in ops}
    assert declared == set(FILTER_KEYWORDS.values())
    assert supported_keywords("list_earning_rule_activities") == {"id_is", "type_is", "created_after", "created_before"}


def test_junction_order_limit_and_cursor_on_the_wire() -> None:
    fake = listing(
        "list_program_activities",
        junction="OR",
        types=["vl.program.updated", "vl.program.created"],
        ids_not_in=["laprg_1"],
        order=["created_at"],
        limit=100,
        cursor="lcrsapr_0",
    )
    assert sorted(fake.query()) == sorted(
        [
            ("filters[junction]", "OR"),
            ("filters[type][conditions][$in][0]", "vl.program.updated"),
            ("filters[type][conditions][$in][1]", "vl.program.created"),
            ("filters[id][conditions][$not_in][0]", "laprg_1"),
            ("order", "created_at"),
            ("limit", "100"),
            ("cursor", "lcrsapr_0"),
        ]
    )


def test_v1_parameters_on_the_wire() -> None:
    fake = listing(
        "list_customer_activities",
        limit=25,
        order="-created_at",
        starting_after=WHEN,
        campaign_type="LOYALTY_PROGRAM",
        campaign_id="camp_1",
        product_id="prod_1",
        start_date=WHEN,
        end_date=WHEN,
    )
    assert dict(fake.query()) == {
        "limit": "25",
        "order": "-created_at",
        "starting_after": WHEN.isoformat(),
        "campaign_type": "LOYALTY_PROGRAM",
        "campaign_id": "camp_1",
        "product_id": "prod_1",
        "start_date": WHEN.isoformat(),
        "end_date": WHEN.isoformat(),
    }


def test_only_what_the_caller_chose_is_sent() -> None:
    assert listing("list_program_activities").query() == []
    assert listing("list_customer_activities").query() == []


BAD = [
    ("list_program_activities", {"types": ["vl.program.nope"]}, "types[0]", "enum"),
    ("list_program_activities", {"type_is": "nope"}, "type_is", "enum"),
    ("list_program_activities", {"types": []}, "types", "minItems 1"),
    ("list_program_activities", {"types": "vl.program.updated"}, "types", "type array"),
    ("list_incentive_activities", {"types": ["vl.incentive.created"] * 11}, "types", "maxItems 10"),
    ("list_incentive_activities", {"ids": [f"lainc_{i:x}" for i in range(101)]}, "ids", "maxItems 100"),
    ("list_incentive_activities", {"ids_not_in": ["lainc_0f", "LAINC_1"]}, "ids_not_in[1]", "pattern"),
    ("list_incentive_activities", {"id_is": "x"}, "id_is", "pattern"),
    ("list_program_activities", {"limit": 0}, "limit", "minimum 1"),
    ("list_program_activities", {"limit": 101}, "limit", "maximum 100"),
    ("list_program_activities", {"limit": "10"}, "limit", "type integer"),
    ("list_program_activities", {"limit": True}, "limit", "type integer"),
    ("list_customer_activities", {"limit": 101}, "limit", "maximum 100"),
    ("list_program_activities", {"order": "newest"}, "order", "enum"),
    ("list_program_activities", {"order": ["created_at", "x"]}, "order[1]", "enum"),
    ("list_customer_activities", {"order": "-newest"}, "order", "enum"),
    ("list_customer_activities", {"campaign_type": "LOTTERY"}, "campaign_type", "enum"),
    ("list_program_activities", {"junction": "and"}, "junction", "enum"),
    ("list_program_activities", {"cursor": "lcrsainc_0"}, "cursor", "pattern"),
    ("list_program_activities", {"created_after": datetime.datetime(2026, 1, 1)}, "created_after", "UTC offset"),
    ("list_program_activities", {"created_before": datetime.date(2026, 1, 1)}, "created_before", "date-time"),
    ("list_customer_activities", {"start_date": datetime.datetime(2026, 1, 1)}, "start_date", "UTC offset"),
    ("list_earning_rule_activities", {"types": ["vl.earning_rule.created"]}, "types", "one of:"),
    ("list_customer_activities", {"types": ["x"]}, "types", "one of:"),
    ("list_program_activities", {"page": 2}, "page", "one of:"),
    # Strings are not taken on trust: a date-time needs the full RFC 3339 form with an offset.
    ("list_program_activities", {"created_after": "2026-01-01"}, "created_after", "date-time"),
    ("list_program_activities", {"created_before": "2026-01-01T00:00:00"}, "created_before", "date-time"),
    ("list_incentive_activities", {"created_after": "yesterday"}, "created_after", "date-time"),
    ("list_customer_activities", {"start_date": "2026-13-01T00:00:00Z"}, "start_date", "date-time"),
    ("list_customer_activities", {"starting_after": "2026-01-01"}, "starting_after", "date-time"),
]


@pytest.mark.parametrize(("operation_id", "params", "parameter", "rule"), BAD, ids=[f"{b[0]}-{b[2]}" for b in BAD])
def test_bad_values_raise_before_sending_naming_parameter_and_rule(
    operation_id: str, params: dict[str, Any], parameter: str, rule: str
) -> None:
    kind, path = V2.get(operation_id, ("customers", "cust_1"))
    fake = FakeVoucherify(kind, 1)
    with pytest.raises(ParameterError) as raised:
        getattr(fake.client(), operation_id)(path, **params)
    assert raised.value.parameter == parameter
    assert rule in raised.value.rule
    assert str(raised.value).startswith(f"{parameter}: ")
    assert fake.requests == []


@pytest.mark.parametrize(
    ("operation_id", "path", "label"),
    [
        ("list_program_activities", "prog_1", "program_id"),
        ("list_incentive_activities", "linc_XYZ", "incentive_id"),
        ("list_earning_rule_activities", "", "earning_rule_id"),
        ("list_customer_activities", "", "customer_id"),
    ],
)
def test_path_ids_are_checked_against_their_schema(operation_id: str, path: str, label: str) -> None:
    kind = V2.get(operation_id, ("customers", ""))[0]
    with pytest.raises(ParameterError) as raised:
        getattr(FakeVoucherify(kind).client(), operation_id)(path)
    assert raised.value.parameter == label


incentive_ids = st.lists(st.from_regex(r"lainc_[a-f0-9]{1,12}", fullmatch=True), min_size=1, max_size=100)
incentive_types = st.lists(
    st.sampled_from(spec.resolve({"$ref": "#/components/schemas/IncentiveActivityType"})["enum"])
)


@given(
    ids=st.none() | incentive_ids,
    types=st.none() | incentive_types.filter(lambda t: 1 <= len(t) <= 10),
    after=st.none() | st.datetimes(timezones=st.just(datetime.timezone.utc)),
    junction=st.none() | st.sampled_from(["AND", "OR"]),
)
def test_any_valid_incentive_filter_reaches_the_wire_intact(
    ids: list[str] | None, types: list[str] | None, after: datetime.datetime | None, junction: str | None
) -> None:
    fake = listing("list_incentive_activities", ids=ids, types_not_in=types, created_after=after, junction=junction)
    expected: dict[str, Any] = {}
    if ids:
        expected["id"] = {"conditions": {"$in": ids}}
    if types:
        expected["type"] = {"conditions": {"$not_in": types}}
    if after:
        expected["created_at"] = {"conditions": {"$after": after.isoformat()}}
    if junction:
        expected["junction"] = junction
    assert parse_brackets(fake.query(), "filters") == expected


@given(size=st.integers(11, 40))
def test_any_over_long_type_list_is_refused(size: int) -> None:
    with pytest.raises(ParameterError, match=r"types: has \d+ items; 1-10 allowed"):
        FakeVoucherify("incentives").client().list_incentive_activities("linc_1", types=["vl.incentive.created"] * size)


def test_a_date_time_string_with_an_offset_is_sent_as_given() -> None:
    fake = listing("list_program_activities", created_after="2026-01-01T00:00:00.5+02:00")
    assert ("filters[created_at][conditions][$after]", "2026-01-01T00:00:00.5+02:00") in fake.query()


def test_a_long_enum_is_listed_one_value_per_line_with_the_closest_first() -> None:
    fake = FakeVoucherify("programs", 1)
    with pytest.raises(ParameterError) as raised:
        fake.client().list_program_activities("lprg_0a1b", types=["vl.program.updatd"])  # type: ignore[list-item]
    message = str(raised.value)
    assert raised.value.parameter == "types[0]"
    assert raised.value.rule == "enum"
    assert "did you mean 'vl.program.updated'?" in message.splitlines()[0]
    assert "    vl.program.tier_structure.unassigned" in message.splitlines()
    assert max(len(line) for line in message.splitlines()) < 120
    assert fake.requests == []


def test_a_short_enum_stays_on_one_line() -> None:
    with pytest.raises(ParameterError) as raised:
        FakeVoucherify("programs", 1).client().list_program_activities("lprg_0a1b", junction="XOR")  # type: ignore[arg-type]
    assert str(raised.value) == "junction: 'XOR' is not one of AND, OR (rule: enum)"
