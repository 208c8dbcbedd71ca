"""Seeded random requests that botocore accepts, full of strings that are hard to quote: CreateUser's,
and those of the user's update and tagging operations.

The generator reads the service model (tests/data/connect-create-user-shapes.json and
connect-user-operations-shapes.json) itself rather than sharing code with the Rust side, so the two
implementations stay independent.
"""

import json
import pathlib
import random

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"
SHAPES = json.loads((DATA / "connect-create-user-shapes.json").read_text())["shapes"]
OPERATIONS_MODEL = json.loads((DATA / "connect-user-operations-shapes.json").read_text())
# Each operation other than CreateUser, with its AWS CLI command.
OPERATION_COMMANDS = {
    "UpdateUserIdentityInfo": "update-user-identity-info",
    "UpdateUserPhoneConfig": "update-user-phone-config",
    "UpdateUserConfig": "update-user-config",
    "UpdateUserSecurityProfiles": "update-user-security-profiles",
    "UpdateUserRoutingProfile": "update-user-routing-profile",
    "UpdateUserHierarchy": "update-user-hierarchy",
    "TagResource": "tag-resource",
    "UntagResource": "untag-resource",
}

# Pieces that stress the shorthand grammar, JSON, argparse and every shell.
NASTY = [
    ",", "=", '"', "'", "[", "]", "{", "}", "\\", " ", "\n", "\t", "😀", "é", "e\u0301", "\u00a0",
    "$(touch /tmp/pwned)", "`id`", "$HOME", "${PATH}", "!", "!!", "*", "?", "~", "#", "%PATH%", "^", "&",
    "|", ";", "<", ">", "(", ")", "\r", "@", ":", "/", "\\,", "\\\\", "--", "file://x", "中文",
    # Characters that hide or reorder text: bidirectional controls, zero-width ones, separators, tags.
    "\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200d",
    "\ufeff", "\u00ad", "\u2028", "\u2029", "\U000e0041",
]
PLAIN = ["mary", "Major", "a1b2", "x", "support", "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "+15555551212"]


def nasty_string(rng, min_length=0):
    pieces = []
    for _ in range(rng.randint(0, 6)):
        pieces.append(rng.choice(NASTY) if rng.random() < 0.5 else rng.choice(PLAIN))
    text = "".join(pieces)
    if rng.random() < 0.15:
        text = "-" + text  # a leading dash looks like an option to argparse
    if rng.random() < 0.05:
        text = "file://" + text  # top-level strings with this prefix are read from a file
    if rng.random() < 0.03:
        text = text + "\x00"  # no argv word can hold a NUL
    while len(text) < min_length:
        text += rng.choice(PLAIN)
    return text


def tag_key(rng):
    # Unicode letters, spaces and +@= are valid tag keys that shorthand keys cannot carry.
    return rng.choice(["team", "cost center", "Kostenstelle", "部門", "a+b", "x@y", "k=v", "-lead", "a.b:c/d#e", "_", "\u2066iso\u2069"]) + str(rng.randint(0, 99))


def value_for(rng, shape_name, depth=0, shapes=SHAPES):
    shape = shapes[shape_name]
    kind = shape["type"]
    if kind == "string":
        if "enum" in shape:
            return rng.choice(shape["enum"])
        return nasty_string(rng, shape.get("min", 0))
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "integer":
        return rng.choice([0, 1, 60, 2_000_000, rng.randint(0, 3_000_000)])
    if kind == "list":
        low = shape.get("min", 0)
        count = rng.randint(low, shape.get("max", 3) if "max" in shape else 3)
        return [value_for(rng, shape["member"]["shape"], depth + 1, shapes) for _ in range(count)]
    if kind == "map":
        return {tag_key(rng): nasty_string(rng) for _ in range(rng.randint(1, 5))}
    if kind == "structure":
        required = set(shape.get("required", []))
        result = {}
        for name, member in shape["members"].items():
            if name in required or rng.random() < 0.6:
                result[name] = value_for(rng, member["shape"], depth + 1, shapes)
        return result
    raise ValueError(kind)


def random_request(rng):
    return value_for(rng, "CreateUserRequest")


def requests(seed, count):
    rng = random.Random(seed)
    return [random_request(rng) for _ in range(count)]


def operation_requests(seed, operation, count):
    """`count` requests of `operation` (one of OPERATION_COMMANDS), from the model's input shape."""
    rng = random.Random(f"{seed}-{operation}")
    input_shape = OPERATIONS_MODEL["operations"][operation]["input"]["shape"]
    return [value_for(rng, input_shape, shapes=OPERATIONS_MODEL["shapes"]) for _ in range(count)]
