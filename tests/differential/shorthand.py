"""Differential test: our shorthand parser against awscli 1.46.3's `ShorthandParser`.

Usage: .venv/bin/python tests/differential/shorthand.py target/release/connect-user-validator

Each case goes byte for byte through a temporary file to `connect-user-validator parse-shorthand`
and, in-process, through `awscli.shorthand.ShorthandParser().parse`. They match when both give the
same value (member order included), or both fail with the same message and the same index.

Cases are the hand-picked ones in shorthand_cases.txt (one Python string literal a line) and
strings from a seeded generator. Cases on which the CLI would read a file (`k@=file://…`) are not
counted; for them ours must fail with its "Unable to load paramfile" error. So are cases nested too
deep for Python's recursion limit (494 levels here, 486 in a real `aws` run); for them ours must
read the value up to OUR_MAX_NESTING levels and refuse it with its own error past that. No network
is needed.
"""

import ast
import json
import os
import random
import subprocess
import sys
import tempfile

import awscli.shorthand as shorthand

SEED = 20240607
# MAX_NESTING in src/syntax/shorthand.rs: ours reads at least as deep as the CLI's parser.
OUR_MAX_NESTING = 500
RANDOM_CASES = 2500
CASES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shorthand_cases.txt")

# Rich in the grammar's characters: every delimiter, both quotes, the comma escape, ASCII and
# Unicode whitespace (NBSP, U+0085, U+001C, U+2028, U+3000), controls, the BMP edge and non-BMP.
ALPHABET = (
    list("ab=,[]{}\"'\\@ \t\n#/:.-")
    + ["\r", "\x0b", "\x0c", "\x1c", "\x1b", "\x00", "\x85", "\xa0", "\u2028", "\u3000", "\ufeff"]
    + ["\xe9", "\uffff", "\U0001f600", "|", "~", "^", "_", "!", "<", ">", "(", "0"]
)
# Larger pieces that make well-formed or nearly well-formed shorthand more likely.
TOKENS = [
    "a", "b", "Key", "k-1", "x.y", "#t", "a/b", "c:d", "", "=", "@=", " @ =", ",", ", ", " ,",
    "[", "]", "{", "}", "\"", "'", "\\", "\\,", "\\\\", "\\\"", "\\'", " ", "\t", "\n", "\xa0",
    "\u3000", "\U0001f600", "\xe9t\xe9", "v w", "=v", "[a,b]", "{a=b}", "\"q,q\"", "'q=q'",
    "file://x", "fileb://y", "-", "true", "60", "\x1c", "\x85",
]


class WouldReadFile(Exception):
    """The CLI would read a file here (`k@=file://…`)."""


def refuse_paramfile(path, cases):
    if isinstance(path, str) and any(path.startswith(prefix) for prefix in cases):
        raise WouldReadFile(path)
    return None


# The parser imports get_paramfile into its own namespace; replace it there so no file is read.
shorthand.get_paramfile = refuse_paramfile


def ordered(value):
    """A value with its objects as lists of pairs, so member order counts in comparisons."""
    if isinstance(value, dict):
        return [[key, ordered(item)] for key, item in value.items()]
    if isinstance(value, list):
        return [ordered(item) for item in value]
    return value


def python_result(text):
    """("ok", value), ("error", message, index), or ("skip", why)."""
    try:
        return ("ok", ordered(shorthand.ShorthandParser().parse(text)))
    except (shorthand.ShorthandParseSyntaxError, shorthand.DuplicateKeyInObjectError) as error:
        return ("error", str(error), error.index)
    except WouldReadFile:
        return ("skip", "file")
    except RecursionError:
        return ("skip", "recursion")


def our_result(binary, text, workdir):
    path = os.path.join(workdir, "case.txt")
    with open(path, "wb") as file:
        file.write(text.encode("utf-8"))
    run = subprocess.run([binary, "parse-shorthand", path], capture_output=True, timeout=30)
    if run.returncode not in (0, 1):
        return ("crash", run.returncode, run.stderr.decode("utf-8", "replace"))
    output = json.loads(run.stdout, object_pairs_hook=lambda pairs: [list(pair) for pair in pairs])
    output = dict((key, value) for key, value in output)
    if output["ok"]:
        return ("ok", output["value"])
    return ("error", output["message"], output["index"])


def hand_picked_cases():
    cases = []
    with open(CASES_FILE, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            case = ast.literal_eval(line)
            if not isinstance(case, str):
                raise SystemExit(f"{CASES_FILE}:{number}: not a string literal")
            cases.append(case)
    # Too long to write out: the quoted-value regex's slow spot, long runs and deep nesting.
    cases += [
        "foo=\"" + "\\" * 100,
        "foo='" + "\\" * 100,
        "a=\"" + "\\\"" * 200 + "x",
        "a=" + ",".join("v%d" % i for i in range(300)),
        "a=" + "[" * 120 + "]" * 120,
        "a=" + "{b=" * 120 + "c" + "}" * 120,
        "a=" + "[" * 50_000,
        "a=" + "\\," * 300 + "b=1",
    ]
    return cases + deep_cases()


def nested(levels, kinds, inner="x"):
    """`a=` and a value `levels` deep, cycling through `kinds` ("l" a list, "h" a hash)."""
    opened = [kinds[level % len(kinds)] for level in range(levels)]
    return (
        "a="
        + "".join("[" if kind == "l" else "{b=" for kind in opened)
        + inner
        + "".join("]" if kind == "l" else "}" for kind in reversed(opened))
    )


def deep_cases():
    """Lists, hashes and mixes around the CLI's limits (486 in a real run, 494 here, 495 for an
    empty innermost list) and around ours."""
    levels = [485, 486, 487, 493, 494, 495, 496, OUR_MAX_NESTING, OUR_MAX_NESTING + 1]
    cases = [nested(n, kinds) for n in levels for kinds in ("l", "h", "lh", "hl", "llh")]
    cases += [nested(n, "l", inner="") for n in levels]
    # Deep, then something wrong after the deepest value: the error index is the same as Python's.
    cases += [nested(n, "lh")[:-1] + "," for n in (486, 494)]
    return cases


def too_deep_for_python(text, ours):
    """Whether ours is right on a case Python gave up on: the value up to OUR_MAX_NESTING levels,
    our own nesting error past that."""
    levels = text.count("[") + text.count("{")  # the deep cases have no other brackets
    if levels <= OUR_MAX_NESTING:
        return ours[0] == "ok"
    return ours[0] == "error" and ours[1].startswith(f"Nesting deeper than {OUR_MAX_NESTING} levels of [ and {{")


def random_text(rng, length):
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def random_value(rng, depth):
    """Mostly well-formed shorthand: bare, quoted, listed and hashed values over ALPHABET."""
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return "[" + ",".join(random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))) + "]"
    if depth < 3 and roll < 0.3:
        members = (rng.choice(TOKENS[:9]) + "=" + random_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
        return "{" + ",".join(members) + "}"
    if roll < 0.55:
        quote = rng.choice("\"'")
        content = random_text(rng, rng.randint(0, 8))
        return quote + content.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote
    return random_text(rng, rng.randint(0, 6))


def structured_text(rng):
    members = []
    for _ in range(rng.randint(1, 4)):
        value = random_value(rng, 0)
        if rng.random() < 0.2:
            value += "," + random_value(rng, 3)
        members.append(rng.choice(TOKENS[:9]) + rng.choice(["=", "=", "@=", " = "]) + value)
    text = ",".join(members)
    # A few point mutations reach the error paths next to the well-formed ones.
    for _ in range(rng.choice([0, 0, 1, 2])):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(ALPHABET) + text[at + rng.randint(0, 1):]
    return text


def random_cases(rng):
    cases = []
    for number in range(RANDOM_CASES):
        if number % 3 == 0:
            text = random_text(rng, rng.randint(0, 24))
        elif number % 3 == 1:
            text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 14)))
        else:
            text = structured_text(rng)
        # Most real inputs start with a key and an '='.
        if number % 2 == 0 and number % 3 != 2:
            text = rng.choice(["a=", "Key=", "k@=", "a =", "=", "a=b,"]) + text
        cases.append(text)
    return cases


def brief(value):
    """The repr, cut short: deep cases are long, and too deep for repr() near the limit."""
    try:
        text = repr(value)
    except RecursionError:
        return "<nested too deep to show>"
    return text if len(text) <= 400 else text[:400] + "…"


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"{binary} is not an executable; build it with `cargo build` first")
    rng = random.Random(SEED)
    cases = list(dict.fromkeys(hand_picked_cases() + random_cases(rng)))
    counted = matched = 0
    skipped = {"file": 0, "recursion": 0}
    mismatches = []
    with tempfile.TemporaryDirectory() as workdir:
        for text in cases:
            theirs = python_result(text)
            ours = our_result(binary, text, workdir)
            if theirs[0] == "skip":
                skipped[theirs[1]] += 1
                refused = ours[0] == "error" and ours[1].startswith("Unable to load paramfile ")
                if theirs[1] == "file" and not refused:
                    mismatches.append((text, ours, "the CLI would read a file here"))
                if theirs[1] == "recursion" and not too_deep_for_python(text, ours):
                    mismatches.append((text, ours, "Python's RecursionError"))
                continue
            counted += 1
            if ours == theirs:
                matched += 1
            else:
                mismatches.append((text, ours, theirs))
    print(
        f"{counted} cases, {matched} matched "
        f"(not counted: {skipped['file']} that would read a file, {skipped['recursion']} too deep for Python)"
    )
    for text, ours, theirs in mismatches:
        print(f"\nMISMATCH {brief(text)}\n  ours:   {brief(ours)}\n  awscli: {brief(theirs)}")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
