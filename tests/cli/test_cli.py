#!/usr/bin/env python3
"""The awsmodel command line's contract: kinds, fmt, validate, exit codes and --json."""
import json, os, subprocess, sys, tempfile

cli, docs, data = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []
passed = 0


def run(*args, stdin=None):
    return subprocess.run([cli, *args], capture_output=True, text=True, input=stdin, timeout=60)


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


# kinds: KIND<TAB>SERVICE<TAB>SHAPE, sorted; without --all ECS's and EC2's only (conformance.py's contract)
p = run("kinds")
rows = [l.split("\t") for l in p.stdout.splitlines()]
check("kinds exit", p.returncode == 0, p.stderr)
check("kinds shape", rows and all(len(r) == 3 and r[1] in ("ec2", "ecs") for r in rows), p.stdout[:200])
check("kinds sorted", [r[0] for r in rows] == sorted(r[0] for r in rows))
check("kinds has create-volume", ["create-volume", "ec2", "CreateVolumeRequest"] in rows)
p = run("kinds", "--all")
all_rows = [l.split("\t") for l in p.stdout.splitlines()]
check("kinds --all exit", p.returncode == 0, p.stderr)
check("kinds --all adds the other services", set(map(tuple, rows)) < set(map(tuple, all_rows)) and
      ["iam-policy", "iam", "policyDocumentType"] in all_rows, p.stdout[:200])
check("kinds --all sorted", [r[0] for r in all_rows] == sorted(r[0] for r in all_rows))
check("kinds --all has the agent's documents", ["ecs-config", "ecs-agent", "EcsConfig"] in all_rows
      and all(len(r) == 3 and r[1] for r in all_rows), p.stdout[-300:])

# fmt: canonical output equals the input's content
good = os.path.join(docs, "create-volume.json")
p = run("fmt", "create-volume", good)
check("fmt exit", p.returncode == 0, p.stderr)
check("fmt lossless", json.loads(p.stdout) == json.load(open(good)), p.stdout[:200])
p = run("fmt", "create-volume", "-", stdin=open(good).read())
check("fmt stdin", p.returncode == 0 and json.loads(p.stdout) == json.load(open(good)), p.stderr)

# fmt rejects structural errors with pointer and rule on stderr, exit 1
p = run("fmt", "create-volume", "-", stdin='{"AvailabilityZone": "a", "Size": "100", "Colour": 1}')
check("fmt reject exit", p.returncode == 1, p.returncode)
check("fmt reject type", "-:/Size: COMMON-002:" in p.stderr, p.stderr)
check("fmt reject unknown", "-:/Colour: COMMON-001:" in p.stderr, p.stderr)
p = run("fmt", "create-volume", "-", stdin='{"Size": 1,')
check("fmt syntax", p.returncode == 1 and "AWSMODEL-SYNTAX" in p.stderr, p.stderr)

# fmt --lenient drops unknown members
p = run("fmt", "--lenient", "create-volume", "-", stdin='{"Size": 1, "Colour": 1}')
check("fmt lenient", p.returncode == 0 and json.loads(p.stdout) == {"Size": 1}, p.stdout + p.stderr)

# validate: clean file exits 0 and prints nothing
p = run("validate", "create-volume", good)
check("validate clean", p.returncode == 0 and p.stderr == "" and p.stdout == "", p.stderr)

# validate: every finding, FILE:POINTER: RULE: message
bad = os.path.join(docs, "create-volume-mistakes.json")
p = run("validate", "create-volume", good, bad)
check("validate exit", p.returncode == 1, p.returncode)
lines = p.stderr.splitlines()
for rule, ptr in [("EBS-CV-008", "/Iops"), ("EBS-CV-010", "/Throughput"), ("EBS-CV-011", "/MultiAttachEnabled"),
                  ("EBS-CV-012", "/KmsKeyId"), ("EBS-CV-015", "/TagSpecifications/0/ResourceType"),
                  ("COMMON-005", "/TagSpecifications/0/Tags/0/Key")]:
    check(f"validate {rule}", any(l.startswith(f"{bad}:{ptr}: {rule}: ") for l in lines), p.stderr)
check("validate names only the bad file", all(l.startswith(bad) for l in lines), p.stderr)

# validate --json: an array of {file, pointer, rule, severity, message}
p = run("validate", "--json", "create-volume", bad)
arr = json.loads(p.stdout)
check("json exit", p.returncode == 1)
check("json fields", arr and all(set(o) == {"file", "pointer", "rule", "severity", "message"} for o in arr), p.stdout[:300])
check("json rules", {"EBS-CV-008", "EBS-CV-011"} <= {o["rule"] for o in arr})

# schema: the JSON Schema of one kind, indented; --all writes DIR/KIND.schema.json for every kind
p = run("schema", "create-volume")
check("schema exit", p.returncode == 0, p.stderr)
schema = json.loads(p.stdout) if p.returncode == 0 else {}
check("schema dialect", schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema", p.stdout[:200])
check("schema ref", schema.get("$ref") == "#/$defs/ec2.create_volume_request", p.stdout[:200])
check("schema indented", p.stdout.startswith('{\n  "$schema": '), p.stdout[:40])
check("schema stable", run("schema", "create-volume").stdout == p.stdout)
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "schemas")
    p = run("schema", "--all", out)
    check("schema --all exit", p.returncode == 0, p.stderr)
    written = sorted(os.listdir(out)) if os.path.isdir(out) else []
    check("schema --all files", written == sorted(r[0] + ".schema.json" for r in all_rows), written[:5])
    if "create-volume.schema.json" in written:
        check("schema --all same text", open(os.path.join(out, "create-volume.schema.json")).read() == run("schema", "create-volume").stdout)

# usage errors exit 2
for args in (["frobnicate"], ["fmt", "no-such-kind", good], ["validate", "create-volume"], ["validate", "--bogus", "create-volume", good], [],
             ["schema"], ["schema", "no-such-kind"], ["schema", "--all"], ["validate", "--all", "create-volume", good]):
    p = run(*args)
    check(f"usage {args}", p.returncode == 2 and "usage:" in p.stderr, (p.returncode, p.stderr[:100]))

# unreadable file: a finding, exit 1
p = run("validate", "create-volume", "/nonexistent/file.json")
check("unreadable", p.returncode == 1 and "/nonexistent/file.json" in p.stderr, p.stderr)

# validate --context KIND=FILE: documents the rules consult; without them those rules are skipped
with tempfile.TemporaryDirectory() as tmp:
    def write(name, doc):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            json.dump(doc, f)
        return path
    req = write("attach.json", {"Device": "/dev/sdf", "InstanceId": "i-0123456789abcdef0",
                                "VolumeId": "vol-0123456789abcdef0"})
    vol = write("volumes.json", {"Volumes": [{"VolumeId": "vol-0123456789abcdef0", "State": "available",
                                              "AvailabilityZone": "us-east-1a"}]})
    inst = write("instance.json", {"InstanceId": "i-0123456789abcdef0", "State": {"Name": "running"},
                                   "Placement": {"AvailabilityZone": "us-east-1b"}})
    p = run("validate", "attach-volume", req)
    check("validate without context", p.returncode == 0 and p.stderr == "", p.stderr)
    p = run("validate", "--context", f"describe-volumes-result={vol}", "--context", f"instance={inst}",
            "attach-volume", req)
    check("validate with context exit", p.returncode == 1, p.returncode)
    check("validate with context finds the zones apart", f"{req}:/InstanceId: EBS-AV-004:" in p.stderr, p.stderr)
    p = run("validate", "--context", f"nonsense={inst}", "attach-volume", req)
    check("validate --context unknown kind exit 2", p.returncode == 2, p.returncode)
    bad = write("bad.json", {"InstanceId": 7})
    p = run("validate", "--context", f"instance={bad}", "attach-volume", req)
    check("validate --context undecodable exit 1", p.returncode == 1 and f"{bad}:/InstanceId: COMMON-002" in p.stderr,
          p.stderr)

# validate run-task --task-definition FILE / --cluster FILE: any kind of task definition or cluster
with tempfile.TemporaryDirectory() as tmp:
    def write(name, doc):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            json.dump(doc, f)
        return path
    run_req = write("run.json", {"taskDefinition": "web:3", "launchType": "FARGATE"})
    awsvpc_td = {"family": "web", "revision": 3, "networkMode": "awsvpc",
                 "containerDefinitions": [{"name": "web", "image": "nginx"}]}
    p = run("validate", "run-task", run_req)
    check("run-task without a task definition", p.returncode == 0 and p.stderr == "", p.stderr)
    for name, doc in [("description", awsvpc_td), ("describe", {"taskDefinition": awsvpc_td}),
                      ("register", {k: v for k, v in awsvpc_td.items() if k != "revision"} | {"tags": [{"key": "a"}]})]:
        td = write(f"td-{name}.json", doc)
        p = run("validate", "--task-definition", td, "run-task", run_req)
        check(f"--task-definition ({name}) reports ECS-RT-009",
              p.returncode == 1 and f"{run_req}:/networkConfiguration: ECS-RT-009:" in p.stderr and "networkMode is awsvpc" in p.stderr, p.stderr)
    p = run("validate", "--context", f"task-definition-description={write('td.json', awsvpc_td)}", "run-task", run_req)
    check("--context task-definition-description reports ECS-RT-009", f"{run_req}:/networkConfiguration: ECS-RT-009:" in p.stderr, p.stderr)
    bad_td = write("bad-td.json", {"family": 7})
    p = run("validate", "--task-definition", bad_td, "run-task", run_req)
    check("--task-definition undecodable exit 1", p.returncode == 1 and bad_td in p.stderr, p.stderr)
    strategy_req = write("strategy.json", {"taskDefinition": "web:3", "cluster": "prod",
                                           "capacityProviderStrategy": [{"capacityProvider": "cp-a", "weight": 1}]})
    cl = write("clusters.json", {"clusters": [{"clusterName": "prod", "capacityProviders": ["cp-b"]}]})
    p = run("validate", "--cluster", cl, "run-task", strategy_req)
    check("--cluster (describe-clusters-response) reports ECS-RT-026",
          p.returncode == 1 and f"{strategy_req}:/capacityProviderStrategy/0/capacityProvider: ECS-RT-026:" in p.stderr, p.stderr)

    # The same flags give a service its task definition: a load balancer's container must be one of it.
    service_req = write("service.json", {
        "serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2, "launchType": "FARGATE",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
        "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                           "containerName": "app", "containerPort": 80}]})
    p = run("validate", "create-service", service_req)
    check("create-service without a task definition", p.returncode == 0 and p.stderr == "", p.stderr)
    p = run("validate", "--task-definition", write("td-web.json", awsvpc_td), "create-service", service_req)
    check("create-service --task-definition reports ECS-SV-062",
          p.returncode == 1 and f"{service_req}:/loadBalancers/0/containerName: ECS-SV-062:" in p.stderr, p.stderr)

    # --service gives update-service the current service (a description or a DescribeServices
    # response): a CODE_DEPLOY service takes its new task definition from CodeDeploy.
    update_req = write("update.json", {"service": "web", "taskDefinition": "web:4"})
    p = run("validate", "update-service", update_req)
    check("update-service without the current service", p.returncode == 0 and p.stderr == "", p.stderr)
    current = {"serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/default/web",
               "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/default", "status": "ACTIVE",
               "deploymentController": {"type": "CODE_DEPLOY"}}
    td_web4 = write("td-web-4.json", {**awsvpc_td, "revision": 4})
    for name, doc in [("service", current), ("describe-services-response", {"services": [current], "failures": []})]:
        p = run("validate", "update-service", update_req, "--task-definition", td_web4, "--service", write(f"current-{name}.json", doc))
        check(f"update-service --service ({name}) reports ECS-SV-029",
              p.returncode == 1 and f"{update_req}:/taskDefinition: ECS-SV-029:" in p.stderr and "CODE_DEPLOY" in p.stderr, p.stderr)
    p = run("validate", "--service", write("current-ecs.json", {**current, "deploymentController": {"type": "ECS"}}),
            "update-service", update_req)
    check("update-service --service of an ECS-controller service", p.returncode == 0 and p.stderr == "", p.stderr)
    p = run("validate", "--service", bad_td, "update-service", update_req)
    check("--service undecodable exit 1", p.returncode == 1 and bad_td in p.stderr, p.stderr)

# IAM: --policy-kind says what an iam-policy document is; the role policy options check a task
# definition's needs against the policies, each missing permission at the member that needs it.
with tempfile.TemporaryDirectory() as tmp:
    def write_iam(name, doc):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            json.dump(doc, f)
        return path
    trust = write_iam("trust.json", {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
                      "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}})
    p = run("validate", "--policy-kind", "trust", "iam-policy", trust)
    check("iam-policy --policy-kind trust: clean", p.returncode == 0 and p.stderr == "", p.stderr)
    p = run("validate", "--policy-kind", "identity", "iam-policy", trust)
    check("iam-policy --policy-kind identity: IAM-016 and IAM-008",
          p.returncode == 1 and f"{trust}:/Statement/Principal: IAM-016:" in p.stderr and "IAM-008" in p.stderr, p.stderr)
    p = run("validate", "--policy-kind", "both", "iam-policy", trust)
    check("--policy-kind unknown: usage error", p.returncode == 2, p.returncode)
    td = os.path.join(docs, "task-definition-fargate-firelens.json")
    roles = json.loads(run("iam", "roles", "--account", "123456789012", "--region", "eu-west-1", td).stdout)
    full = write_iam("execution.json", roles["executionRolePolicy"])
    p = run("validate", "task-definition", td, "--execution-role-policy", full)
    check("--execution-role-policy: the derived policy grants every need", p.returncode == 0 and "IAM-030" not in p.stderr, p.stderr)
    narrow = dict(roles["executionRolePolicy"])
    narrow["Statement"] = [s for s in narrow["Statement"] if s["Sid"] != "Secrets"]
    p = run("validate", "task-definition", td, "--execution-role-policy", write_iam("narrow.json", narrow))
    check("--execution-role-policy: a missing secret permission at its valueFrom",
          p.returncode == 1 and f"{td}:/containerDefinitions/1/secrets/0/valueFrom: IAM-030:" in p.stderr
          and "secretsmanager:GetSecretValue" in p.stderr, p.stderr)
    p = run("validate", "task-definition", td, "--enable-execute-command", "--task-role-policy", write_iam("task.json", roles["taskRolePolicy"]))
    check("--enable-execute-command: ECS Exec's ssmmessages actions on the task role",
          p.returncode == 1 and "IAM-031" in p.stderr and "ssmmessages:CreateControlChannel" in p.stderr, p.stderr)

for f in failures:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
