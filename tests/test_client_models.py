"""The generated models parse lazily (one level at a time, on first use) and behave like eager ones."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify_activities._generated.types import (
    PARSED,
    Timestamp,
    parse_nullable_timestamp,
    parse_timestamp,
    serialize_datetime,
    serialize_nullable_datetime,
    shells,
)

from tests.test_client_fakes import SPEC
from tests.test_roundtrip import OK_EXAMPLES, canonical, example_with_unknown_fields, read_everything
from voucherify_activities import models
from voucherify_activities.models import (
    ActivitySource,
    CreatedAtConditions,
    CustomerActivityList,
    Program,
    ProgramActivity,
    ProgramActivityData,
    ProgramActivityPage,
)

PAGE: dict[str, Any] = SPEC["components"]["examples"]["ProgramActivityPageLifecycle"]["value"]


class Watched(Mapping[str, Any]):
    """A mapping that records every read."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.reads = 0

    def __getitem__(self, key: str) -> Any:
        self.reads += 1
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        self.reads += 1
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def fresh() -> dict[str, Any]:
    page: dict[str, Any] = json.loads(json.dumps(PAGE))
    return page


def test_from_dict_reads_nothing_until_a_field_is_used() -> None:
    source = Watched(fresh()["data"][0])
    activity = ProgramActivity.from_dict(source)
    assert source.reads == 0
    assert activity.id == PAGE["data"][0]["id"]
    assert source.reads > 0


def test_nested_objects_parse_one_level_at_a_time() -> None:
    page = ProgramActivityPage.from_dict(fresh())
    first = page.data[0]
    program = Watched(PAGE["data"][0]["data"]["program"])
    raw = fresh()["data"][0]
    raw["data"]["program"] = program
    activity = ProgramActivity.from_dict(raw)
    assert isinstance(activity.data, ProgramActivityData)
    snapshot = activity.data.program
    assert isinstance(snapshot, Program)
    assert program.reads == 0, "the program snapshot is parsed only when one of its fields is read"
    assert snapshot.name == PAGE["data"][0]["data"]["program"]["name"]
    assert first.to_dict() == PAGE["data"][0]


def test_a_field_set_before_parsing_is_kept() -> None:
    activity = ProgramActivity.from_dict(fresh()["data"][0])
    activity.group_id = "changed"
    assert activity.group_id == "changed"
    assert activity.id == PAGE["data"][0]["id"]
    assert activity.to_dict()["group_id"] == "changed"


def test_lazy_and_constructed_models_compare_equal_and_print_alike() -> None:
    item = fresh()["data"][0]
    lazy = ProgramActivity.from_dict(item)
    eager = ProgramActivity.from_dict(item)
    eager.to_dict()  # parses every level
    assert lazy == eager
    assert repr(lazy) == repr(eager)
    built = CreatedAtConditions(after=None)  # type: ignore[arg-type]
    assert built.after is None


def test_errors_in_the_data_surface_on_first_use_and_again_after() -> None:
    item = fresh()["data"][0]
    item["created_at"] = "not a date"
    activity = ProgramActivity.from_dict(item)
    for _ in range(2):
        with pytest.raises(ValueError, match="not a date"):
            _ = activity.id
        with pytest.raises(ValueError, match="not a date"):
            _ = activity.created_at
    assert activity.to_dict() == item


def test_a_date_time_is_parsed_alone() -> None:
    item = fresh()["data"][0]
    item["data"] = "not an object"
    activity = ProgramActivity.from_dict(item)
    created_at = activity.created_at  # parsed alone: the broken `data` is not read yet
    assert created_at.isoformat().startswith(item["created_at"][:19])
    with pytest.raises(TypeError, match="needs a JSON object"):
        _ = activity.data.additional_properties
    assert activity.created_at == created_at
    assert activity.to_dict() == item


def test_missing_required_field_raises_key_error_on_use() -> None:
    page = CustomerActivityList.from_dict({"object": "list", "data": []})
    with pytest.raises(KeyError):
        _ = page.data


def test_misspelt_attributes_still_raise_attribute_error() -> None:
    activity = ProgramActivity.from_dict(fresh()["data"][0])
    with pytest.raises(AttributeError, match="progam_id"):
        _ = activity.progam_id  # type: ignore[attr-defined]
    assert not hasattr(activity, "nope")


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))])
def test_copies_and_pickles_round_trip_losslessly(clone: Any) -> None:
    page = ProgramActivityPage.from_dict(fresh())
    assert clone(page).to_dict() == PAGE
    assert clone(page.data[0]).created_at.text == PAGE["data"][0]["created_at"]


@settings(max_examples=200, deadline=None)
@given(
    when=st.datetimes(timezones=st.none() | st.timezones()),
    timespec=st.sampled_from(["seconds", "milliseconds", "microseconds"]),
    zulu=st.booleans(),
)
def test_a_timestamp_is_the_datetime_its_text_parses_to_and_keeps_the_text(
    when: datetime.datetime, timespec: str, zulu: bool
) -> None:
    text = when.isoformat(timespec=timespec)
    if zulu and text.endswith("+00:00"):
        text = text[:-6] + "Z"
    plain = datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    parsed = parse_timestamp(text)
    assert isinstance(parsed, Timestamp)
    assert (parsed, parsed.tzinfo, parsed.utcoffset(), parsed.fold, repr(parsed)) == (
        plain,
        plain.tzinfo,
        plain.utcoffset(),
        plain.fold,
        repr(plain),
    )
    assert parsed.text == text
    assert pickle.loads(pickle.dumps(parsed)).text == copy.deepcopy(parsed).text == text


# -- to_dict() of a model not parsed yet parses and writes back in one pass (_load_to_dict) -------


def models_in(node: Any) -> Iterator[Any]:
    """Every model reachable from ``node`` through fields and lists (read from the slots)."""
    if isinstance(node, list):
        for item in node:
            yield from models_in(item)
    elif hasattr(node, "__attrs_attrs__"):
        yield node
        for field in node.__attrs_attrs__:
            yield from models_in(getattr(node, field.name, None))


@pytest.mark.parametrize(
    ("model_name", "value"), [(m, v) for _, m, v in OK_EXAMPLES], ids=[i for i, _, _ in OK_EXAMPLES]
)
def test_to_dict_leaves_every_level_parsed_as_reading_it_would(model_name: str, value: Any) -> None:
    """The one-pass write-back sets the same fields a read sets, at every level."""
    model = getattr(models, model_name)
    written = model.from_dict(value)
    assert canonical(written.to_dict()) == canonical(value)
    assert all(object.__getattribute__(m, "_raw") is PARSED for m in models_in(written))
    read = model.from_dict(value)
    read_everything(read)
    assert written == read


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(example_with_unknown_fields())
def test_to_dict_in_one_pass_equals_to_dict_after_reads(case: tuple[str, Any]) -> None:
    """Unknown fields (kept as they came, even where they do not parse) change nothing either."""
    model_name, value = case
    model = getattr(models, model_name)
    written = model.from_dict(value)
    assert canonical(written.to_dict()) == canonical(value)
    assert all(object.__getattribute__(m, "_raw") is PARSED for m in models_in(written))
    read = model.from_dict(value)
    read_everything(read)
    assert canonical(read.to_dict()) == canonical(written.to_dict()) == canonical(value)


def test_a_nested_object_that_does_not_parse_comes_back_as_it_came() -> None:
    page = fresh()
    page["data"][0]["created_at"] = "not a date"
    page["data"][1]["data"] = ["not", "an", "object"]
    parsed = ProgramActivityPage.from_dict(page)
    assert parsed.to_dict() == page
    with pytest.raises(ValueError, match="not a date"):
        _ = parsed.data[0].id
    with pytest.raises(TypeError, match="needs a JSON object"):
        _ = parsed.data[1].data.program
    assert parsed.data[1].id == page["data"][1]["id"]


def test_a_field_set_before_to_dict_is_written_back() -> None:
    activity = ProgramActivity.from_dict(fresh()["data"][0])
    activity.data.program = Program(name="Renamed")
    assert activity.to_dict()["data"] == {"program": {"name": "Renamed"}}
    assert activity.to_dict()["id"] == PAGE["data"][0]["id"]


def test_lists_of_objects_become_lazy_models() -> None:
    items = [{"id": "a"}, "not an object", {}]
    made = shells(Program, items)
    assert [type(m) for m in made] == [Program, Program, Program]
    assert [object.__getattribute__(m, "_raw") for m in made] == items
    assert made[0].id == "a"
    assert [m.to_dict() for m in made] == items
    assert shells(Program, []) == []


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (None, None),
        ("not a date", "not a date"),
        (7, 7),
        (parse_timestamp("2026-05-31T23:31:23.821Z"), "2026-05-31T23:31:23.821Z"),
        (parse_timestamp("2026-05-31T23:31:23.821Z") + datetime.timedelta(days=1), "2026-06-01T23:31:23.821000+00:00"),
        (datetime.datetime(2026, 1, 2, 3, 4, 5), "2026-01-02T03:04:05"),
    ],
)
def test_nullable_date_times_write_back_their_text_or_themselves(value: Any, wire: Any) -> None:
    assert serialize_nullable_datetime(value) == wire
    if isinstance(value, datetime.datetime):
        assert serialize_datetime(value) == wire


@pytest.mark.parametrize("value", [None, "2026-05-31T23:31:23.821Z", "2026-05-31T23:31:23+02:00", "not a date", 7])
def test_a_date_time_writes_back_the_very_object_it_was_parsed_from(value: Any) -> None:
    """What lets the one-pass write-back keep the source's own values for date-times."""
    assert serialize_nullable_datetime(parse_nullable_timestamp(value)) is value
    if isinstance(value, str) and value[0].isdigit():
        assert serialize_datetime(parse_timestamp(value)) is value


def test_a_field_changed_after_to_dict_is_written_back_next_time() -> None:
    activity = ProgramActivity.from_dict(fresh()["data"][0])
    assert activity.to_dict() == PAGE["data"][0]
    activity.group_id = "changed"
    activity.created_at = datetime.datetime(2026, 1, 2, tzinfo=datetime.timezone.utc)
    assert activity.to_dict() == {**PAGE["data"][0], "group_id": "changed", "created_at": "2026-01-02T00:00:00+00:00"}


def test_a_write_back_cut_short_leaves_the_model_lazy_and_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nested models get their JSON in the parent's pass; if the pass stops half-way (an
    interrupt, say), nothing half-made is reachable and the next use parses again."""
    item = fresh()["data"][0]
    activity = ProgramActivity.from_dict(item)

    def interrupted(self: Any, src_dict: Any) -> dict[str, Any]:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(ActivitySource, "_load_to_dict", interrupted)
        with pytest.raises(KeyboardInterrupt):
            activity.to_dict()
    assert object.__getattribute__(activity, "_raw") is item
    assert isinstance(activity.source, ActivitySource)
    assert activity.source.channel == item["source"]["channel"]
    assert activity.to_dict() == item
