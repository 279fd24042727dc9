"""Validate a bundled OpenAPI document against the OpenAPI 3.1 specification.

python -m scripts.validate_spec build/openapi.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    args = parser.parse_args(argv)
    try:
        validate(json.loads(args.spec.read_text(encoding="utf-8")))
    except OpenAPIValidationError as error:
        print(f"validate_spec: {args.spec} is not valid OpenAPI: {error.message}", file=sys.stderr)
        return 1
    print(f"validate_spec: {args.spec} is valid OpenAPI")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
