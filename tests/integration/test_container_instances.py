#!/usr/bin/env python3
"""RunInstances with the request awsmodel's ECS container-instance recipe makes for instances joining
a new cluster, then DescribeInstances and DescribeInstanceAttribute, against moto; then each instance
registers with the cluster as its agent would (RegisterContainerInstance with the resources of
ecs::registered_resources and the agent's attributes), and DescribeContainerInstances, decoded
strictly, is compared with the prediction."""
import base64, json, os, re, subprocess, sys

import awsmodel_it
from awsmodel_it import Operation, Run

# The container-instance operations only this test sends. RegisterContainerInstance answers
# {containerInstance}, a shape the command line has as container-instance, decoded below.
awsmodel_it.OPERATIONS.setdefault("RegisterContainerInstance", Operation(
    "ecs", "register-container-instance", "register-container-instance", None))
awsmodel_it.OPERATIONS.setdefault("DescribeContainerInstances", Operation(
    "ecs", "describe-container-instances", None, "describe-container-instances-response"))

it = Run("container_instances")
it.require_kinds("CreateCluster", "CreateKeyPair", "RunInstances", "DescribeInstances", "RegisterContainerInstance",
                 "DescribeContainerInstances")

# An Amazon Linux 2 AMI that moto ships in every Region (moto/ec2/resources/amis.json.gz); moto has
# no ECS-optimized AMIs, so the recipe gets an explicit one. moto launches any AMI id unless told
# to validate them, so the test asks DescribeImages that it exists, as AWS would require.
AMI = "ami-04681a1dbd79675a5"
INSTANCE_ID = re.compile(r"i-([0-9a-f]{8}|[0-9a-f]{17})")
# moto reports Platform "Linux/UNIX"; AWS states Platform only for Windows ("windows") and leaves
# it out otherwise (Linux/UNIX is PlatformDetails). awsmodel's Platform enum reports the value.
PLATFORM = [("AWSMODEL-ENUM", r"(/Reservations/\d+)?/Instances/\d+/Platform",
             "AWS leaves Platform out for Linux instances; moto sends \"Linux/UNIX\"")]

cluster = f"awsmodel-{it.run_id}"
key_name = f"awsmodel-{it.run_id}"
profile = f"awsmodel-ecs-instance-{it.run_id}"

# What the instances need and AWS requires to exist: the cluster they join, the key pair and the
# instance profile the launch names, and the AMI.
cluster_req = it.request("create-cluster", cluster, it.run_id)
key_req = it.request("create-key-pair-rsa", key_name, it.run_id)
made = it.call_many([
    {"operation": "CreateCluster", "request": cluster_req},
    {"operation": "CreateKeyPair", "request": key_req},
    {"operation": "CreateInstanceProfile", "args": ["--instance-profile-name", profile]},
    {"operation": "DescribeImages", "args": ["--image-ids", AMI]},
])
if not all(r is not None for r in made):
    sys.exit(it.finish())
images = made[3].get("Images", [])
it.check(f"DescribeImages: {AMI} exists, an available x86_64 image (t3.micro is x86_64)",
         [(i.get("ImageId"), i.get("Architecture"), i.get("State")) for i in images] == [(AMI, "x86_64", "available")],
         images)

req = it.request("run-container-instances", cluster, AMI, profile, key_name, it.run_id)
if not req:
    sys.exit(it.finish())
script = base64.b64decode(req["UserData"]).decode()
it.check(f"the user data joins the instances to {cluster}", f"\nECS_CLUSTER={cluster}\n" in script, script)
it.check("the user data writes /etc/ecs/ecs.config", "/etc/ecs/ecs.config" in script, script)

tags = {(t["Key"], t["Value"]) for s in req["TagSpecifications"] if s["ResourceType"] == "instance" for t in s["Tags"]}


def check_instance(label, i):
    """What a launched instance must say about the recipe's request."""
    it.check(f"{label}: InstanceId {i.get('InstanceId')}", INSTANCE_ID.fullmatch(i.get("InstanceId", "")), i.get("InstanceId"))
    it.check(f"{label}: InstanceType {req['InstanceType']}", i.get("InstanceType") == req["InstanceType"],
             i.get("InstanceType"))
    it.check(f"{label}: ImageId {AMI}", i.get("ImageId") == AMI, i.get("ImageId"))
    it.check(f"{label}: KeyName {key_name}", i.get("KeyName") == key_name, i.get("KeyName"))
    it.check(f"{label}: tags {sorted(tags)}", {(t["Key"], t["Value"]) for t in i.get("Tags", [])} == tags, i.get("Tags"))
    # IMDSv2 with a hop limit of 2, as the recipe asks, so that bridge-mode containers reach it.
    m = i.get("MetadataOptions", {})
    it.check(f"{label}: IMDSv2 required, hop limit 2",
             (m.get("HttpTokens"), m.get("HttpPutResponseHopLimit"), m.get("HttpEndpoint")) == ("required", 2, "enabled"), m)
    # Every instance of the launch gets the instance profile (RunInstances' IamInstanceProfile).
    arn = (i.get("IamInstanceProfile") or {}).get("Arn", "")
    if arn:
        it.check(f"{label}: IamInstanceProfile {profile}", arn.endswith(f":instance-profile/{profile}"), arn)
    elif i.get("AmiLaunchIndex", 0) > 0:
        it.moto_differs(f"{label}: instance {i.get('AmiLaunchIndex')} of the launch has no IamInstanceProfile; "
                        "AWS associates the profile with every instance RunInstances starts (moto only the first)")
    else:
        it.check(f"{label}: IamInstanceProfile {profile}", False, i.get("IamInstanceProfile"))


reservation = it.call("RunInstances", request=req, moto_findings=PLATFORM)
ids = []
placed = {}  # instance id -> (instance type, Availability Zone)
if reservation:
    instances = reservation.get("Instances", [])
    it.check(f"RunInstances: {req['MaxCount']} instances launched", len(instances) == req["MaxCount"], len(instances))
    it.check("RunInstances: ReservationId r-", re.fullmatch(r"r-([0-9a-f]{8}|[0-9a-f]{17})",
                                                            reservation.get("ReservationId", "")),
             reservation.get("ReservationId"))
    for i in instances:
        check_instance(f"RunInstances {i.get('InstanceId')}", i)
        # A new instance is pending until it boots (the API reference's RunInstances example).
        it.check(f"RunInstances {i.get('InstanceId')}: State pending", (i.get("State") or {}).get("Name") == "pending",
                 i.get("State"))
        ids.append(i.get("InstanceId"))
        placed[i.get("InstanceId")] = (i.get("InstanceType"), (i.get("Placement") or {}).get("AvailabilityZone"))

if ids:
    calls = [{"operation": "DescribeInstances", "args": ["--instance-ids", *ids], "label": "DescribeInstances --instance-ids",
              "moto_findings": PLATFORM},
             {"operation": "DescribeInstances", "args": ["--filters", f"Name=tag:awsmodel-run,Values={it.run_id}"],
              "label": "DescribeInstances --filters tag:awsmodel-run", "moto_findings": PLATFORM}]
    calls += [{"operation": "DescribeInstanceAttribute", "args": ["--instance-id", i, "--attribute", "userData"],
               "label": f"DescribeInstanceAttribute {i} userData"} for i in ids]
    by_id, by_tag, *user_data = it.call_many(calls)
    for label, result in (("DescribeInstances --instance-ids", by_id), ("DescribeInstances --filters", by_tag)):
        if result is None:
            continue
        described = [i for r in result.get("Reservations", []) for i in r.get("Instances", [])]
        it.check(f"{label}: exactly the instances launched", sorted(i.get("InstanceId") for i in described) == sorted(ids),
                 [i.get("InstanceId") for i in described])
        for i in described:
            check_instance(f"{label} {i.get('InstanceId')}", i)
            it.check(f"{label} {i.get('InstanceId')}: State pending or running",
                     (i.get("State") or {}).get("Name") in ("pending", "running"), i.get("State"))
    # EC2 keeps the user data as sent: base64 of the recipe's script, encoded once.
    for i, attr in zip(ids, user_data):
        if attr is not None:
            value = (attr.get("UserData") or {}).get("Value")
            it.check(f"DescribeInstanceAttribute {i}: UserData is the request's", value == req["UserData"],
                     value if value is None else value[:80])


# ---- The instances register as their agents would -----------------------------------------------

# Beside awsmodel-integration-requests in the build tree (tests/integration/CMakeLists.txt).
REGISTERED = os.path.join(os.path.dirname(it.requests), "awsmodel-integration-registered-instance")


def registration(*args):
    """ecs::registered_resources and the attributes for one instance: (exit status, output, errors)."""
    p = subprocess.run([REGISTERED, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def resource(resources, name):
    return next((r for r in resources or [] if r.get("name") == name), {})


if not os.access(REGISTERED, os.X_OK):
    it.check(f"{REGISTERED} is built (target awsmodel-integration-registered-instance)", False)
    sys.exit(it.finish())

# A setting the agent would not take is refused before anything is sent: the docs' own
# single-quoted logging drivers (ECS-AG-005, beside ECS-AG-013 on the quotes themselves).
bad_config = it.write_file("bad-ecs.config", "ECS_AVAILABLE_LOGGING_DRIVERS='[\"json-file\",\"awslogs\"]'\n")
rc, out, err = registration(cluster, "i-0123456789abcdef0", "t3.micro", "us-east-1a", AMI, bad_config)
it.check("a quoted ECS_AVAILABLE_LOGGING_DRIVERS is refused (ECS-AG-005)",
         rc == 1 and any(l.startswith("/ECS_AVAILABLE_LOGGING_DRIVERS: ECS-AG-005: ") for l in err.splitlines()),
         f"exit {rc}: {err.strip()}")

for n, instance_id in enumerate(ids):
    instance_type, zone = placed[instance_id]
    # The first instance with the ECS-optimized AMI's defaults, the others with settings of their own.
    args = [cluster, instance_id, instance_type, zone, AMI]
    if n > 0:
        args.append(it.write_file(f"ecs-{n}.config", "ECS_RESERVED_MEMORY=128\nECS_RESERVED_PORTS=[22, 2375, 2376, 51678, 51679, 8080]\n"
                                                      "ECS_RESERVED_PORTS_UDP=[161]\nECS_INSTANCE_ATTRIBUTES={\"stack\": \"it\"}\n"))
    label = f"{instance_id} ({instance_type})"
    rc, out, err = registration(*args)
    if not it.check(f"{label}: awsmodel predicts its registration with no finding", rc == 0 and not err, f"exit {rc}: {err.strip()}"):
        continue
    made = json.loads(out)
    req, expected_attributes = made["request"], made["builtinAttributes"]
    sent = {r["name"]: r for r in req["totalResources"]}
    it.check(f"{label}: totalResources are CPU, MEMORY, PORTS and PORTS_UDP",
             [r["name"] for r in req["totalResources"]] == ["CPU", "MEMORY", "PORTS", "PORTS_UDP"], req["totalResources"])

    registered = it.call("RegisterContainerInstance", request=req, label=f"RegisterContainerInstance {label}")
    if not registered:
        continue
    # The response's containerInstance decoded strictly as the container-instance kind.
    path = it.write_file(f"registered-{n}.json", json.dumps(registered.get("containerInstance", {})))
    f = subprocess.run([it.awsmodel, "fmt", "container-instance", path], capture_output=True, text=True, timeout=60)
    it.check(f"RegisterContainerInstance {label}: awsmodel fmt container-instance decodes its containerInstance strictly",
             f.returncode == 0 and not f.stderr, f.stderr.strip()[:500])
    arn = (registered.get("containerInstance") or {}).get("containerInstanceArn", "")
    described = it.call("DescribeContainerInstances", args=["--cluster", cluster, "--container-instances", arn],
                        label=f"DescribeContainerInstances {label}")
    if not described:
        continue
    found = described.get("containerInstances", [])
    if not it.check(f"DescribeContainerInstances {label}: the instance registered, no failure",
                    [c.get("containerInstanceArn") for c in found] == [arn] and not described.get("failures"), described):
        continue
    ci = found[0]
    it.check(f"DescribeContainerInstances {label}: ec2InstanceId {instance_id}", ci.get("ec2InstanceId") == instance_id,
             ci.get("ec2InstanceId"))
    got = ci.get("registeredResources", [])
    # What AWS registers is what the agent sent; moto registers fixed values whatever the request
    # says, so a difference is moto's (and the ports, where its fixed list is AWS's default, agree).
    for name in ("CPU", "MEMORY"):
        mine, theirs = sent[name]["integerValue"], resource(got, name).get("integerValue")
        if mine == theirs:
            it.check(f"DescribeContainerInstances {label}: {name} {mine} as sent", True)
        else:
            it.moto_differs(f"{label}: registeredResources {name} is {theirs}, not the {mine} the request sent; "
                            "AWS registers the agent's totalResources, moto always 4096 CPU and 7482 MiB")
    for name in ("PORTS", "PORTS_UDP"):
        mine, theirs = set(sent[name]["stringSetValue"]), set(resource(got, name).get("stringSetValue") or [])
        if mine == theirs:
            it.check(f"DescribeContainerInstances {label}: {name} {sorted(mine)} as sent", True)
        else:
            it.moto_differs(f"{label}: registeredResources {name} is {sorted(theirs)}, not the {sorted(mine)} sent; "
                            f"moto reserves its fixed default list whatever ECS_RESERVED_{name} says")
    # ECS's own attributes come from the instance; moto derives them from the EC2 instance as well.
    attributes = {a.get("name"): a.get("value") for a in ci.get("attributes", [])}
    for a in expected_attributes:
        name, value = a["name"], a.get("value")
        if name in ("ecs.instance-type", "ecs.ami-id", "ecs.availability-zone", "ecs.os-type"):
            it.check(f"DescribeContainerInstances {label}: attribute {name} = {value}", attributes.get(name) == value,
                     attributes.get(name))
    missing = [a["name"] for a in expected_attributes if a["name"] not in attributes]
    if missing:
        it.moto_differs(f"{label}: {len(missing)} of the {len(expected_attributes)} built-in attributes are missing "
                        f"(e.g. {', '.join(missing[:3])}); AWS keeps the agent's capabilities and custom attributes "
                        "and adds ecs.cpu-architecture, moto reports only ecs.ami-id, ecs.availability-zone, "
                        "ecs.instance-type and ecs.os-type")

sys.exit(it.finish())
