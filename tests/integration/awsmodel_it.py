"""Shared driver of the integration tests: awsmodel-generated requests sent with the AWS CLI to the
moto server of the CTest fixture, every response decoded strictly by the awsmodel command line.

A test script does

    it = Run("ebs_volume")                       # parses the command line CMake passes
    req = it.request("create-volume-gp3", it.run_id)   # built by awsmodel-integration-requests
    vol = it.call("CreateVolume", request=req)   # sent, response decoded strictly, checked lossless
    it.check("size", vol["Size"] == req["Size"], vol.get("Size"))
    sys.exit(it.finish())

Adding an operation is one OPERATIONS row (see docs/integration-tests.md).
"""
import argparse, base64, concurrent.futures, contextlib, io, itertools, json, os, re, shutil, subprocess, sys, tempfile, \
    threading, time, types
from dataclasses import dataclass


@dataclass(frozen=True)
class Operation:
    service: str                # the aws CLI's service: ec2, ecs
    command: str                # the aws CLI's command
    request_kind: str | None    # awsmodel kind of the --cli-input-json document (None: CLI arguments only)
    response_kind: str | None   # awsmodel kind that must decode the response strictly (None: no output)
    secret: bool = False        # the response holds a secret: never printed, its file deleted after decoding
    blobs: tuple = ()           # top-level request members of botocore type blob (base64 text in awsmodel)
    encoded_by_cli: tuple = ()  # top-level string members botocore base64-encodes itself (every CLI version)


# One row per operation the tests use: the botocore operation name, then how to send and decode it.
OPERATIONS = {
    "CreateVolume": Operation("ec2", "create-volume", "create-volume", "volume"),
    "DescribeVolumes": Operation("ec2", "describe-volumes", None, "describe-volumes-result"),
    "AttachVolume": Operation("ec2", "attach-volume", "attach-volume", "volume-attachment"),
    "CreateKeyPair": Operation("ec2", "create-key-pair", "create-key-pair", "key-pair", secret=True),
    "ImportKeyPair": Operation("ec2", "import-key-pair", "import-key-pair", "import-key-pair-result",
                               blobs=("PublicKeyMaterial",)),
    "DescribeKeyPairs": Operation("ec2", "describe-key-pairs", None, "describe-key-pairs-result"),
    "CreateCluster": Operation("ecs", "create-cluster", "cluster", "create-cluster-response"),
    "DescribeClusters": Operation("ecs", "describe-clusters", None, "describe-clusters-response"),
    # The AWS CLI decodes IAM's URL-encoded policy documents into objects itself, so its output is
    # not IAM's wire form: the responses are read as plain JSON (test_iam_roles.py reads the wire form).
    "CreateInstanceProfile": Operation("iam", "create-instance-profile", None, None),
    "CreateRole": Operation("iam", "create-role", "create-role", None),
    "PutRolePolicy": Operation("iam", "put-role-policy", "put-role-policy", None),
    "GetRolePolicy": Operation("iam", "get-role-policy", None, None),
    "RunInstances": Operation("ec2", "run-instances", "run-instances", "reservation", encoded_by_cli=("UserData",)),
    "DescribeInstances": Operation("ec2", "describe-instances", None, "describe-instances-result"),
    "DescribeInstanceAttribute": Operation("ec2", "describe-instance-attribute", None, None),
    "DescribeImages": Operation("ec2", "describe-images", None, None),
    # RegisterTaskDefinition answers {taskDefinition, tags}, the shape of DescribeTaskDefinition's response.
    "RegisterTaskDefinition": Operation("ecs", "register-task-definition", "task-definition", "describe-task-definition"),
    "DescribeTaskDefinition": Operation("ecs", "describe-task-definition", None, "describe-task-definition"),
    "ListTaskDefinitions": Operation("ecs", "list-task-definitions", None, "list-task-definitions-response"),
    "ListTaskDefinitionFamilies": Operation("ecs", "list-task-definition-families", None,
                                            "list-task-definition-families-response"),
    "RunTask": Operation("ecs", "run-task", "run-task", "run-task-response"),
    "DescribeTasks": Operation("ecs", "describe-tasks", None, "describe-tasks-response"),
    "ListTasks": Operation("ecs", "list-tasks", None, "list-tasks-response"),
    "StopTask": Operation("ecs", "stop-task", None, "stop-task-response"),
    "CreateService": Operation("ecs", "create-service", "create-service", "create-service-response"),
    "UpdateService": Operation("ecs", "update-service", "update-service", "update-service-response"),
    "DescribeServices": Operation("ecs", "describe-services", None, "describe-services-response"),
    "ListServices": Operation("ecs", "list-services", None, "list-services-response"),
    # The default VPC's subnets and security group for awsvpc tasks: no awsmodel shape, plain JSON.
    "DescribeSubnets": Operation("ec2", "describe-subnets", None, None),
    "DescribeSecurityGroups": Operation("ec2", "describe-security-groups", None, None),
}


@dataclass(frozen=True)
class MotoRepair:
    """A member moto writes in a form botocore's model does not have (a number where the shape
    says string), which awsmodel's strict decoder rightly refuses. awsmodel's one leniency,
    --lenient, forgives unknown members only, so the driver instead rewrites exactly this
    member into AWS's form, and only after the strict decode failed at these pointers and
    nowhere else; everything else of the response stays strictly decoded."""
    rule: str     # the finding the strict decoder reports there (COMMON-002: wrong JSON type)
    pointer: str  # a regular expression the finding's pointer must match in full
    aws: str      # what AWS sends instead, for the note
    fix: object   # the member's value -> AWS's form of it

REGION = "us-east-1"
SKIPPED = 77  # the exit code CTest's SKIP_RETURN_CODE reports as skipped


class Run:
    def __init__(self, name):
        p = argparse.ArgumentParser(description=f"awsmodel integration test {name}")
        p.add_argument("--state", required=True, help="the moto fixture's state directory (holds endpoint)")
        p.add_argument("--awsmodel", required=True, help="the awsmodel command line")
        p.add_argument("--requests", required=True, help="awsmodel-integration-requests")
        p.add_argument("--aws", required=True, help="the AWS CLI")
        p.add_argument("--aws-major", type=int, help="the AWS CLI's major version (asked when not given)")
        p.add_argument("--to-register", help="awsmodel-integration-to-register-request")
        p.add_argument("--corpus", help="the shared corpus of real documents (holds MANIFEST.tsv)")
        a = p.parse_args()
        self.name = name
        self.passed = 0
        self.failures = []
        self.notes = []
        self.notes_seen = set()
        self.started = time.monotonic()
        self._serial = itertools.count(1)
        self._repairs_noted = set()
        for tool in (a.awsmodel, a.requests):
            if not os.access(tool, os.X_OK):
                sys.exit(f"{name}: {tool} is not built; build the awsmodel-cli and "
                         "awsmodel-integration-requests targets first")
        self.awsmodel, self.requests, self.aws = a.awsmodel, a.requests, a.aws
        self.to_register, self.corpus = a.to_register, a.corpus
        self._in_process = None  # the AWS CLI driver run in this process, once fast_cli() enabled it
        try:
            with open(os.path.join(a.state, "endpoint")) as f:
                self.endpoint = f.read().strip()
        except OSError:
            sys.exit(f"{name}: no moto endpoint in {a.state}: the fixture awsmodel.integration.moto_start "
                     "did not run or failed (run the tests through ctest)")
        if not re.fullmatch(r"http://127\.0\.0\.1:\d+", self.endpoint):
            sys.exit(f"{name}: the endpoint {self.endpoint!r} is not on loopback; refusing to send requests")
        self.tmp = tempfile.mkdtemp(prefix=f"awsmodel-it-{name}-")
        # Unique per test run, so tests sharing the server find only their own resources.
        self.run_id = f"{name}-{os.getpid()}-{int(time.time())}"
        self.env = self._environment()
        self.cli_major = a.aws_major or self._cli_major()
        self.kinds = self._kinds()

    # ---- environment -------------------------------------------------------------------------

    def _environment(self):
        """Dummy credentials, no configuration or credential files, no pager: nothing of the
        machine's AWS setup reaches the CLI, and nothing can go to a real account."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        empty = os.path.join(self.tmp, "empty-config")
        open(empty, "w").close()
        env.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
                   AWS_DEFAULT_REGION=REGION, AWS_REGION=REGION, AWS_PAGER="", AWS_CONFIG_FILE=empty,
                   AWS_SHARED_CREDENTIALS_FILE=empty, AWS_EC2_METADATA_DISABLED="true", AWS_MAX_ATTEMPTS="1")
        return env

    def _cli_major(self):
        p = subprocess.run([self.aws, "--version"], capture_output=True, text=True, env=self.env, timeout=60)
        m = re.search(r"aws-cli/(\d+)\.", p.stdout + p.stderr)
        if not m:
            sys.exit(f"{self.name}: cannot tell the AWS CLI's version from {p.stdout + p.stderr!r}")
        return int(m.group(1))

    def _kinds(self):
        p = subprocess.run([self.awsmodel, "kinds", "--all"], capture_output=True, text=True, timeout=60)
        return {line.split("\t")[0] for line in p.stdout.splitlines()}

    def require_kinds(self, *operations):
        """Fails the test, naming what is missing, when the command line lacks a kind it needs."""
        needed = {k for op in operations for k in (OPERATIONS[op].request_kind, OPERATIONS[op].response_kind) if k}
        missing = sorted(needed - self.kinds)
        if missing:
            print(f"FAIL: the awsmodel command line has no kind {', '.join(missing)} "
                  "(built with an AWSMODEL_CLI_FILTER that leaves it out?)")
            sys.exit(1)

    # ---- checks ------------------------------------------------------------------------------

    def check(self, what, cond, detail=""):
        if cond:
            self.passed += 1
            print(f"ok: {what}")
        else:
            self.failures.append(what)
            print(f"FAIL: {what}: {detail}")
        return bool(cond)

    def moto_differs(self, text):
        """Records where moto departs from AWS's documented behaviour; the test follows AWS."""
        self.notes.append(text)
        print(f"note: moto differs from AWS: {text}")

    def moto_differs_once(self, text, example=""):
        """moto_differs for a departure many answers show: noted once, with the first `example`."""
        if text not in self.notes_seen:
            self.notes_seen.add(text)
            self.moto_differs(f"{text}{f' (e.g. {example})' if example else ''}")

    def fargate_cluster(self, cluster):
        """The cluster and two revisions of the builder's Fargate task definition, with the default
        VPC's subnets and security groups: what the task and service tests start from. Ends the
        test (finish) when any of it fails. Returns (task definition request, CreateCluster
        answer, both RegisterTaskDefinition answers, subnets, groups)."""
        td_req = self.request("task-definition-fargate", self.run_id)
        cl_req = self.request("create-cluster", cluster, self.run_id)
        if not td_req or not cl_req:
            sys.exit(self.finish())
        # About 0.05 s a call instead of a second, when the AWS CLI v1 can run in this process.
        self.fast_cli()
        created, first, second = self.call_many([
            {"operation": "CreateCluster", "request": cl_req},
            {"operation": "RegisterTaskDefinition", "request": td_req, "label": "RegisterTaskDefinition (revision 1)"},
            {"operation": "RegisterTaskDefinition", "request": td_req, "label": "RegisterTaskDefinition (revision 2)"},
        ])
        subnets, groups = self.default_vpc()
        if not (created and first and second and subnets):
            sys.exit(self.finish())
        return td_req, created, (first, second), subnets, groups

    def require_corpus(self):
        """The shared corpus (--corpus, ../shared/corpus beside the checkout). When it is absent the
        test exits 77, which CTest reports as skipped (SKIP_RETURN_CODE), saying so; with CI=true
        its absence fails the test instead, since CI must never skip the corpus tests."""
        where = os.path.normpath(os.path.abspath(self.corpus)) if self.corpus else "not given (--corpus)"
        if self.corpus and os.path.isdir(self.corpus):
            return self.corpus
        shutil.rmtree(self.tmp, ignore_errors=True)
        if os.environ.get("CI") == "true":
            print(f"FAIL: ../shared/corpus ({where}) is absent and CI=true: CI must run the corpus tests; "
                  "clone the repository beside shared/")
            sys.exit(1)
        print(f"skipped: ../shared/corpus ({where}) is absent; the corpus tests need it "
              "(CI=true makes its absence a failure)")
        sys.exit(SKIPPED)

    def finish(self):
        shutil.rmtree(self.tmp, ignore_errors=True)
        took = time.monotonic() - self.started
        print(f"{self.name}: {self.passed} checks passed, {len(self.failures)} failed, "
              f"{len(self.notes)} moto difference(s) noted, {took:.1f} s")
        for f in self.failures:
            print(f"  failed: {f}")
        return 1 if self.failures else 0

    # ---- requests ----------------------------------------------------------------------------

    def request(self, name, *args, expect_rules=None, label=None):
        """The request `name` built by awsmodel-integration-requests, as a dict. Without
        `expect_rules` it must have no finding; with {rule: pointer} those findings must be there."""
        p = subprocess.run([self.requests, name, *args], capture_output=True, text=True, timeout=60)
        name = label or name
        if expect_rules is None:
            self.check(f"{name}: awsmodel builds it with no finding", p.returncode == 0 and not p.stderr,
                       f"exit {p.returncode}: {p.stderr.strip()}")
        else:
            for rule, pointer in expect_rules.items():
                self.check(f"{name}: awsmodel reports {rule} at {pointer}",
                           p.returncode == 1 and any(l.startswith(f"{pointer}: {rule}: ") for l in p.stderr.splitlines()),
                           f"exit {p.returncode}: {p.stderr.strip()}")
        try:
            return json.loads(p.stdout)
        except ValueError:
            self.check(f"{name}: the request is JSON", False, p.stdout[:200])
            return None

    def findings(self, kind, request, context=()):
        """awsmodel validate --json KIND of a request, with the context options given (--task-definition
        FILE, --cluster FILE): the findings as (rule, pointer) pairs, or None when it does not run."""
        path = self._write(f"validate-{next(self._serial)}.json", json.dumps(request))
        p = subprocess.run([self.awsmodel, "validate", "--json", *context, kind, path], capture_output=True, text=True,
                           timeout=60)
        try:
            return [(d["rule"], d["pointer"]) for d in json.loads(p.stdout)]
        except ValueError:
            self.check(f"awsmodel validate --json {kind} runs", False, p.stderr.strip()[:300])
            return None

    # ---- the network of awsvpc tasks ---------------------------------------------------------

    def default_vpc(self, zones=("us-east-1a", "us-east-1b")):
        """The default VPC's subnets in `zones` (in that order) and its default security group, for
        awsvpc tasks and services. moto 5.2.1 fails an awsvpc RunTask with an internal error in a VPC
        without DNS hostnames (its network interface then lacks the private DNS name the task's
        attachment lists); the default VPC has them, as in AWS. Returns (subnets, groups), empty
        when the calls fail (they are checked)."""
        subnets, groups = self.call_many([
            {"operation": "DescribeSubnets", "label": "DescribeSubnets (the default VPC)",
             "args": ["--filters", "Name=default-for-az,Values=true", f"Name=availability-zone,Values={','.join(zones)}"]},
            {"operation": "DescribeSecurityGroups", "label": "DescribeSecurityGroups (the default VPC's default group)",
             "args": ["--group-names", "default"]},
        ])
        by_zone = {s["AvailabilityZone"]: s["SubnetId"] for s in (subnets or {}).get("Subnets", [])}
        found = [by_zone[z] for z in zones if z in by_zone]
        self.check(f"the default VPC has a subnet in each of {', '.join(zones)}", len(found) == len(zones), by_zone)
        vpcs = {s["VpcId"] for s in (subnets or {}).get("Subnets", [])}
        group = [g["GroupId"] for g in (groups or {}).get("SecurityGroups", []) if g.get("VpcId") in vpcs]
        self.check("the default VPC has its default security group", len(group) == 1, (groups or {}).get("SecurityGroups"))
        return (found, group) if len(found) == len(zones) and len(group) == 1 else ([], [])

    # ---- calls -------------------------------------------------------------------------------

    def _write(self, name, text):
        path = os.path.join(self.tmp, name)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        return path

    def write_file(self, name, text):
        """A file of this run (mode 0600, removed by finish()); returns its path."""
        return self._write(name, text)

    def _cli_input(self, op, request):
        """The --cli-input-json document. awsmodel holds blobs as base64 text (the wire form); the
        CLI v2 reads them so (--cli-binary-format base64), while v1 base64-encodes what it is given,
        so for v1 the blob is decoded first rather than sent encoded twice. botocore base64-encodes
        some string members itself (RunInstances' UserData, in every CLI version): those are
        decoded for every version."""
        doc = dict(request)
        decode = op.encoded_by_cli + (op.blobs if self.cli_major == 1 else ())
        for member in decode:
            if member in doc:
                doc[member] = base64.b64decode(doc[member], validate=True).decode()
        return json.dumps(doc)

    # ---- the AWS CLI in this process ---------------------------------------------------------

    def fast_cli(self):
        """Runs later CLI calls through the AWS CLI's own driver inside this process instead of
        starting `aws` for each (about a second each): for tests that send many documents. Only
        for the AWS CLI v1 whose Python package this interpreter imports, and only when it is the
        version of the `aws` under test. Returns whether it is on; calls then run one at a time."""
        if self._in_process is not None:
            return True
        if self.cli_major != 1:
            return False
        try:
            import awscli
            from awscli.clidriver import create_clidriver
        except ImportError:
            return False
        p = subprocess.run([self.aws, "--version"], capture_output=True, text=True, env=self.env, timeout=60)
        m = re.search(r"aws-cli/(\S+)", p.stdout + p.stderr)
        if not m or m.group(1) != awscli.__version__:
            return False
        # The driver reads the process environment: the same dummy setup as the subprocesses get,
        # plus the CLI's own data directory, which importing awscli had put in AWS_DATA_PATH.
        for k in [k for k in os.environ if k.startswith("AWS_")]:
            del os.environ[k]
        os.environ.update({k: v for k, v in self.env.items() if k.startswith("AWS_")})
        os.environ["AWS_DATA_PATH"] = os.path.join(os.path.dirname(awscli.__file__), "data")
        self._in_process = (create_clidriver(), threading.Lock())
        return True

    def _run_cli(self, cmd):
        """`aws ...` as a subprocess, or through the in-process driver (see fast_cli)."""
        if self._in_process is None:
            return subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=120)
        driver, lock = self._in_process
        out, err = io.StringIO(), io.StringIO()
        with lock, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = driver.main(cmd[1:])
        return types.SimpleNamespace(returncode=rc, stdout=out.getvalue(), stderr=err.getvalue())

    # ---- sending and decoding ----------------------------------------------------------------

    def _send(self, operation, request, args, expect_error, checked=False, decode=True, context=(), repairs=()):
        """Runs the CLI and the decoder; no checks, so that calls can run side by side. `checked`:
        the request has passed awsmodel validate already (a batch checks all of them at once).
        Without `decode`, the response is only written to a file, for _decode_batch. `context`:
        options of awsmodel validate for the request (--task-definition FILE, --cluster FILE), so
        that the rules reading those documents run before the request is sent. `repairs`: the
        MotoRepair rows the response may need (see _decode)."""
        op = OPERATIONS[operation]
        out = {"op": op, "validate": None, "cli": None, "fmt": None, "rules": None, "took": 0.0, "response": None,
               "context": tuple(context), "repairs": tuple(repairs), "repaired": []}
        n = next(self._serial)  # file names unique across concurrent calls
        cmd = [self.aws, op.service, op.command]
        if request is not None:
            if not expect_error and not checked:
                req_path = self._write(f"{operation}-{n}-request.json", json.dumps(request))
                out["validate"] = subprocess.run([self.awsmodel, "validate", *context, op.request_kind, req_path],
                                                 capture_output=True, text=True, timeout=60)
            cli_path = self._write(f"{operation}-{n}-cli-input.json", self._cli_input(op, request))
            cmd += ["--cli-input-json", f"file://{cli_path}"]
        cmd += [*args, "--endpoint-url", self.endpoint, "--region", REGION, "--output", "json"]
        if self.cli_major >= 2:
            cmd += ["--cli-binary-format", "base64", "--no-cli-pager"]
        began = time.monotonic()
        out["cli"] = self._run_cli(cmd)
        out["took"] = time.monotonic() - began
        if out["cli"].returncode == 0 and op.response_kind is not None:
            out["response"] = self._write(f"{operation}-{n}-response.json", out["cli"].stdout)
            if decode:
                self._decode(out)
        return out

    def _repair(self, out):
        """With MotoRepair rows: decodes strictly first; when that fails only at members the rows
        name, with the rule they name, those members are rewritten into AWS's form (into a second
        file, which the checks then read). Any other finding leaves the response as it is, so
        the strict decode fails the test as usual."""
        op, path = out["op"], out["response"]
        if not out["repairs"]:
            return
        first = subprocess.run([self.awsmodel, "fmt", op.response_kind, path], capture_output=True, text=True,
                               timeout=60)
        if first.returncode == 0:
            return
        found = []
        for line in first.stderr.splitlines():
            m = re.match(re.escape(path) + r":(\S*): (\S+): ", line)
            row = m and next((r for r in out["repairs"] if r.rule == m.group(2) and re.fullmatch(r.pointer, m.group(1))),
                             None)
            if not row:
                return
            found.append((m.group(1), row))
        with open(path) as f:
            doc = json.load(f)
        for pointer, row in found:
            *parents, last = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
            node = doc
            for p in parents:
                node = node[int(p)] if isinstance(node, list) else node[p]
            key = int(last) if isinstance(node, list) else last
            node[key] = row.fix(node[key])
        out["repaired"] = found
        out["response"] = self._write(os.path.basename(path).replace(".json", "-as-aws.json"), json.dumps(doc))

    def _decode(self, out):
        self._repair(out)
        op, resp_path = out["op"], out["response"]
        try:
            out["fmt"] = subprocess.run([self.awsmodel, "fmt", op.response_kind, resp_path],
                                        capture_output=True, text=True, timeout=60)
            out["rules"] = subprocess.run([self.awsmodel, "validate", "--json", op.response_kind, resp_path],
                                          capture_output=True, text=True, timeout=60)
        finally:
            if op.secret:
                os.remove(resp_path)

    def _decode_batch(self, outs):
        """_decode for many responses of one kind: fmt for each (it takes one file), the rules in
        one awsmodel validate --json run, whose findings are handed to each call."""
        outs = [o for o in outs if o["response"]]
        for o in outs:
            self._repair(o)
        for o in outs:
            if o["op"].secret:
                self._decode(o)
        outs = [o for o in outs if not o["op"].secret]
        if not outs:
            return
        kind = outs[0]["op"].response_kind
        paths = [o["response"] for o in outs]
        rules = subprocess.run([self.awsmodel, "validate", "--json", kind, *paths], capture_output=True, text=True,
                               timeout=300)
        try:
            findings = json.loads(rules.stdout)
        except ValueError:
            findings = None
        for o in outs:
            o["fmt"] = subprocess.run([self.awsmodel, "fmt", kind, o["response"]], capture_output=True, text=True,
                                      timeout=60)
            mine = rules.stdout if findings is None else json.dumps([d for d in findings if d["file"] == o["response"]])
            o["rules"] = types.SimpleNamespace(returncode=rules.returncode, stdout=mine, stderr=rules.stderr)

    def _judge(self, label, sent, expect_error, moto_findings=()):
        op, v, p, f = sent["op"], sent["validate"], sent["cli"], sent["fmt"]
        if v is not None:
            given = " ".join(o for o in sent["context"] if o.startswith("--"))
            self.check(f"{label}: awsmodel validate {op.request_kind}{' ' + given if given else ''} accepts the request",
                       v.returncode == 0 and not v.stderr, v.stderr.strip())
        if p.returncode != 0:
            if expect_error:
                return {"Error": p.stderr.strip()}
            self.check(f"{label}: the AWS CLI and moto accept it", False, f"exit {p.returncode}: {p.stderr.strip()[:500]}")
            return None
        self.check(f"{label}: the AWS CLI and moto accept it ({sent['took']:.1f} s)", True)
        if op.response_kind is None:
            # Not an awsmodel shape (IAM, DescribeInstanceAttribute): plain JSON for the test to read.
            return json.loads(p.stdout) if p.stdout.strip() else {}
        if f is None:
            return {}
        # Findings name members and rules, never a secret's value; the canonical output of a secret
        # response is not shown.
        ok = self.check(f"{label}: awsmodel fmt {op.response_kind} decodes the response strictly",
                        f.returncode == 0 and not f.stderr, f"exit {f.returncode}: {f.stderr.strip()[:800]}")
        response = json.loads(p.stdout)
        if sent["repaired"]:
            # The strict decode failed only where moto is wrong; the checks read AWS's form.
            for rule, aws in sorted({(row.rule, row.aws) for _, row in sent["repaired"]}):
                at = [ptr for ptr, row in sent["repaired"] if (row.rule, row.aws) == (rule, aws)]
                where = f"{', '.join(at[:3])}{' and %d more' % (len(at) - 3) if len(at) > 3 else ''}"
                # Noted once per kind of repair; later responses that needed it say so in a line.
                if (rule, aws) in self._repairs_noted:
                    print(f"repaired: {label}: {rule} at {where}")
                    continue
                self._repairs_noted.add((rule, aws))
                self.moto_differs(f"{label}: awsmodel's strict decoder reports {rule} at {where}: {aws}; "
                                  "decoded with those members rewritten into AWS's form (and so later responses)")
            with open(sent["response"]) as fh:
                response = json.load(fh)
        if ok:
            self.check(f"{label}: re-encoding the decoded {op.response_kind} loses nothing",
                       json.loads(f.stdout) == response, "the canonical output differs" if op.secret else f.stdout[:500])
        self._judge_rules(label, op, sent["rules"], moto_findings)
        return response

    def _judge_rules(self, label, op, r, moto_findings):
        """awsmodel's rules on the response: none may fire, except the findings a test lists as
        moto's departures from AWS, as (rule, pointer regex, what AWS does), which become notes."""
        try:
            findings = json.loads(r.stdout)
        except ValueError:
            self.check(f"{label}: awsmodel validate --json {op.response_kind} runs", False, r.stderr.strip()[:300])
            return
        unexplained = []
        for d in findings:
            known = next((m for m in moto_findings if m[0] == d["rule"] and re.fullmatch(m[1], d["pointer"])), None)
            if known:
                # Rule messages never quote a secret (awsmodel's secret types), so they may be shown.
                self.moto_differs(f"{label}: awsmodel reports {d['rule']} at {d['pointer']}: {known[2]}")
            else:
                unexplained.append(f"{d['pointer']}: {d['rule']}: {d['message']}")
        self.check(f"{label}: the response satisfies awsmodel's rules for {op.response_kind}"
                   + (" apart from moto's noted departures" if len(unexplained) < len(findings) else ""),
                   not unexplained, "; ".join(unexplained)[:800])

    def call(self, operation, request=None, args=(), expect_error=False, label=None, moto_findings=(), context=(),
             moto_repairs=()):
        """Sends one operation and decodes its response with awsmodel, strictly.

        Returns the response as a dict, or None when the call failed. With `expect_error`, a
        rejection is not a failure: it returns {"Error": stderr} instead (and the request is not
        required to pass awsmodel validate). `moto_findings` lists rule findings on the response
        that are moto's departures from AWS (see _judge_rules). `context` holds options of awsmodel
        validate for the request (--task-definition FILE, --cluster FILE); `moto_repairs` the
        MotoRepair rows the response may need."""
        sent = self._send(operation, request, args, expect_error, context=context, repairs=moto_repairs)
        return self._judge(label or operation, sent, expect_error, moto_findings)

    def call_many(self, calls):
        """Independent calls side by side (each CLI start-up costs about a second); results in order.
        `calls` holds dicts of call()'s arguments."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(len(calls), os.cpu_count() or 1, 4))) as pool:
            futures = [pool.submit(self._send, c["operation"], c.get("request"), c.get("args", ()),
                                   c.get("expect_error", False), context=c.get("context", ()),
                                   repairs=c.get("moto_repairs", ())) for c in calls]
            sent = [fu.result() for fu in futures]
        return [self._judge(c.get("label") or c["operation"], s, c.get("expect_error", False),
                            c.get("moto_findings", ())) for c, s in zip(calls, sent)]

    def call_batch(self, calls):
        """Many calls at once, for documents by the hundred: one at a time through the in-process
        CLI when fast_cli() is on (else side by side, as call_many), then each response kind
        checked in one awsmodel validate run. A call may say `checked=True` when its request has
        passed awsmodel validate already. Results in order, as call() returns them."""
        def send(c):
            return self._send(c["operation"], c.get("request"), c.get("args", ()), c.get("expect_error", False),
                              checked=c.get("checked", False), decode=False, context=c.get("context", ()),
                              repairs=c.get("moto_repairs", ()))
        if self._in_process is not None:
            sent = [send(c) for c in calls]
        else:
            with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(len(calls), os.cpu_count() or 1, 4))) as pool:
                sent = list(pool.map(send, calls))
        for kind in {s["op"].response_kind for s in sent if s["op"].response_kind}:
            self._decode_batch([s for s in sent if s["op"].response_kind == kind])
        return [self._judge(c.get("label") or c["operation"], s, c.get("expect_error", False),
                            c.get("moto_findings", ())) for c, s in zip(calls, sent)]
