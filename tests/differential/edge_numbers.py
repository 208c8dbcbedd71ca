"""Numbers JSON, Python or JavaScript cannot hold exactly, against the real AWS CLI.

    .venv/bin/python tests/differential/edge_numbers.py target/release/connect-user-validator

For requests whose AfterContactWorkTimeLimit is NaN, an infinity, -0.0, a float or an integer
beyond 2^53, beyond i64 or up to Python's 4,300 digits:
  * `argv --syntax shorthand` and `argv --syntax json`, fed to awscli 1.46.3 in-process, hand botocore
    exactly that request (botocore then refuses the floats, as `check` does);
  * `parse-command` of `command` reads it back.
And for pasted commands holding such values, `parse-command` reads what the CLI reads, or reports
the CLI's own error (int() of NaN, more than 4,300 digits).
"""

import json
import pathlib
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from aws_cli import AwsCli  # noqa: E402

BASE = '"Username": "mary", "SecurityProfileIds": ["p"], "RoutingProfileId": "r", "InstanceId": "i"'
LITERALS = [
    "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "-0", "-0.0", "30.0", "1e300", "1e-7",
    "9007199254740993", "-9223372036854775809", "99999999999999999999", "9" * 4300,
]
PASTED = [
    "AfterContactWorkTimeLimit=NaN", "AfterContactWorkTimeLimit=Infinity", "AfterContactWorkTimeLimit=-0",
    "AfterContactWorkTimeLimit=99999999999999999999", "AfterContactWorkTimeLimit=1e3",
    "AfterContactWorkTimeLimit=" + "9" * 4300, "AfterContactWorkTimeLimit=" + "9" * 4301,
    "AfterContactWorkTimeLimit=" + "0" * 4300 + "1",
    '{"AfterContactWorkTimeLimit": NaN}', '{"AfterContactWorkTimeLimit": -Infinity}',
    '{"AfterContactWorkTimeLimit": 1e400}', '{"AfterContactWorkTimeLimit": 99999999999999999999}',
    '{"AfterContactWorkTimeLimit": -0.0}',
]


def same(a, b):
    """Equal as Python's JSON writes them (NaN is not NaN, but writes the same)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def main():
    binary = sys.argv[1]
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="cuv-numbers-"))

    def ours(args, text):
        path = scratch / "input"
        path.write_text(text, encoding="utf-8")
        return subprocess.run([binary, *args, str(path)], capture_output=True, text=True).stdout

    cli = AwsCli()
    failures = []
    for literal in LITERALS:
        text = f'{{{BASE}, "PhoneConfig": {{"PhoneType": "SOFT_PHONE", "AfterContactWorkTimeLimit": {literal}}}}}'
        request = json.loads(text)
        for syntax in ("shorthand", "json"):
            argv = json.loads(ours(["argv", "--syntax", syntax], text))
            cli.run(argv)
            if not same(cli.last_params, request):
                failures.append(f"{literal[:30]} {syntax}: the CLI read {str(cli.last_params)[:200]} from {str(argv)[:200]}")
        parsed = json.loads(ours(["parse-command"], ours(["command"], text)))
        if not same(parsed["request"], request):
            failures.append(f"{literal[:30]}: parse-command of command gave {str(parsed['request'])[:200]}")

    for value in PASTED:
        text = f"aws connect create-user --username mary --security-profile-ids p --routing-profile-id r --instance-id i --phone-config '{value}'"
        _, _, stderr = cli.run(shlex.split(text)[1:])
        parsed = json.loads(ours(["parse-command"], text))
        problems = [d["message"] for d in parsed["diagnostics"] if d["severity"] != "info"]
        if cli.last_params is not None:
            if problems or not same(parsed["request"], cli.last_params):
                failures.append(f"{value[:60]}: the CLI read {str(cli.last_params)[:200]}; ours {str(parsed)[:300]}")
        else:
            error = stderr.strip().splitlines()[-1]
            if not any(error in message for message in problems):
                failures.append(f"{value[:60]}: the CLI said {error[:200]!r}; ours {str(problems)[:300]}")

    print(f"{len(LITERALS)} requests, {len(PASTED)} pasted values, {len(failures)} failures")
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
