#!/usr/bin/env python3
"""RunInstances with the request awsmodel's ECS container-instance recipe makes for instances joining
a new cluster, then DescribeInstances and DescribeInstanceAttribute, against moto."""
import base64, re, sys

from awsmodel_it import Run

it = Run("container_instances")
it.require_kinds("CreateCluster", "CreateKeyPair", "RunInstances", "DescribeInstances")

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

sys.exit(it.finish())
