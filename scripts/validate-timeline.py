#!/usr/bin/env python3
"""Validate timeline.json files against schema/timeline.schema.json (needs the `jsonschema` package)."""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-timeline: the python package `jsonschema` is missing (pip install jsonschema)")

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "schema" / "timeline.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for name in sys.argv[1:] or [str(root / "output" / "timeline.json")]:
    errors = sorted(validator.iter_errors(json.loads(pathlib.Path(name).read_text())), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{name}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}", file=sys.stderr)
    failed |= bool(errors)
    if not errors:
        print(f"{name}: valid against timeline.schema.json")
sys.exit(1 if failed else 0)
