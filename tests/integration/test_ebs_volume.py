#!/usr/bin/env python3
"""CreateVolume and DescribeVolumes with awsmodel-generated requests against moto."""
import re, sys

from awsmodel_it import Run

it = Run("ebs_volume")
it.require_kinds("CreateVolume", "DescribeVolumes")

VOLUME_ID = re.compile(r"vol-([0-9a-f]{8}|[0-9a-f]{17})")


def tags_of(request):
    return {(t["Key"], t["Value"]) for s in request.get("TagSpecifications", []) if s.get("ResourceType") == "volume"
            for t in s.get("Tags", [])}


def check_volume(label, request, vol):
    """What a new volume must say about the request that created it."""
    it.check(f"{label}: VolumeId {vol.get('VolumeId')} is vol- and 8 or 17 hex digits",
             VOLUME_ID.fullmatch(vol.get("VolumeId", "")), vol.get("VolumeId"))
    it.check(f"{label}: Size {request['Size']} GiB", vol.get("Size") == request["Size"], vol.get("Size"))
    # Without VolumeType the API creates gp2 (CreateVolume.VolumeType's documented default).
    want_type = request.get("VolumeType", "gp2")
    it.check(f"{label}: VolumeType {want_type}", vol.get("VolumeType") == want_type, vol.get("VolumeType"))
    if "Iops" in request:
        it.check(f"{label}: Iops {request['Iops']}", vol.get("Iops") == request["Iops"], vol.get("Iops"))
    if "Throughput" in request:
        it.check(f"{label}: Throughput {request['Throughput']} MiB/s", vol.get("Throughput") == request["Throughput"],
                 vol.get("Throughput"))
    it.check(f"{label}: AvailabilityZone {request['AvailabilityZone']}",
             vol.get("AvailabilityZone") == request["AvailabilityZone"], vol.get("AvailabilityZone"))
    if "Encrypted" in request:
        it.check(f"{label}: Encrypted {request['Encrypted']}", vol.get("Encrypted") == request["Encrypted"],
                 vol.get("Encrypted"))
    if request.get("MultiAttachEnabled"):
        if "MultiAttachEnabled" in vol:
            it.check(f"{label}: MultiAttachEnabled true", vol["MultiAttachEnabled"] is True, vol["MultiAttachEnabled"])
        else:
            # AWS returns MultiAttachEnabled for every volume (the API reference's example response).
            it.moto_differs(f"{label}: the response omits MultiAttachEnabled, which AWS reports")
    it.check(f"{label}: tags {sorted(tags_of(request))}", {(t["Key"], t["Value"]) for t in vol.get("Tags", [])}
             == tags_of(request), vol.get("Tags"))
    it.check(f"{label}: CreateTime present", "CreateTime" in vol)


# The three valid requests and the one AWS rejects go out side by side.
names = ("create-volume-gp3", "create-volume-io2", "create-volume-default-type")
requests = {name: it.request(name, it.run_id) for name in names}
# A request AWS rejects (gp3 allows 500 IOPS per GiB) that moto accepts: awsmodel reports it before
# it is sent, which is what the test holds to; moto's answer is only recorded. Its own run tag keeps
# it out of the tag search below.
ratio = it.request("create-volume-gp3-iops-ratio-exceeded", it.run_id + "-ratio", expect_rules={"EBS-CV-008": "/Iops"})
calls = [{"operation": "CreateVolume", "request": req, "label": f"CreateVolume {name}"}
         for name, req in requests.items() if req]
if ratio:
    calls.append({"operation": "CreateVolume", "request": ratio, "expect_error": True,
                  "label": "CreateVolume create-volume-gp3-iops-ratio-exceeded"})
responses = it.call_many(calls)

created = {}  # VolumeId -> (request, CreateVolume response)
for call, vol in zip(calls, responses):
    name = call["label"].split()[-1]
    if name == "create-volume-gp3-iops-ratio-exceeded":
        if vol and "Error" in vol:
            print(f"moto rejects {name} too: {vol['Error'][:200]}")
        elif vol:
            it.moto_differs(f"it created {vol.get('VolumeId')} with {ratio['Iops']} IOPS on {ratio['Size']} GiB of "
                            "gp3 (600 per GiB); AWS answers InvalidParameterValue above 500 per GiB (EBS-CV-008)")
        continue
    if not vol:
        continue
    req = call["request"]
    check_volume(name, req, vol)
    # AWS answers CreateVolume while the volume is still being made ("creating"); moto has it ready.
    state = vol.get("State")
    it.check(f"{name}: State {state} is creating or available", state in ("creating", "available"), state)
    if state == "available":
        it.moto_differs(f"{name}: CreateVolume reports State available at once; AWS reports creating")
    created[vol.get("VolumeId")] = (req, vol)

it.check("three volumes created", len(created) == 3, sorted(created))

# DescribeVolumes by id (the same volumes, the same attributes) and by the run's tag (only this
# run's volumes, found through the tags awsmodel sent).
by_id, by_tag = it.call_many([
    {"operation": "DescribeVolumes", "args": ["--volume-ids", *created], "label": "DescribeVolumes --volume-ids"},
    {"operation": "DescribeVolumes", "args": ["--filters", f"Name=tag:awsmodel-run,Values={it.run_id}"],
     "label": "DescribeVolumes --filters tag:awsmodel-run"},
])
if by_id is not None:
    described = {v.get("VolumeId"): v for v in by_id.get("Volumes", [])}
    it.check("DescribeVolumes --volume-ids returns exactly the created volumes", described.keys() == created.keys(),
             sorted(described))
    for vid, (req, vol) in created.items():
        if vid in described:
            check_volume(f"describe {vid}", req, described[vid])
            it.check(f"describe {vid}: State {described[vid].get('State')} is creating or available",
                     described[vid].get("State") in ("creating", "available"), described[vid].get("State"))
if by_tag is not None:
    found = {v.get("VolumeId") for v in by_tag.get("Volumes", [])}
    it.check("DescribeVolumes --filters tag:awsmodel-run finds exactly this run's volumes", found == created.keys(),
             sorted(found))

sys.exit(it.finish())
