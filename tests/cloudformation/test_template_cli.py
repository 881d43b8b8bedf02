#!/usr/bin/env python3
"""`awsmodel validate cloudformation-template`, `awsmodel fmt cloudformation-template` and `awsmodel
cfn --reencode` on the hand-written templates of tests/cloudformation/templates: each finding's
line, exit codes, --json, --verbose.

  test_template_cli.py CLI TEMPLATES_DIR
"""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

cli, folder = sys.argv[1], sys.argv[2]


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True)


def path(name):
    return os.path.join(folder, name)


# Each template's one finding, exactly as printed: FILE:LINE:COLUMN: POINTER: RULE: message.
expected = {
    "web-service.yaml": ":19:18: /Resources/WebTask/Properties/ContainerDefinitions/0/Image: ECS-TD-063: ",
    "unknown-property.json": ":6:23: /Resources/Cluster/Properties/ClusterNam: COMMON-001: ",
    "duplicate-key.yaml": ":6:7: /Resources/Web/Properties/ClusterName: AWSMODEL-DUPLICATE: ",
    "no-type.yaml": ":3:5: /Resources/Web: CFN-TPL-002: the resource has no Type",
    "properties-sequence.yaml": ":4:17: /Resources/Web/Properties: CFN-TPL-003: ",
    "alias-recursion.yaml": ":5:14: /Resources/Web/Properties/Tags/0: AWSMODEL-SYNTAX: YAML: the alias *web is inside",
    "syntax.yaml": ":6:1: /: AWSMODEL-SYNTAX: YAML syntax: ",
}
for name, line in expected.items():
    r = run("validate", "cloudformation-template", path(name))
    lines = r.stderr.splitlines()
    check(f"{name}: exit status 1", r.returncode == 1, r.returncode)
    check(f"{name}: one finding", len(lines) == 1, r.stderr)
    check(f"{name}: the finding", bool(lines) and lines[0].startswith(path(name) + line), r.stderr)

r = run("validate", "cloudformation-template", path("clean.json"))
check("a clean template: status 0, nothing printed", r.returncode == 0 and r.stderr == "" and r.stdout == "",
      r.stderr + r.stdout)

# --json: the same findings with line and column; several files in one run.
r = run("validate", "--json", "cloudformation-template", path("web-service.yaml"), path("clean.json"), path("no-type.yaml"))
found = json.loads(r.stdout)
check("--json: status 1", r.returncode == 1)
check("--json: two findings", len(found) == 2, found)
check("--json: line and column", found[:1] and found[0]["line"] == 19 and found[0]["column"] == 18 and
      found[0]["rule"] == "ECS-TD-063" and found[0]["severity"] == "error", found)

# --verbose says once per template what it leaves alone, SAM resources apart.
r = run("validate", "--verbose", "cloudformation-template", path("web-service.yaml"))
notes = [l for l in r.stderr.splitlines() if "left alone" in l]
check("--verbose: SAM resources named once",
      sum("SAM resources are not modelled" in l and "AWS::Serverless::Function" in l for l in notes) == 1, r.stderr)
check("--verbose: other types named once",
      sum("AWS::IAM::Role" in l for l in notes) == 1 and not any("AWS::ECS::Cluster" in l for l in notes), r.stderr)
r = run("validate", "cloudformation-template", path("web-service.yaml"))
check("without --verbose: no note", "left alone" not in r.stderr, r.stderr)

# fmt: the JSON CloudFormation reads, short forms as long forms.
r = run("fmt", "cloudformation-template", path("web-service.yaml"))
doc = json.loads(r.stdout) if r.returncode == 0 else {}
check("fmt: the long form of !Sub",
      doc.get("Resources", {}).get("WebTask", {}).get("Properties", {}).get("ContainerDefinitions", [{}, {}])[1].get("Image")
      == {"Fn::Sub": "${Repository}:1.27"}, r.stdout[:300] + r.stderr)
check("fmt: the unquoted version date is its text", doc.get("AWSTemplateFormatVersion") == "2010-09-09", doc)
r = run("fmt", "cloudformation-template", path("syntax.yaml"))
check("fmt: a template that does not read: status 1 and the error", r.returncode == 1 and "AWSMODEL-SYNTAX" in r.stderr,
      r.stderr)

# cfn --reencode: modelled resources' Properties through typed Properties, functions where they were.
r = run("cfn", "--reencode", path("functions.yaml"))
check("cfn --reencode: status 0, no finding", r.returncode == 0 and r.stderr == "", r.stderr)
after = json.loads(r.stdout) if r.returncode == 0 else {}
before = json.loads(run("fmt", "cloudformation-template", path("functions.yaml")).stdout)
web = after.get("Resources", {}).get("WebTask", {}).get("Properties", {})
check("cfn --reencode: a number given for a string property is written as the string", web.get("Memory") == "512", web)
web["Memory"] = 512
check("cfn --reencode: the task definition is written as read, functions and all",
      web == before["Resources"]["WebTask"]["Properties"], json.dumps(web))
check("cfn --reencode: the instance is written as read, reshaped members and all",
      after["Resources"]["Host"] == before["Resources"]["Host"], json.dumps(after.get("Resources", {}).get("Host")))
check("cfn --reencode: other resources as they were", after["Resources"]["Group"] == before["Resources"]["Group"])
r = run("cfn", "--reencode", path("web-service.yaml"))
check("cfn --reencode: a value that does not decode is found, status 0 when it is only a rule's finding",
      r.returncode == 0, r.stderr)
r = run("cfn", "--reencode", path("unknown-property.json"))
check("cfn --reencode: an unknown property: status 1 and the finding",
      r.returncode == 1 and "/Resources/Cluster/Properties/ClusterNam: COMMON-001" in r.stderr, r.stderr)
r = run("cfn", "--reencode", path("syntax.yaml"))
check("cfn --reencode: a template that does not read: status 1", r.returncode == 1 and "AWSMODEL-SYNTAX" in r.stderr,
      r.stderr)
r = run("cfn", "--reencode")
check("cfn --reencode without a file: a usage error", r.returncode == 2, r.stderr)

r = run("validate", "cloudformation-template", path("absent.yaml"))
check("an unreadable file: status 1", r.returncode == 1 and "cannot read the file" in r.stderr, r.stderr)
r = run("validate", "--task-definition", path("clean.json"), "cloudformation-template", path("clean.json"))
check("context documents are a usage error", r.returncode == 2, r.stderr)

sys.exit(finish())
