"""The update plan's commands against the real AWS CLI v1 and real shells.

For hand-made describe-user documents, `connect-user-validator plan` prints each call's command;
each is run by bash, dash and zsh (with `aws` a function that prints its argv), and that argv by
the AWS CLI in-process (aws_cli.py's environment: no network, no credentials). The parameters the
CLI hands botocore must be exactly the call's request of `plan --format json`, for every shell.

    python tests/differential/plan.py target/release/connect-user-validator
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import aws_cli  # noqa: F401  (sets the environment the CLI needs)
from awscli.clidriver import create_clidriver

ARN = "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"
CURRENT = {
    "User": {
        "Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f",
        "Arn": ARN,
        "Username": "mary",
        "IdentityInfo": {"FirstName": "Mary", "LastName": "O'Major", "Email": "mary@example.com"},
        "PhoneConfig": {"PhoneType": "SOFT_PHONE", "AutoAccept": False, "AfterContactWorkTimeLimit": 60},
        "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
        "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012",
        "HierarchyGroupId": "c3d4e5f6-7890-12ab-cdef-345678901234",
        "Tags": {"team": "blue", "old key": "x", "cost": "$HOME `id` 100%"},
        "AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": False}],
    }
}
DESIREDS = [
    {
        "IdentityInfo": {"LastName": "O'Major-Smith", "Mobile": "+15555550100"},
        "PhoneConfig": {"AfterContactWorkTimeLimit": 0},
        "AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": True}, {"Channel": "CHAT", "AutoAccept": True}],
        "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "1c4a7b5f-2d3e-4f6a-9b0c-1d2e3f4a5b6c"],
        "RoutingProfileId": "b2c3d4e5-6789-01ab-cdef-234567890123",
        "HierarchyGroupId": "d4e5f6a7-8901-23ab-cdef-456789012345",
        "Tags": {"team": "green & <co>", "old key": None, "new\ttab": "été 😀", "cost": "!$(id)'\"\\"},
    },
    {"HierarchyGroupId": None, "Tags": None, "AutoAcceptConfigs": []},
]
SHELLS = ["bash", "dash", "zsh"]
# `aws` prints its argv as JSON, one document per command.
PRINT_ARGV = """aws() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "$@"; }\n"""


class Recorder:
    """The parameters the CLI hands botocore for any connect operation; nothing is sent."""

    def __init__(self):
        self.driver = create_clidriver()
        self.driver.session.register("before-parameter-build.connect", self.record)
        self.driver.session.register("before-call.connect", self.answer)
        self.params = None

    def record(self, params, **kwargs):
        self.params = json.loads(json.dumps(params))

    def answer(self, **kwargs):
        return aws_cli.FakeHttpResponse(), {"ResponseMetadata": {"HTTPStatusCode": 200}}

    def run(self, argv):
        self.params = None
        status = self.driver.main(list(argv))
        return status, self.params


def main(binary):
    recorder = Recorder()
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        current = Path(tmp, "current.json")
        current.write_text(json.dumps(CURRENT))
        for number, desired in enumerate(DESIREDS):
            desired_file = Path(tmp, f"desired-{number}.json")
            desired_file.write_text(json.dumps(desired))
            files = [str(current), str(desired_file)]
            plan = json.loads(subprocess.run([binary, "plan", "--format", "json", *files], check=True, capture_output=True, text=True).stdout)
            text = subprocess.run([binary, "plan", *files], check=True, capture_output=True, text=True).stdout
            commands = [line for line in text.splitlines() if line.startswith("aws connect ")]
            assert len(commands) == len(plan["calls"]), (commands, plan["calls"])
            for shell in SHELLS:
                script = PRINT_ARGV + "\n".join(commands) + "\n"
                printed = subprocess.run([shell, "-c", script], check=True, capture_output=True, text=True).stdout
                argvs = [json.loads(line) for line in printed.splitlines()]
                assert len(argvs) == len(plan["calls"]), (shell, printed)
                for argv, call in zip(argvs, plan["calls"]):
                    status, params = recorder.run(argv)
                    assert status == 0 and params == call["request"], (shell, call["operation"], status, params, call["request"])
                    checked += 1
    print(f"plan: {checked} commands sent exactly their planned requests through the AWS CLI ({', '.join(SHELLS)})")


if __name__ == "__main__":
    main(sys.argv[1])
