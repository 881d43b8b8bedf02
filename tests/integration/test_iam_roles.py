#!/usr/bin/env python3
"""The roles a task definition needs, derived by awsmodel, created in moto's IAM through the AWS CLI.

CreateRole takes the derived trust policy (ecs-tasks.amazonaws.com, with aws:SourceAccount and
aws:SourceArn), PutRolePolicy the derived execution role policy; both requests pass awsmodel
validate first, their embedded documents checked as a trust policy and a role's inline policy.
GetRolePolicy is then read as IAM answers it, through the Query API (the AWS CLI would URL-decode
the document itself), and awsmodel decodes the URL-encoded document back to the one sent.
"""
import json, os, re, subprocess, sys, urllib.parse, urllib.request
import xml.etree.ElementTree as ET

from awsmodel_it import REGION, Run

ACCOUNT = "123456789012"  # moto's default account
EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "documents")

it = Run("iam_roles")
it.require_kinds("CreateRole", "PutRolePolicy")


def awsmodel(*args):
    p = subprocess.run([it.awsmodel, *args], capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"awsmodel {' '.join(args)} failed: {p.stderr.strip()[:400]}")
    return p.stdout


def query(action, **params):
    """An IAM Query API call to moto, answered in IAM's own XML."""
    body = urllib.parse.urlencode({"Action": action, "Version": "2010-05-08", **params}).encode()
    req = urllib.request.Request(it.endpoint + "/", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        # moto reads the service and Region from the credential scope; the signature is not checked.
        "Authorization": f"AWS4-HMAC-SHA256 Credential=testing/20260101/{REGION}/iam/aws4_request, "
                         "SignedHeaders=host, Signature=0"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return ET.fromstring(r.read())


def text_of(root, tag):
    for e in root.iter():
        if e.tag.rsplit("}", 1)[-1] == tag:
            return e.text or ""
    return None


for td_name in ("task-definition-fargate-firelens.json", "task-definition-ec2-bridge.json"):
    td = os.path.join(EXAMPLES, td_name)
    roles = json.loads(awsmodel("iam", "roles", "--account", ACCOUNT, "--region", REGION, td))
    trust, execution = roles["trustPolicy"], roles["executionRolePolicy"]
    it.check(f"{td_name}: the trust policy names ecs-tasks.amazonaws.com with aws:SourceAccount",
             trust["Statement"]["Principal"]["Service"] == "ecs-tasks.amazonaws.com"
             and trust["Statement"]["Condition"]["StringEquals"]["aws:SourceAccount"] == ACCOUNT, trust)
    role = re.sub(r"[^\w+=,.@-]", "-", f"exec-{td_name[:-5]}-{it.run_id}")[:64]
    created = it.call("CreateRole", request={"RoleName": role, "AssumeRolePolicyDocument": json.dumps(trust)},
                      label=f"CreateRole {td_name}")
    if created is None:
        continue
    it.check(f"{td_name}: moto keeps the trust policy", created["Role"]["AssumeRolePolicyDocument"] == trust,
             created["Role"].get("AssumeRolePolicyDocument"))
    put = it.call("PutRolePolicy", request={"RoleName": role, "PolicyName": "execution",
                                            "PolicyDocument": json.dumps(execution)},
                  label=f"PutRolePolicy {td_name}")
    # The wire form: GetRolePolicy's PolicyDocument, URL-encoded by IAM.
    answer = query("GetRolePolicy", RoleName=role, PolicyName="execution")
    encoded = text_of(answer, "PolicyDocument")
    if not it.check(f"{td_name}: GetRolePolicy answers a PolicyDocument", encoded is not None,
                    ET.tostring(answer)[:300]):
        continue
    if "%" not in encoded:
        it.moto_differs_once("moto's GetRolePolicy returns the policy document as JSON text, not URL-encoded as "
                             "IAM does; a JSON text without '%' reads the same either way")
    response = {"RoleName": role, "PolicyName": "execution", "PolicyDocument": encoded}
    path = it.write_file(f"get-role-policy-{td_name}", json.dumps(response))
    it.check(f"{td_name}: awsmodel validates GetRolePolicy's answer, the policy included",
             subprocess.run([it.awsmodel, "validate", "get-role-policy-response", path], capture_output=True,
                            timeout=60).returncode == 0)
    doc_path = it.write_file(f"policy-document-{td_name}.txt", encoded)
    decoded = json.loads(awsmodel("iam", "url-decode", doc_path))
    it.check(f"{td_name}: the URL-encoded document decodes to the derived policy", decoded == execution,
             json.dumps(decoded)[:300])
    # And the AWS CLI's own reading of the same answer agrees.
    cli = it.call("GetRolePolicy", args=["--role-name", role, "--policy-name", "execution"],
                  label=f"GetRolePolicy {td_name}")
    if cli is not None:
        it.check(f"{td_name}: the AWS CLI reads the same document", cli.get("PolicyDocument") == execution,
                 json.dumps(cli.get("PolicyDocument"))[:300])

sys.exit(it.finish())
