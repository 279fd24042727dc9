from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_status import ValidationStatus
from ..types import (
    PARSED,
    UNSET,
    LazyFields,
    Unset,
    blanks,
    parse_timestamp,
    serialize_datetime,
    set_raw,
    shells,
)

T = TypeVar("T", bound="Validation")
# The JSON keys Validation declares; any other key is an additional property.
_DECLARED: frozenset[str] = frozenset(
    {
        "id",
        "session_id",
        "status",
        "created_at",
        "customer_id",
        "redeemables",
        "skipped_redeemables",
        "inapplicable_redeemables",
    }
)


@_attrs_define
class Validation(LazyFields):
    """Outcome of a validation request.

    Attributes:
        id (str | Unset): Identifier of the validation.
        session_id (str | Unset): Session lock set by the validation.
        status (ValidationStatus | Unset): Overall outcome.
        created_at (datetime.datetime | Unset): When the validation ran.
        customer_id (str | Unset): Customer the validation was for.
        redeemables (list[ValidationRedeemableRef] | Unset): Redeemables that passed.
        skipped_redeemables (list[ValidationRedeemableRef] | Unset): Redeemables that were skipped.
        inapplicable_redeemables (list[ValidationRedeemableRef] | Unset): Redeemables that could not apply.
    """

    id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    status: ValidationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    redeemables: list[ValidationRedeemableRef] | Unset = UNSET
    skipped_redeemables: list[ValidationRedeemableRef] | Unset = UNSET
    inapplicable_redeemables: list[ValidationRedeemableRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self._raw
        if raw is not PARSED:
            if raw.__class__ is dict:
                return self._load_to_dict(raw)
            unparsed = self._unparsed_json()
            if unparsed is not PARSED:
                return unparsed
        field_dict: dict[str, Any] = {**self.additional_properties}
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (session_id := self.session_id) is not UNSET:
            field_dict["session_id"] = session_id
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        if not isinstance(created_at := self.created_at, Unset):
            field_dict["created_at"] = serialize_datetime(created_at)
        if (customer_id := self.customer_id) is not UNSET:
            field_dict["customer_id"] = customer_id
        if not isinstance(redeemables := self.redeemables, Unset):
            field_dict["redeemables"] = [item.to_dict() for item in redeemables]
        if not isinstance(skipped_redeemables := self.skipped_redeemables, Unset):
            field_dict["skipped_redeemables"] = [item.to_dict() for item in skipped_redeemables]
        if not isinstance(inapplicable_redeemables := self.inapplicable_redeemables, Unset):
            field_dict["inapplicable_redeemables"] = [item.to_dict() for item in inapplicable_redeemables]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Wrap ``src_dict`` without reading it: fields are parsed on first access (see ``LazyFields``)."""
        instance_ = object.__new__(cls)
        set_raw(instance_, src_dict)
        return instance_

    def _load(self, src_dict: Mapping[str, Any]) -> None:
        get = src_dict.get
        id = get("id", UNSET)
        session_id = get("session_id", UNSET)
        status = get("status", UNSET)
        if (created_at := get("created_at", UNSET)) is not UNSET:
            created_at = parse_timestamp(created_at)
        customer_id = get("customer_id", UNSET)
        redeemables = redeemables_json = get("redeemables", UNSET)
        if redeemables_json is not UNSET:
            redeemables = shells(ValidationRedeemableRef, redeemables_json)
        skipped_redeemables = skipped_redeemables_json = get("skipped_redeemables", UNSET)
        if skipped_redeemables_json is not UNSET:
            skipped_redeemables = shells(ValidationRedeemableRef, skipped_redeemables_json)
        inapplicable_redeemables = inapplicable_redeemables_json = get("inapplicable_redeemables", UNSET)
        if inapplicable_redeemables_json is not UNSET:
            inapplicable_redeemables = shells(ValidationRedeemableRef, inapplicable_redeemables_json)
        # Keys the spec does not declare are kept, so that to_dict() gives back what came.
        extra = not _DECLARED.issuperset(src_dict)
        additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_session_id(self, session_id)
        _set_status(self, status)
        _set_created_at(self, created_at)
        _set_customer_id(self, customer_id)
        _set_redeemables(self, redeemables)
        _set_skipped_redeemables(self, skipped_redeemables)
        _set_inapplicable_redeemables(self, inapplicable_redeemables)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)

    def _load_to_dict(self, src_dict: Any) -> dict[str, Any]:
        """``to_dict()`` of this model, not parsed yet, from ``src_dict`` (its ``_raw``, or the JSON a
        parent made it for; a parent's own pass calls this right after ``new_lazy``): parse as
        ``_load`` does, then write back, the values that write back as they came being the
        source's own. Data that does not parse comes back as it came, the model lazy on it."""
        if src_dict.__class__ is not dict:
            set_raw(self, src_dict)
            return self.to_dict()
        try:
            get = src_dict.get
            id = get("id", UNSET)
            session_id = get("session_id", UNSET)
            status = get("status", UNSET)
            if (created_at := get("created_at", UNSET)) is not UNSET:
                created_at = parse_timestamp(created_at)
            customer_id = get("customer_id", UNSET)
            redeemables = redeemables_json = get("redeemables", UNSET)
            if redeemables_json is not UNSET:
                redeemables = blanks(ValidationRedeemableRef, redeemables_json)
            skipped_redeemables = skipped_redeemables_json = get("skipped_redeemables", UNSET)
            if skipped_redeemables_json is not UNSET:
                skipped_redeemables = blanks(ValidationRedeemableRef, skipped_redeemables_json)
            inapplicable_redeemables = inapplicable_redeemables_json = get("inapplicable_redeemables", UNSET)
            if inapplicable_redeemables_json is not UNSET:
                inapplicable_redeemables = blanks(ValidationRedeemableRef, inapplicable_redeemables_json)
            # Keys the spec does not declare are kept, so that to_dict() gives back what came.
            extra = not _DECLARED.issuperset(src_dict)
            additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED} if extra else {}

        except (TypeError, ValueError, KeyError, AttributeError):
            set_raw(self, src_dict)
            as_it_came: dict[str, Any] = src_dict
            return as_it_came
        field_dict: dict[str, Any] = src_dict.copy()
        if redeemables is not UNSET:
            field_dict["redeemables"] = list(map(ValidationRedeemableRef._load_to_dict, redeemables, redeemables_json))
        if skipped_redeemables is not UNSET:
            field_dict["skipped_redeemables"] = list(
                map(ValidationRedeemableRef._load_to_dict, skipped_redeemables, skipped_redeemables_json)
            )
        if inapplicable_redeemables is not UNSET:
            field_dict["inapplicable_redeemables"] = list(
                map(ValidationRedeemableRef._load_to_dict, inapplicable_redeemables, inapplicable_redeemables_json)
            )
        # Nested models were written back first: if that fails, this model is still lazy on its JSON
        # (and makes new nested ones), none of them reachable with a `_raw` not set.
        # Set only once everything parsed: a failed parse leaves no field half set. Straight into
        # the slots (the setters below): LazyFields.__setattr__ would try to load again.
        _set_id(self, id)
        _set_session_id(self, session_id)
        _set_status(self, status)
        _set_created_at(self, created_at)
        _set_customer_id(self, customer_id)
        _set_redeemables(self, redeemables)
        _set_skipped_redeemables(self, skipped_redeemables)
        _set_inapplicable_redeemables(self, inapplicable_redeemables)
        _set_additional_properties(self, additional_properties)
        set_raw(self, PARSED)
        return field_dict

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The slots' own setters: the cheapest way to write a slot past LazyFields.__setattr__
# (object.__setattr__ looks the name up on every call).
_set_id = Validation.__dict__["id"].__set__
_set_session_id = Validation.__dict__["session_id"].__set__
_set_status = Validation.__dict__["status"].__set__
_set_created_at = Validation.__dict__["created_at"].__set__
_set_customer_id = Validation.__dict__["customer_id"].__set__
_set_redeemables = Validation.__dict__["redeemables"].__set__
_set_skipped_redeemables = Validation.__dict__["skipped_redeemables"].__set__
_set_inapplicable_redeemables = Validation.__dict__["inapplicable_redeemables"].__set__
_set_additional_properties = Validation.__dict__["additional_properties"].__set__

# Imported last rather than inside methods (an import statement per call is slow): these
# modules import this one back, and by the time they do, this class exists.
from ..models.validation_redeemable_ref import ValidationRedeemableRef  # noqa: E402

Validation._FIELDS = {
    "created_at": lambda src: UNSET if (value := src.get("created_at", UNSET)) is UNSET else parse_timestamp(value),
}
