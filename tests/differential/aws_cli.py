"""The real AWS CLI v1 (awscli 1.46.3), driven in-process with no network.

A botocore `before-call` handler records the request the CLI would send and answers with a fake
response, so nothing leaves the machine and no credentials are needed.
"""

import contextlib
import copy
import io
import json
import os
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

    def _new_driver(self):
        self._driver = create_clidriver()
        self._driver.session.register("before-call.connect.CreateUser", self._capture)
        self._driver.session.register("before-parameter-build.connect.CreateUser", self._record_params)
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

    def _capture(self, params, **kwargs):
        instance_id = urllib.parse.unquote(params["url_path"].split("/users/", 1)[1])
        body = params["body"]
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        request = json.loads(body) if body else {}
        request["InstanceId"] = instance_id
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
