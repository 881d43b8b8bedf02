#!/usr/bin/env python3
"""Services against moto: CreateService and UpdateService with awsmodel-built requests (validated
with the task definition and the cluster as context before they are sent), then DescribeServices
and ListServices, every response decoded strictly. The service runs Fargate tasks in the default
VPC, so no container instance is needed."""
import json, re, sys

from awsmodel_it import Run

it = Run("services")
it.require_kinds("CreateCluster", "RegisterTaskDefinition", "CreateService", "UpdateService", "DescribeServices",
                 "ListServices")

cluster = f"awsmodel-{it.run_id}"
web = "web"  # service names are unique per cluster, and the cluster is this run's
bare = "web-without-network"
moto = it.moto_differs_once


td_req, created, (first, second), subnets, groups = it.fargate_cluster(cluster)
family = td_req["family"]
cluster_arn = created["cluster"]["clusterArn"]
account = cluster_arn.split(":")[4]
rev = {r["taskDefinition"]["revision"]: r for r in (first, second)}
if not it.check("the two registrations are revisions 1 and 2", sorted(rev) == [1, 2], sorted(rev)):
    sys.exit(it.finish())
td_arn = {n: r["taskDefinition"]["taskDefinitionArn"] for n, r in rev.items()}
cluster_file = it.write_file("cluster.json", json.dumps(created["cluster"]))
# What awsmodel validate reads for the rules that need the definition and the cluster, per revision.
context = {n: ["--task-definition", it.write_file(f"task-definition-{n}.json", json.dumps(r)), "--cluster", cluster_file]
           for n, r in rev.items()}

# ---- CreateService ----------------------------------------------------------------------------

create_req = it.request("create-service-fargate", cluster, web, f"{family}:1", ",".join(subnets), ",".join(groups),
                        it.run_id)
bare_req = it.request("create-service-without-network", cluster, bare, f"{family}:1")
if not create_req or not bare_req:
    sys.exit(it.finish())
# Only the task definition says its network mode is awsvpc.
it.check("create-service-without-network: awsmodel validate create-service --task-definition reports ECS-SV-055",
         it.findings("create-service", bare_req, context[1]) == [("ECS-SV-055", "/networkConfiguration")],
         it.findings("create-service", bare_req, context[1]))
it.check("create-service-without-network: without the task definition, no finding",
         it.findings("create-service", bare_req) == [], it.findings("create-service", bare_req))

made, bare_made = it.call_many([
    {"operation": "CreateService", "request": create_req, "context": context[1]},
    {"operation": "CreateService", "request": bare_req, "label": "CreateService without networkConfiguration",
     "expect_error": True},
])
ours = [f"arn:aws:ecs:us-east-1:{account}:service/{cluster}/{web}"]  # the services the cluster should hold
if bare_made is not None and "Error" in bare_made:
    it.check("CreateService without networkConfiguration: refused, as awsmodel's ECS-SV-055 said", True)
elif bare_made is not None:
    # AWS answers InvalidParameterException: an awsvpc task definition needs the network.
    moto("CreateService accepts a service of an awsvpc task definition without networkConfiguration "
         "(awsmodel's ECS-SV-055); AWS refuses it")
    ours.append(f"arn:aws:ecs:us-east-1:{account}:service/{cluster}/{bare}")
if not made:
    sys.exit(it.finish())


def without_disabled_alarms(config):
    """AWS describes deploymentConfiguration with the alarms it would watch, disabled when the
    request named none (the AWS CLI's update-service example shows them so)."""
    c = dict(config or {})
    if c.get("alarms") == {"alarmNames": [], "rollback": False, "enable": False}:
        del c["alarms"]
    return c


def check_service(label, s, sent, revision, desired):
    """What AWS says of the service: the request's values, the definition's ARN, the deployment."""
    it.check(f"{label}: serviceArn in the cluster", s.get("serviceArn") == ours[0], s.get("serviceArn"))
    it.check(f"{label}: serviceName {web}", s.get("serviceName") == web, s.get("serviceName"))
    it.check(f"{label}: clusterArn", s.get("clusterArn") == cluster_arn, s.get("clusterArn"))
    it.check(f"{label}: status ACTIVE", s.get("status") == "ACTIVE", s.get("status"))
    it.check(f"{label}: desiredCount {desired}", s.get("desiredCount") == desired, s.get("desiredCount"))
    for member in ("launchType", "platformVersion", "networkConfiguration", "schedulingStrategy", "deploymentController"):
        it.check(f"{label}: {member} as created", s.get(member) == create_req[member], s.get(member))
    it.check(f"{label}: propagateTags {sent['propagateTags']}", s.get("propagateTags") == sent["propagateTags"],
             s.get("propagateTags"))
    if s.get("taskDefinition") == f"{family}:{revision}":
        # Flagged by awsmodel's COMMON-004 (the call lists it in moto_findings).
        moto("UpdateService's service names the task definition as the request gave it (family:revision); AWS "
             "describes the ARN")
    else:
        it.check(f"{label}: taskDefinition is revision {revision}'s ARN", s.get("taskDefinition") == td_arn[revision],
                 s.get("taskDefinition"))
    if "deploymentConfiguration" in s:
        it.check(f"{label}: deploymentConfiguration as sent",
                 without_disabled_alarms(s["deploymentConfiguration"]) == sent["deploymentConfiguration"],
                 s["deploymentConfiguration"])
    else:
        moto("CreateService's service has no deploymentConfiguration; AWS returns the request's (with the alarms, "
             "disabled)")
    for member in ("enableExecuteCommand", "enableECSManagedTags"):
        want = sent.get(member, create_req[member])
        if member in s:
            it.check(f"{label}: {member} {want}", s[member] == want, s[member])
        else:
            moto(f"a service lacks {member}, which AWS returns as set ({member} {json.dumps(want)})")
    if "createdAt" not in s:
        moto("a service lacks createdAt, which AWS returns")
    if "tags" in s:
        it.check(f"{label}: tags as sent", s["tags"] == create_req["tags"], s["tags"])
    # The deployments of the ECS controller: one PRIMARY of the revision asked for.
    ds = s.get("deployments", [])
    primary = [d for d in ds if d.get("status") == "PRIMARY"]
    it.check(f"{label}: one PRIMARY deployment", len(primary) == 1, [d.get("status") for d in ds])
    if not primary:
        return
    p = primary[0]
    it.check(f"{label}: the PRIMARY deployment's launchType and network as the service's",
             p.get("launchType") == "FARGATE" and p.get("networkConfiguration") == create_req["networkConfiguration"],
             (p.get("launchType"), p.get("networkConfiguration")))
    # With the circuit breaker on, a deployment states its rollout (API_Deployment rolloutState).
    it.check(f"{label}: the PRIMARY deployment's rolloutState IN_PROGRESS", p.get("rolloutState") == "IN_PROGRESS",
             p.get("rolloutState"))
    if p.get("platformFamily") not in (None, "Linux"):
        moto("a deployment's platformFamily is the launch type; AWS states the operating system (Linux)",
             p.get("platformFamily"))
    if p.get("taskDefinition") == td_arn[revision]:
        it.check(f"{label}: the PRIMARY deployment runs revision {revision}", True)
        if revision != 1:
            # The deployment being replaced stays, ACTIVE, until the new one has taken over (the
            # AWS CLI's update-service example).
            it.check(f"{label}: the replaced deployment is ACTIVE, of revision 1",
                     [(d.get("status"), d.get("taskDefinition")) for d in ds if d is not p] == [("ACTIVE", td_arn[1])],
                     [(d.get("status"), d.get("taskDefinition")) for d in ds])
    elif revision != 1 and p.get("taskDefinition") == td_arn[1] and len(ds) == 1:
        moto("UpdateService to another revision keeps one deployment, of the old revision; AWS starts a PRIMARY "
             "deployment of the new one and keeps the old one ACTIVE while it is replaced")
    else:
        it.check(f"{label}: the PRIMARY deployment runs revision {revision}", False, p.get("taskDefinition"))


service = made.get("service", {})
check_service("CreateService", service, create_req, 1, 2)
if (service.get("runningCount"), service.get("pendingCount")) != (0, 0):
    # AWS answers before its scheduler has started a task (the AWS CLI's create-service examples).
    moto("CreateService counts its tasks pending at once; AWS's answer has runningCount and pendingCount 0",
         f"pendingCount {service.get('pendingCount')}")

# ---- UpdateService ----------------------------------------------------------------------------

update_req = it.request("update-service-scale", cluster, web, f"{family}:2")
updated = it.call("UpdateService", request=update_req, context=context[2],
                  moto_findings=[("COMMON-004", "/service/taskDefinition",
                                  "moto keeps taskDefinition as the request wrote it (family:revision); AWS "
                                  "describes the task definition's ARN")]) if update_req else None
if updated:
    check_service("UpdateService", updated.get("service", {}), update_req, 2, 3)

# ---- DescribeServices, ListServices -----------------------------------------------------------

missing = "awsmodel-missing"
moto_td = [("COMMON-004", r"/services/\d+/taskDefinition",
            "moto keeps taskDefinition as UpdateService's request wrote it; AWS describes the task definition's ARN")]
described, plain, listed, filtered, ec2 = it.call_many([
    {"operation": "DescribeServices", "label": "DescribeServices --include TAGS",
     "args": ["--cluster", cluster, "--services", web, missing, "--include", "TAGS"], "moto_findings": moto_td},
    {"operation": "DescribeServices", "args": ["--cluster", cluster, "--services", ours[0]], "moto_findings": moto_td},
    {"operation": "ListServices", "args": ["--cluster", cluster]},
    {"operation": "ListServices", "label": "ListServices --launch-type FARGATE --scheduling-strategy REPLICA",
     "args": ["--cluster", cluster, "--launch-type", "FARGATE", "--scheduling-strategy", "REPLICA"]},
    {"operation": "ListServices", "label": "ListServices --launch-type EC2",
     "args": ["--cluster", cluster, "--launch-type", "EC2"]},
])
if described:
    found = described.get("services", [])
    it.check(f"DescribeServices: the service {web} alone", [s.get("serviceName") for s in found] == [web],
             [s.get("serviceName") for s in found])
    if found:
        check_service("DescribeServices", found[0], update_req or create_req, 2 if updated else 1, 3 if updated else 2)
        it.check("DescribeServices --include TAGS: tags as sent", found[0].get("tags") == create_req["tags"],
                 found[0].get("tags"))
    # A name that is not a service of the cluster is a failure with reason MISSING.
    failures = described.get("failures", [])
    it.check(f"DescribeServices: {missing} reported MISSING",
             [(f.get("reason"), (f.get("arn") or "").rsplit("/", 1)[-1]) for f in failures] == [("MISSING", missing)],
             failures)
if plain and plain.get("services"):
    # Tags are described only when TAGS is asked for (DescribeServices' include).
    it.check("DescribeServices by ARN without --include: the service, no tags",
             plain["services"][0].get("serviceArn") == ours[0] and "tags" not in plain["services"][0],
             plain["services"][0].get("tags"))
if listed:
    it.check("ListServices --cluster: the cluster's services", sorted(listed.get("serviceArns", [])) == sorted(ours),
             listed)
if filtered:
    it.check("ListServices --launch-type FARGATE --scheduling-strategy REPLICA: the same",
             sorted(filtered.get("serviceArns", [])) == sorted(ours), filtered)
if ec2:
    it.check("ListServices --launch-type EC2: none", ec2.get("serviceArns") == [], ec2)

sys.exit(it.finish())
