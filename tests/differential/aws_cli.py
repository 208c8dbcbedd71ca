"""The real AWS CLI v1 (awscli 1.46.3), driven in-process with no network.

A botocore `before-call` handler records the request the CLI would send and answers with a fake
response, so nothing leaves the machine and no credentials are needed.
"""

import contextlib
import copy
import io
import json
import os
import re
import sys
import urllib.parse

os.environ.update(
    AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
    AWS_SECRET_ACCESS_KEY="secret",
    AWS_DEFAULT_REGION="us-west-2",
    AWS_CONFIG_FILE=os.devnull,
    AWS_SHARED_CREDENTIALS_FILE=os.devnull,
    AWS_EC2_METADATA_DISABLED="true",
)

from awscli.clidriver import create_clidriver  # noqa: E402  (the environment must be set first)


class FakeHttpResponse:
    status_code = 200
    headers = {}
    content = b"{}"
    text = "{}"
    raw = None


class AwsCli:
    """A CLI driver, reused: each `run` returns (exit status, captured request or None, stderr);
    `last_stdout` keeps what the command printed, and `last_params` the parameters the CLI passed
    to botocore (None if it got no further than its own argument processing), recorded before
    botocore validates them."""

    # Every run registers the CLI's parameter-file handler on the session once more, so runs slow
    # down as they accumulate; a fresh driver every so often keeps them fast.
    RUNS_PER_DRIVER = 50

    def __init__(self):
        self._runs = 0
        self._captured = None
        self._new_driver()

    # The operations whose requests are captured: CreateUser and the user's update and tagging ones.
    OPERATIONS = (
        "CreateUser",
        "UpdateUserIdentityInfo",
        "UpdateUserPhoneConfig",
        "UpdateUserConfig",
        "UpdateUserSecurityProfiles",
        "UpdateUserRoutingProfile",
        "UpdateUserHierarchy",
        "TagResource",
        "UntagResource",
    )

    def _new_driver(self):
        self._driver = create_clidriver()
        for operation in self.OPERATIONS:
            self._driver.session.register(f"before-call.connect.{operation}", self._capture)
            self._driver.session.register(f"before-parameter-build.connect.{operation}", self._record_params)
        self._reuse_clients()

    def _reuse_clients(self):
        """Creating the botocore client is two thirds of each run; every run asks for the same one."""
        session = self._driver.session
        create_client = session.create_client
        clients = {}

        def cached_client(*args, **kwargs):
            key = repr((args, sorted(kwargs.items(), key=lambda item: item[0])))
            if key not in clients:
                clients[key] = create_client(*args, **kwargs)
            return clients[key]

        session.create_client = cached_client

    def _record_params(self, params, **kwargs):
        # deepcopy takes two frames a level, so it fails on values the CLI itself reads (JSON ~980
        # levels deep); the higher limit is for the copy only, not for what the CLI does.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(limit + 2000)
        try:
            self.last_params = copy.deepcopy(params)
        finally:
            sys.setrecursionlimit(limit)

    def _capture(self, params, model, **kwargs):
        """The request as sent, read back from the serialized parts: the JSON body, the members in
        the URI (by the operation's requestUri template) and those in the query string."""
        body = params["body"]
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        request = json.loads(body) if body else {}
        labels = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]*)", re.escape(model.http["requestUri"]))
        in_uri = re.fullmatch(labels, params["url_path"].split("?", 1)[0])
        for name, member in model.input_shape.members.items():
            location, wire_name = member.serialization.get("location"), member.serialization.get("name", name)
            if location == "uri" and in_uri:
                request[name] = urllib.parse.unquote(in_uri[wire_name])
            elif location == "querystring" and wire_name in params["query_string"]:
                request[name] = params["query_string"][wire_name]
        self._captured = request
        response = {"UserId": "u", "UserArn": "arn", "ResponseMetadata": {"HTTPStatusCode": 200}}
        return FakeHttpResponse(), response

    def run(self, argv):
        self._runs += 1
        if self._runs % self.RUNS_PER_DRIVER == 0:
            self._new_driver()
        self._captured = None
        self.last_params = None
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                status = self._driver.main(list(argv))
            except SystemExit as exit_:
                status = exit_.code
        self.last_stdout = stdout.getvalue()
        return status, self._captured, stderr.getvalue()
