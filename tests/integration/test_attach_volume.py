#!/usr/bin/env python3
"""AttachVolume against moto, with the volume and the instance as DescribeVolumes and
DescribeInstances print them as the validation context of awsmodel's rules (EBS-AV-003..006)."""
import json, subprocess, sys

from awsmodel_it import Run

it = Run("attach_volume")
it.require_kinds("CreateVolume", "DescribeVolumes", "RunInstances", "DescribeInstances", "AttachVolume")

AMI = "ami-04681a1dbd79675a5"  # one of moto's images (x86_64)
# moto reports Platform "Linux/UNIX"; AWS states Platform only for Windows (see test_container_instances.py).
PLATFORM = [("AWSMODEL-ENUM", r"(/Reservations/\d+)?/Instances/\d+/Platform",
             "AWS leaves Platform out for Linux instances; moto sends \"Linux/UNIX\"")]


def tagged(resource):
    return [{"ResourceType": resource, "Tags": [{"Key": "awsmodel-run", "Value": it.run_id}]}]


near, far, instance = it.call_many([
    {"operation": "CreateVolume", "label": "CreateVolume in the instance's zone",
     "request": {"AvailabilityZone": "us-east-1b", "Size": 8, "VolumeType": "gp3", "TagSpecifications": tagged("volume")}},
    {"operation": "CreateVolume", "label": "CreateVolume in another zone",
     "request": {"AvailabilityZone": "us-east-1a", "Size": 8, "VolumeType": "gp3", "TagSpecifications": tagged("volume")}},
    {"operation": "RunInstances", "label": "RunInstances in us-east-1b",
     "request": {"ImageId": AMI, "InstanceType": "t3.micro", "MinCount": 1, "MaxCount": 1,
                 "Placement": {"AvailabilityZone": "us-east-1b"}, "TagSpecifications": tagged("instance")},
     "moto_findings": PLATFORM},
])
if not (near and far and instance and instance.get("Instances")):
    sys.exit(it.finish())
near_id, far_id = near["VolumeId"], far["VolumeId"]
instance_id = instance["Instances"][0]["InstanceId"]


def context():
    """The volumes and the instance as the AWS CLI describes them now, as files."""
    volumes, instances = it.call_many([
        {"operation": "DescribeVolumes", "args": ["--volume-ids", near_id, far_id], "label": "DescribeVolumes"},
        {"operation": "DescribeInstances", "args": ["--instance-ids", instance_id], "label": "DescribeInstances",
         "moto_findings": PLATFORM},
    ])
    if volumes is None or instances is None:
        sys.exit(it.finish())
    return (it.write_file("volumes.json", json.dumps(volumes)), it.write_file("instances.json", json.dumps(instances)),
            volumes, instances)


def validate(label, request, volumes, instances):
    """awsmodel validate --json of an AttachVolume request with the described documents as context."""
    path = it.write_file(f"{label}.json", json.dumps(request))
    p = subprocess.run([it.awsmodel, "validate", "--json", "--context", f"describe-volumes-result={volumes}",
                        "--context", f"describe-instances-result={instances}", "attach-volume", path],
                       capture_output=True, text=True, timeout=60)
    return p.returncode, {(f["rule"], f["pointer"]) for f in json.loads(p.stdout or "[]")}, p.stderr


def attach(volume_id, device="/dev/sdf"):
    return {"Device": device, "InstanceId": instance_id, "VolumeId": volume_id}


volumes, instances, described_volumes, _ = context()
states = {v["VolumeId"]: v.get("State") for v in described_volumes.get("Volumes", [])}
it.check("both volumes are available before attaching", set(states.values()) == {"available"}, states)

# The volume of the instance's zone: nothing in the context stands against it, and moto attaches it.
rc, findings, err = validate("attach-near", attach(near_id), volumes, instances)
it.check("attach-volume in the instance's zone is clean with its context", rc == 0 and not findings, (rc, findings, err))
answer = it.call("AttachVolume", attach(near_id), label="AttachVolume in the instance's zone")
if answer is not None:
    it.check("the answer names the volume, the instance and the device",
             (answer.get("VolumeId"), answer.get("InstanceId"), answer.get("Device")) == (near_id, instance_id, "/dev/sdf"),
             answer)

# The volume of another zone: EBS-AV-004, which AWS answers with InvalidVolume.ZoneMismatch.
rc, findings, err = validate("attach-far", attach(far_id, "/dev/sdg"), volumes, instances)
it.check("attach-volume across zones reports EBS-AV-004 at /InstanceId", rc == 1 and ("EBS-AV-004", "/InstanceId") in findings,
         (rc, findings, err))
crossed = it.call("AttachVolume", attach(far_id, "/dev/sdg"), expect_error=True, label="AttachVolume across zones")
if crossed is not None and "Error" not in crossed:
    it.moto_differs("AttachVolume attaches a volume of us-east-1a to an instance of us-east-1b; AWS rejects it "
                    "(InvalidVolume.ZoneMismatch), as awsmodel's EBS-AV-004 reports before the call")

# After the attachment, described again: the same request finds the volume in use (EBS-AV-003).
volumes, instances, described_volumes, described_instances = context()
state = {v["VolumeId"]: v.get("State") for v in described_volumes.get("Volumes", [])}.get(near_id)
rc, findings, err = validate("attach-near-again", attach(near_id), volumes, instances)
if state == "in-use":
    it.check("attaching the attached volume again reports EBS-AV-003 at /VolumeId",
             rc == 1 and ("EBS-AV-003", "/VolumeId") in findings, (rc, findings, err))
else:
    it.moto_differs(f"DescribeVolumes reports an attached volume as {state!r}; AWS reports it in-use")
devices = [m.get("DeviceName") for r in described_instances.get("Reservations", []) for i in r.get("Instances", [])
           for m in i.get("BlockDeviceMappings", [])]
if "/dev/sdf" in devices:
    it.check("a device name in use reports EBS-AV-006 at /Device", ("EBS-AV-006", "/Device") in findings, (rc, findings, err))
else:
    it.moto_differs(f"DescribeInstances lists the block devices {devices} without the attached /dev/sdf")

sys.exit(it.finish())
