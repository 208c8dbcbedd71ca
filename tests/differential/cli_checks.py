"""Differential test of what the AWS CLI checks before it sends anything, against awscli 1.46.3.

    .venv/bin/python tests/differential/cli_checks.py target/release/connect-user-validator [--count 3000]

  * Global options, `--version` and the `help` word: each command goes through the real CLI (a fresh
    driver each time, since the CLI keeps --region and --profile in its session) and through
    parse-command. Where the CLI sent the request, parse-command must report no error or warning;
    where it sent nothing, it must report one.
  * `--query`: seeded random and hand-picked JMESPath expressions; parse-command must refuse exactly
    those `jmespath.compile` refuses, with the CLI's message `Bad value for --query …`.
"""

import argparse
import json
import os
import pathlib
import random
import shlex
import sys
import tempfile

import jmespath

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from argv import Binary  # noqa: E402
from aws_cli import AwsCli  # noqa: E402

BASE = "aws connect create-user --instance-id i --routing-profile-id r --username u --security-profile-ids a"

GLOBAL_CASES = [
    "",
    "--version",
    "--version=1",
    "--output yaml",
    "--output text",
    "--output=json",
    "--output JSON",
    "--output=",
    "--output json --output yaml",
    "--color x",
    "--color on",
    "--debug",
    "--debug=true",
    "--debug=",
    "--deb=x",
    "--no-verify-ssl=1",
    "--no-paginate",
    "--no-sign-request",
    "--cli-read-timeout abc",
    "--cli-read-timeout 0",
    "--cli-read-timeout -5",
    "--cli-read-timeout ' +1_0 '",
    "--cli-read-timeout 1.5",
    "--cli-read-timeout ٣",
    "--cli-connect-timeout -1",
    "--cli-connect-timeout 30",
    "--cli-connect-timeout -0",
    "--query '['",
    "--query a.b",
    "--query=",
    "--query 'Users[?Name==`x`].Arn | [0]'",
    "--query 'a b'",
    "--region 'us west'",
    "--region us-west-2",
    "--region ''",
    "--region 123",
    "--region=-x",
    "--region ab-",
    "--region é",
    "--region " + "a" * 63,
    "--region " + "a" * 64,
    "--region us_west",
    "--endpoint-url foo",
    "--endpoint-url ''",
    "--endpoint-url http://x",
    "--endpoint-url http://",
    "--endpoint-url x:",
    "--endpoint-url 'http://a b'",
    "--endpoint-url http://x_y",
    "--endpoint-url 'http://[::1'",
    "--endpoint-url 'http://[::1]:80'",
    "--endpoint-url https://user@host:99/path",
    "--endpoint-url HTTPS://EXAMPLE.COM",
    "--endpoint-url ftp://x",
    "--endpoint-url ' http://x'",
    "--endpoint-url http://1.2.3.4",
    "--endpoint-url http://x:abc",
    "--endpoint-url http://-x.com",
    "--endpoint-url http://x.com.",
    "help",
    "--username u help",
    "--username u help x",
    "--username u x help",
]

# Tokens and fragments for random expressions, weighted towards the ones that nest.
PIECES = [
    "a", "b", "foo", "_x", "\"q\"", "\"a b\"", "\"\\u00e9\"", "\"\\z\"", "'raw'", "'it\\'s'", "`1`", "`\"s\"`",
    "`{\"a\": [1, 2.5e3]}`", "`bare`", "`[1,`", "`true`", "1", "-1", "0", "-", ".", "*", "[", "]", "[]", "[?",
    "[*]", "(", ")", "{", "}", ",", ":", "@", "&", "&&", "|", "||", "!", "!=", "==", "<", "<=", ">", ">=", "=",
    " ", "#", "$", "length(", "sort_by(", "'", "\"", "`",
]


def random_expressions(seed, count):
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9))))
    return out


HAND_PICKED = [
    "a", "a.b", "a[0]", "a[-1]", "a[1:2]", "a[::2]", "a[1:2:3:4]", "a[1:2 3]", "a[*].b", "a[].b", "a.*.b",
    "a[?b=='c']", "a[?b==`1`].c | [0]", "f(a b)", "f(a,)", "f(,)", "{a: b c: d}", "{a: b,}", "{\"a\": b}",
    "[a, b]", "[a, *]", "[*]", "[]", "[ ]", "@", "&a", "!a", "!!a", "a && b || !c", "a < b", "a <= b == c",
    "\"a\"(b)", "@(b)", "a.1", "a.[b]", "a.{b: c}", "a.\"b\"", "a.'b'", "a.`1`", "a[0][1:2].b", "a[0][1:2]*",
    "`{}`", "`[]`", "`NaN`", "`-Infinity`", "`1e400`", "`\"\\ud800\"`", "`  text`", "` \"a`", "`a\\`b`",
    "'\\\\'", "\"\\\"\"", "\"\\ud83d\\ude00\"", "a || b && c | d", "a[?b]|c", "a[?b][]", "a[?b].c[?d]",
    "(((a)))", "((a)", "(a))", "a b", "a,b", "1", "-1", "-", "=", "a=b", "a = = b", "a!b", "a.b.c.d.e",
    "foo[?bar > `1` && baz < `2`].qux", "reverse(sort_by(a, &b))[0]", "x[?y != 'z'] | length(@)",
    "*", "*.a", "* | a", "a.*", "a[*][*][*]", "a[][][]", "a.b[0:10:2].c", "abs(`-1`)", "not_a_function(x)",
]

NESTED = [("(" * n) + "a" + (")" * n) for n in (10, 100, 300)] + ["[" * n + "a" + "]" * n for n in (10, 100)]


def cli_outcome(cli, text):
    """(sent, error text) for a command, with a fresh driver. The help goes straight to file
    descriptor 1 through a pager, so that is pointed at /dev/null meanwhile."""
    cli._new_driver()
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        try:
            status, sent, stderr = cli.run(shlex.split(text)[1:])
        finally:
            os.dup2(saved, 1)
            os.close(saved)
    return sent is not None, stderr.strip().splitlines()[-1:] if stderr.strip() else []


def main():
    options = argparse.ArgumentParser()
    options.add_argument("binary")
    options.add_argument("--count", type=int, default=3000)
    options.add_argument("--seed", type=int, default=20260415)
    args = options.parse_args()
    cli = AwsCli()
    binary = Binary(args.binary, pathlib.Path(tempfile.mkdtemp(prefix="cuv-cli-checks-")))
    failures = []

    texts = [f"{BASE} {case}".rstrip() for case in GLOBAL_CASES]
    parsed = [json.loads(out) for out in binary.run_many([(["parse-command"], text) for text in texts])]
    for text, ours in zip(texts, parsed):
        sent, error = cli_outcome(cli, text)
        problems = [d for d in ours["diagnostics"] if d["severity"] in ("error", "warning")]
        if sent == bool(problems):
            failures.append(f"{text!r}: the CLI {'sent' if sent else 'sent nothing'} {error}, parse-command gave {problems}")

    expressions = HAND_PICKED + NESTED + random_expressions(args.seed, args.count)
    texts = [f"{BASE} --query={shlex.quote(expression)}" for expression in expressions]
    parsed = [json.loads(out) for out in binary.run_many([(["parse-command"], text) for text in texts])]
    mismatched_messages = 0
    refused = 0
    for expression, ours in zip(expressions, parsed):
        try:
            jmespath.compile(expression)
            theirs = None
        except Exception as error:  # the CLI catches every exception the same way
            theirs = f"Bad value for --query {expression}: {error}"
            refused += 1
        messages = [d["message"] for d in ours["diagnostics"] if d["code"] == "cli-global-option-value"]
        if (theirs is None) != (not messages):
            failures.append(f"--query {expression!r}: jmespath says {theirs!r}, parse-command {messages!r}")
        elif theirs is not None and messages != [theirs]:
            mismatched_messages += 1
            if mismatched_messages <= 10:
                failures.append(f"--query {expression!r}: message {messages!r}\n  jmespath's {theirs!r}")

    checked = len(GLOBAL_CASES) + len(expressions)
    print(f"{checked} commands ({refused} of {len(expressions)} queries refused by jmespath), {len(failures)} failures")
    for failure in failures[:30]:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
