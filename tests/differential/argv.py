"""Differential test of the emitters and the command parser against the real AWS CLI and real shells.

    .venv/bin/python tests/differential/argv.py target/release/connect-user-validator [--count 2000] [--per-operation 300]

For each seeded random request r (`count` CreateUser requests, and `per-operation` of each update and
tagging operation, written with `--operation`):
  * `argv --syntax shorthand` and `argv --syntax json`, fed to awscli 1.46.3 in-process, send exactly r;
  * `parse-command` of `command --shell posix` (one line and multi-line) gives back exactly r, and
    its operation;
  * the posix commands, run by bash, dash and zsh with `aws` replaced by a stub that prints its argv,
    reproduce `argv --syntax shorthand` word for word, and run nothing else.
It also checks the AWS docs example command, each operation's skeleton, and hand-picked commands
that test the command parser's argument handling (PARSER_CASES) against what the CLI does with them.
"""

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from aws_cli import AwsCli  # noqa: E402
from requests import OPERATION_COMMANDS, operation_requests, requests  # noqa: E402

DOCS_EXAMPLE = (pathlib.Path(__file__).resolve().parents[2] / "examples/aws-docs-example.sh").read_text(encoding="utf-8")


class Binary:
    """Our command-line tool; many runs go in parallel threads, each with its own input file."""

    def __init__(self, path, scratch):
        self.path = path
        self.scratch = scratch

    def run(self, args, text, name="input"):
        path = self.scratch / name
        path.write_text(text, encoding="utf-8")
        done = subprocess.run([self.path, *args, str(path)], capture_output=True)
        return done.returncode, done.stdout.decode("utf-8")

    def run_many(self, jobs):
        """Runs (args, text) jobs; returns their outputs in order."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(self.run, args, text, f"input-{i}") for i, (args, text) in enumerate(jobs)]
            return [future.result()[1] for future in futures]


WORKER_CLI = None


def run_in_cli(argv):
    """Runs argv in this worker process's own CLI driver."""
    global WORKER_CLI
    if WORKER_CLI is None:
        WORKER_CLI = AwsCli()
    return WORKER_CLI.run(argv)


def shell_argvs(shell, commands, scratch):
    """Runs the commands in one script of `shell`; returns each stub invocation's argv."""
    stub_dir = scratch / "bin"
    stub_dir.mkdir(exist_ok=True)
    stub = stub_dir / "aws"
    stub.write_text("#!/bin/sh\nprintf '%s\\0' \"$#\" \"$@\"\n")
    stub.chmod(0o755)
    script = scratch / f"commands.{shell}"
    # History expansion of `!`, as in an interactive bash (set -H alone does nothing in a script).
    prelude = "set -o history -o histexpand\n" if shell == "bash" else ""
    script.write_text(prelude + "\n".join(commands) + "\n", encoding="utf-8")
    environment = dict(os.environ, PATH=f"{stub_dir}:{os.environ['PATH']}", HOME=str(scratch))
    done = subprocess.run([shell, str(script)], capture_output=True, env=environment, cwd=scratch)
    fields = done.stdout.split(b"\0")
    argvs, at = [], 0
    while at < len(fields) - 1:
        count = int(fields[at])
        argvs.append([f.decode("utf-8") for f in fields[at + 1 : at + 1 + count]])
        at += 1 + count
    return argvs, done.stderr.decode("utf-8", "replace")


def operation_flag(operation):
    """Our tool's option for a request of `operation`; none for CreateUser, the default."""
    return ["--operation", operation] if operation else []


def hides_or_reorders(c):
    """Format characters (bidirectional controls, zero-width ones, tags…) and the line and paragraph
    separators, by Python's own Unicode tables: an emitted command must show them escaped."""
    return unicodedata.category(c) == "Cf" or c in "\u2028\u2029"


def main():
    options = argparse.ArgumentParser()
    options.add_argument("binary")
    options.add_argument("--count", type=int, default=2000)
    options.add_argument("--per-operation", type=int, default=300)
    options.add_argument("--seed", type=int, default=20261129)
    args = options.parse_args()
    for shell in ("bash", "dash", "zsh"):
        if shutil.which(shell) is None:
            sys.exit(f"{shell} is not installed; `make test` installs bash, dash and zsh")

    cli = AwsCli()
    failures = []
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="cuv-differential-"))
    binary = Binary(args.binary, scratch)
    marker = pathlib.Path("/tmp/pwned")
    marker.unlink(missing_ok=True)

    # CreateUser's requests without --operation (its default), then each other operation's.
    suites = [(None, requests(args.seed, args.count))]
    suites += [(operation, operation_requests(args.seed, operation, args.per_operation)) for operation in OPERATION_COMMANDS]
    cases = [request for _, requests_ in suites for request in requests_]
    operations = [operation for operation, requests_ in suites for _ in requests_]
    texts = [json.dumps(request, ensure_ascii=False) for request in cases]
    variants = [(["argv", "--syntax", syntax], syntax) for syntax in ("shorthand", "json")]
    variants += [(["command", "--shell", "posix", *flags], None) for flags in ([], ["--multiline"])]
    outputs = binary.run_many(
        [(variant[:1] + operation_flag(operation) + variant[1:], text) for text, operation in zip(texts, operations) for variant, _ in variants]
    )
    per_request = [outputs[i * len(variants) : (i + 1) * len(variants)] for i in range(len(cases))]
    commands = [output.rstrip("\n") for outputs_ in per_request for output in outputs_[2:]]
    parsed_commands = binary.run_many([(["parse-command"], command) for command in commands])

    all_argvs = [
        {syntax: json.loads(output) for (_, syntax), output in zip(variants[:2], outputs_[:2])} for outputs_ in per_request
    ]
    with multiprocessing.Pool(2) as pool:
        sent_by_cli = pool.map(run_in_cli, [argv for argvs in all_argvs for argv in argvs.values()], chunksize=50)
    expected_argvs = []
    for number, (request, operation, argvs) in enumerate(zip(cases, operations, all_argvs)):
        command_name = OPERATION_COMMANDS.get(operation, "create-user")
        for at, (syntax, argv) in enumerate(argvs.items()):
            cli_status, sent, stderr = sent_by_cli[2 * number + at]
            if cli_status != 0 or sent != request or argv[1] != command_name:
                failures.append(f"#{number} {operation or 'CreateUser'} {syntax}: the CLI sent {sent!r} (exit {cli_status}, {stderr.strip()!r})\n  expected {request!r}\n  argv {argv!r}")
        for multiline, at in ((False, 2 * number), (True, 2 * number + 1)):
            parsed = json.loads(parsed_commands[at])
            errors = [d for d in parsed["diagnostics"] if d["severity"] != "info"]
            if parsed["request"] != request or parsed["operation"] != (operation or "CreateUser") or errors:
                failures.append(f"#{number} parse-command(command multiline={multiline}) gave {parsed!r}\n  expected {request!r}\n  command {commands[at]!r}")
            expected_argvs.append(argvs["shorthand"])

    for number, command in enumerate(commands):
        if any(hides_or_reorders(c) for c in command):
            failures.append(f"command {number} shows a character that hides or reorders text: {command!r}")

    for shell in ("bash", "dash", "zsh"):
        got, stderr = shell_argvs(shell, commands, scratch)
        if len(got) != len(commands):
            failures.append(f"{shell}: {len(got)} of {len(commands)} commands ran; stderr: {stderr[:2000]}")
            continue
        for number, (argv, expected) in enumerate(zip(got, expected_argvs)):
            if argv != expected:
                failures.append(f"{shell} command {number}: argv {argv!r}\n  expected {expected!r}\n  command {commands[number]!r}")
    if marker.exists():
        failures.append("a command substitution ran: /tmp/pwned exists")

    # The AWS docs example, pasted verbatim.
    _, sent, _ = cli.run(shlex.split(DOCS_EXAMPLE.replace("\\\n", " "))[1:])
    _, parsed = binary.run(["parse-command"], DOCS_EXAMPLE)
    parsed = json.loads(parsed)
    if parsed["request"] != sent or parsed["diagnostics"]:
        failures.append(f"docs example: parse-command gave {parsed!r}, the CLI sent {sent!r}")

    failures += parser_case_failures(cli, binary)
    failures += deep_value_failures(cli, binary)

    # Each operation's skeleton, apart from the enum values the CLI picks at random.
    for operation, command_name in [(None, "create-user"), *OPERATION_COMMANDS.items()]:
        ours = subprocess.run([args.binary, "skeleton", *operation_flag(operation)], capture_output=True, text=True).stdout
        # A fresh driver: the skeleton's writer keeps the output stream of the driver's first run.
        skeleton_cli = AwsCli()
        skeleton_cli.run(["connect", command_name, "--generate-cli-skeleton"])
        theirs = skeleton_cli.last_stdout
        if normalise_enums(json.loads(theirs)) != normalise_enums(json.loads(ours)) or len(theirs.splitlines()) != len(ours.splitlines()):
            failures.append(f"{command_name} skeleton differs:\nours:\n{ours}\nthe CLI:\n{theirs}")

    shutil.rmtree(scratch, ignore_errors=True)
    checked = len(cases) * 4 + len(commands) * 3
    print(f"{len(cases)} requests ({args.count} CreateUser, {args.per_operation} per other operation), {checked} comparisons, {len(failures)} failures")
    for failure in failures[:20]:
        print(failure)
    sys.exit(1 if failures else 0)


REQUIRED = "--instance-id i --routing-profile-id r"
USER = "--user-id u --instance-id i"

# Commands for the argument parser: `--`, leftover words, ambiguous prefixes, Python's whitespace
# (U+001C..U+001F) before JSON, paramfile prefixes. No expansions: shlex.split stands in for the shell.
PARSER_CASES = [
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a -- b",
    f"aws connect create-user {REQUIRED} --security-profile-ids a --username -- u",
    f"aws connect create-user {REQUIRED} --security-profile-ids a -- --username u",
    f"aws connect create-user {REQUIRED} --security-profile-ids a --username u -- --username v",
    f"aws connect create-user {REQUIRED} --security-profile-ids a --username u -- -- x",
    f"aws connect create-user {REQUIRED} --username u stray --security-profile-ids p -- x",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids p stray -- x",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids p -- x --region y",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids -- a",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a b --",
    f"aws connect create-user {REQUIRED} --username=-- --security-profile-ids=--",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --generate-cli-skeleton --",
    f"aws -- connect create-user {REQUIRED} --username u --security-profile-ids a",
    f"aws -- connect create-user {REQUIRED} --username u --security-profile-ids a --region y",
    f"aws connect -- create-user {REQUIRED} --username u --security-profile-ids a",
    f"aws connect create-user -- {REQUIRED} --username u --security-profile-ids a",
    f"aws -- connect -- create-user {REQUIRED} --username u --security-profile-ids a -- x",
    f"aws --region -- us-west-2 connect create-user {REQUIRED} --username u --security-profile-ids a",
    f"aws connect create-user {REQUIRED} --password -Secr3t --username u --security-profile-ids a",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --nick n -x --Nick",
    f"aws --v connect create-user {REQUIRED} --username u --security-profile-ids a",
    f"aws --c=x connect create-user {REQUIRED} --username u --security-profile-ids a",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --pho=x",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --identity-info '\x1c{{\"FirstName\":\"x\"}}'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --tags '\x1d{{\"a\":\"x\"}}'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --phone-config '\x1fPhoneType=SOFT_PHONE'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids '\x1c[\"a\"]'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids '\x1c'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --auto-accept-configs '{{\"Channel\":\"VOICE\"}}' '\x1e'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --auto-accept-configs '\x1e[{{\"Channel\":\"VOICE\"}}]'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --tags 'a@=file://no-such-file,b=fileb://y'",
    f"aws connect create-user {REQUIRED} --username u --security-profile-ids a --tags 'a@=fileb://no-such-file,b=file://y'",
    # The other operations: their own options, prefixes among them, and what they require.
    f"aws connect update-user-security-profiles {USER} --security-profile-id a b",
    f"aws connect update-user-security-profiles {USER} --security-profile-ids a -- b",
    f"aws connect update-user-security-profiles --user-id u --security-profile-ids a",
    f"aws connect update-user-identity-info {USER} --i FirstName=x",
    f"aws connect update-user-identity-info {USER} --identity-info 'FirstName=a,LastName=b' --username u",
    f"aws connect update-user-phone-config {USER} --phone-config PhoneType=DESK_PHONE,AutoAccept=yes,AfterContactWorkTimeLimit=0",
    f"aws connect update-user-config {USER} --auto-accept-configs Channel=VOICE,AutoAccept=true Channel=CHAT,AutoAccept=false --after-contact-work-configs '[]'",
    f"aws connect update-user-config {USER} --voice '\x1c[{{\"Channel\":\"VOICE\",\"VoiceEnhancementMode\":\"NONE\"}}]'",
    f"aws connect update-user-routing-profile {USER} --r r",
    f"aws connect update-user-routing-profile {USER} --routing-profile-id=-r",
    f"aws connect update-user-hierarchy {USER}",
    f"aws connect update-user-hierarchy {USER} --hierarchy-group-id ''",
    "aws connect tag-resource --resource-arn a --tag k=v",
    "aws connect tag-resource --resource-arn a",
    "aws connect tag-resource --resource-arn a --tags k=v --cli-input-json '{\"tags\":{\"x\":\"y\"},\"resourceArn\":\"b\",\"Extra\":1}'",
    "aws connect untag-resource --resource-arn a --tag-keys k -- x",
    "aws connect untag-resource --resource-arn a --tag-keys 'k=v' '{x}'",
    "aws connect untag-resource --resource-arn a --tag-keys '\x1d[\"a\",\"b\"]'",
    "aws connect untag-resource --resource-arn a --tag-keys=--",
    "aws connect untag-resource --resource-arn a --tag-keys file://no-such-file",
]

REQUIRED_MEMBERS = {
    "--username": "Username",
    "--security-profile-ids": "SecurityProfileIds",
    "--routing-profile-id": "RoutingProfileId",
    "--instance-id": "InstanceId",
    "--user-id": "UserId",
    "--identity-info": "IdentityInfo",
    "--phone-config": "PhoneConfig",
    "--resource-arn": "resourceArn",
    "--tags": "tags",
    "--tag-keys": "tagKeys",
}


def cli_error(stderr):
    """The CLI's error message, without argparse's usage line and program name."""
    found = re.search(r"^\S+: error: (.*)", stderr, re.M) or re.search(
        r"^((?:Unknown options|Error parsing parameter).*)", stderr, re.M | re.S
    )
    return found.group(1).strip() if found else stderr.strip()


def unknown_word_count(message):
    """How many words an `Unknown options: …` message names; ours ends with `N more words`."""
    count = 0
    for item in message.removeprefix("Unknown options: ").split(", "):
        more = re.fullmatch(r"(\d+) more words?", item)
        count += int(more.group(1)) if more else 1
    return count


def parser_case_failures(cli, binary):
    """PARSER_CASES through the CLI and parse-command. Where the CLI passed parameters to botocore,
    ours must read the same request without a problem; where its own argument processing refused
    the command, ours must report a problem that says the same, as far as it may repeat the words."""
    failures = []
    for text in PARSER_CASES:
        status, _, stderr = cli.run(shlex.split(text)[1:])
        theirs = cli.last_params
        parsed = json.loads(binary.run(["parse-command"], text)[1])
        problems = [d for d in parsed["diagnostics"] if d["severity"] != "info"]
        messages = [d["message"] for d in problems]
        problem = None
        if theirs is not None:
            if problems or parsed["request"] != theirs:
                problem = f"the CLI read {theirs!r}"
        elif status == 0:
            if [d["code"] for d in problems] != ["cli-skeleton"]:
                problem = "the CLI printed the skeleton"
        else:
            error = cli_error(stderr)
            ambiguous = re.fullmatch(r"ambiguous option: ([^=]*)(?:=.*)? could match (.*)", error, re.S)
            paramfile = re.search(r"Unable to load paramfile (\w+://)", error)
            if error.startswith("Unknown options: "):
                ours = [m for m in messages if m.startswith("Unknown options: ")]
                if [unknown_word_count(m) for m in ours] != [unknown_word_count(error)]:
                    problem = f"the CLI refused {error!r}"
            elif error.startswith("the following arguments are required: "):
                missing = [REQUIRED_MEMBERS[o] for o in error.split(": ", 1)[1].split(", ")]
                if any(member in (parsed["request"] or {}) for member in missing):
                    problem = f"the CLI refused {error!r}"
            elif ambiguous:
                # Ours leaves out the `=value`, which can be personal data.
                if f"ambiguous option: {ambiguous[1]} could match {ambiguous[2]}" not in messages:
                    problem = f"the CLI refused {error!r}"
            elif paramfile:
                if not any(f"from a {paramfile[1]} reference" in m for m in messages):
                    problem = f"the CLI refused {error!r}"
            # Ours leaves out the echo of a value that can be personal data.
            elif not any(error.startswith(m) for m in messages):
                problem = f"the CLI refused {error!r}"
        if problem:
            failures.append(f"parser case {text!r}: {problem}, parse-command gave {parsed!r}")
    return failures


# Nesting depths around where the emitters switch from shorthand to JSON (MAX_WRITTEN_NESTING = 400
# in src/syntax/shorthand.rs), where a real `aws` run stops reading shorthand (486), the deepest
# shorthand ours reads (500) and the deepest tag value a request may hold (JSON's 512 levels, less
# the request and Tags).
DEEP_LEVELS = [399, 400, 401, 486, 487, 500, 510]


def nested(levels, kinds):
    """"x" in `levels` containers, cycling through `kinds` ("l" a list, "h" an object)."""
    value = "x"
    for level in range(levels):
        value = [value] if kinds[level % len(kinds)] == "l" else {"b": value}
    return value


def deep_value_failures(cli, binary):
    """Requests with deep values in a tag and in an unknown member: both argv syntaxes make the CLI
    read exactly the request (botocore then refuses it, as it does any tag that is not a string),
    and parse-command reads the command back."""
    failures = []
    for levels in DEEP_LEVELS:
        for kinds in ("l", "hl"):
            request = {
                "InstanceId": "i",
                "Username": "u",
                "SecurityProfileIds": ["s"],
                "RoutingProfileId": "r",
                "Tags": {"a": nested(levels, kinds)},
                "Extra": nested(levels, kinds),
            }
            text = json.dumps(request)
            for syntax in ("shorthand", "json"):
                argv = json.loads(binary.run(["argv", "--syntax", syntax], text)[1])
                _, _, stderr = cli.run(argv)
                if cli.last_params != request:
                    failures.append(f"{levels} levels ({kinds}), {syntax}: the CLI did not read the request: {stderr.strip()[-300:]!r}")
            command = binary.run(["command"], text)[1].rstrip("\n")
            parsed = json.loads(binary.run(["parse-command"], command)[1])
            if parsed["request"] != request or [d for d in parsed["diagnostics"] if d["severity"] != "info"]:
                failures.append(f"{levels} levels ({kinds}): parse-command did not read the command back")
    return failures


ENUMS = {"SOFT_PHONE", "DESK_PHONE", "VOICE", "CHAT", "TASK", "EMAIL", "VOICE_ISOLATION", "NOISE_SUPPRESSION", "NONE"}


def normalise_enums(value):
    if isinstance(value, dict):
        return {k: normalise_enums(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_enums(v) for v in value]
    return "<enum>" if value in ENUMS else value


if __name__ == "__main__":
    main()
