#!/usr/bin/env python3
"""Task placement against moto's RunTask, on the cases where moto's documented departures
(../shared/research/placement.md section 9) do not apply: EC2 container instances, a bridge task
definition whose containers set cpu and a hard memory limit only (no memoryReservation, no
task-level size, no host port, no GPU), RunTask without strategies or constraints. There, moto's
first-fit and the documented "any instance that fits" must agree on how many tasks are placed,
each of moto's tasks must fit where moto put it, and moto's remainingResources must be what the
placed tasks leave. The cluster awsmodel places on is read back from moto (DescribeContainerInstances,
DescribeTasks, DescribeTaskDefinition), so this also checks that awsmodel reads moto's cluster.

Where moto departs from ECS even here, the difference is recorded (moto_differs), not failed: moto
drops the tasks it cannot place and returns no failures, where ECS returns one failure per
instance (RESOURCE:MEMORY here)."""
import json
import os
import subprocess
import sys

import boto3

from awsmodel_it import Run

it = Run("placement")
session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name="us-east-1")
ecs = session.client("ecs", endpoint_url=it.endpoint)
ec2 = session.client("ec2", endpoint_url=it.endpoint)

cluster = f"awsmodel-{it.run_id}"
family = f"awsmodel-placement-{os.getpid()}"
ecs.create_cluster(clusterName=cluster)

# Two EC2 instances registered as container instances: moto gives each 4096 CPU units and 7482 MiB.
reservation = ec2.run_instances(ImageId="ami-04681a1dbd79675a5", MinCount=2, MaxCount=2, InstanceType="m5.xlarge")
arns = []
for i in reservation["Instances"]:
    document = json.dumps({"instanceId": i["InstanceId"], "region": "us-east-1",
                           "availabilityZone": i["Placement"]["AvailabilityZone"]})
    r = ecs.register_container_instance(cluster=cluster, instanceIdentityDocument=document)
    arns.append(r["containerInstance"]["containerInstanceArn"])

# 1024 units and 3000 MiB a task: two fit on an instance (7482 / 3000), four in the cluster.
ecs.register_task_definition(family=family, requiresCompatibilities=["EC2"], containerDefinitions=[
    {"name": "app", "image": "public.ecr.aws/nginx/nginx:latest", "cpu": 1024, "memory": 3000, "essential": True}])
NEED_CPU, NEED_MEMORY = 1024, 3000


def scenario(count):
    """The cluster as moto describes it, as a placement scenario for awsmodel."""
    described = ecs.describe_container_instances(cluster=cluster, containerInstances=arns)["containerInstances"]
    task_arns = ecs.list_tasks(cluster=cluster)["taskArns"]
    tasks = ecs.describe_tasks(cluster=cluster, tasks=task_arns)["tasks"] if task_arns else []
    td = ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]
    keep_ci = ("containerInstanceArn", "ec2InstanceId", "status", "agentConnected", "registeredResources",
               "remainingResources", "runningTasksCount", "attributes")
    keep_task = ("taskArn", "containerInstanceArn", "taskDefinitionArn", "group", "lastStatus", "desiredStatus")
    keep_td = ("taskDefinitionArn", "family", "revision", "status", "networkMode", "containerDefinitions")
    return {
        "containerInstances": [{k: v for k, v in ci.items() if k in keep_ci} for ci in described],
        "runningTasks": [{k: v for k, v in t.items() if k in keep_task} for t in tasks],
        "taskDefinitions": [{k: v for k, v in td.items() if k in keep_td}],
        "runTask": {"cluster": cluster, "taskDefinition": family, "count": count, "launchType": "EC2"},
    }, described


def awsmodel(command, doc):
    path = it.write_file(f"{command}-{len(os.listdir(it.tmp))}.json", json.dumps(doc, default=str))
    r = subprocess.run([it.awsmodel, command, path], capture_output=True, text=True)
    it.check(f"awsmodel {command} reads moto's cluster (exit 0)", r.returncode == 0, r.stderr[:800])
    return json.loads(r.stdout) if r.returncode == 0 else None


def fits(described, where):
    """Each instance moto used still has what its tasks need left, and moto's remaining resources are
    the registered ones minus what they hold."""
    for ci in described:
        n = where.count(ci["containerInstanceArn"])
        res = {r["name"]: r.get("integerValue") for r in ci["remainingResources"]}
        reg = {r["name"]: r.get("integerValue") for r in ci["registeredResources"]}
        held = sum(1 for t in ecs.describe_tasks(cluster=cluster, tasks=ecs.list_tasks(cluster=cluster)["taskArns"])["tasks"]
                   if t.get("containerInstanceArn") == ci["containerInstanceArn"])
        it.check(f"{ci['ec2InstanceId']}: remaining MEMORY is registered minus {held} tasks of {NEED_MEMORY} MiB",
                 res["MEMORY"] == reg["MEMORY"] - held * NEED_MEMORY, (res, reg, held))
        it.check(f"{ci['ec2InstanceId']}: remaining CPU is registered minus {held} tasks of {NEED_CPU} units",
                 res["CPU"] == reg["CPU"] - held * NEED_CPU, (res, reg, held))
        it.check(f"{ci['ec2InstanceId']}: the {n} task(s) moto put there fit (no resource below 0)",
                 res["MEMORY"] >= 0 and res["CPU"] >= 0, res)


# ---- first call: three tasks, all fit ----------------------------------------------------------

before, _ = scenario(3)
ours = awsmodel("place", before)
capacity = awsmodel("capacity", before)
if capacity:
    it.check("awsmodel capacity: 4 copies fit (2 per instance), memory runs out first",
             capacity.get("total") == 4 and all(i.get("limitedBy") == "RESOURCE:MEMORY" for i in capacity["instances"]),
             capacity)
ran = ecs.run_task(cluster=cluster, taskDefinition=family, count=3, launchType="EC2")
moto_where = [t["containerInstanceArn"] for t in ran["tasks"]]
if ours:
    it.check("RunTask count 3: awsmodel and moto both place 3 tasks", len(ours["tasks"]) == len(moto_where) == 3,
             (len(ours["tasks"]), len(moto_where)))
    it.check("RunTask count 3: no failures from either", ours["failures"] == [] and ran["failures"] == [],
             (ours["failures"], ran["failures"]))
    it.check("RunTask count 3: awsmodel's group is moto's", {t["group"] for t in ours["tasks"]} == {t["group"] for t in ran["tasks"]},
             ({t["group"] for t in ours["tasks"]}, {t["group"] for t in ran["tasks"]}))
after, described = scenario(3)
fits(described, moto_where)

# ---- second call: three more, one fits --------------------------------------------------------

ours = awsmodel("place", after)
left = awsmodel("capacity", after)
if left:
    it.check("after moto's 3 tasks, awsmodel capacity reads 1 more copy", left.get("total") == 1, left)
ran = ecs.run_task(cluster=cluster, taskDefinition=family, count=3, launchType="EC2")
if ours:
    it.check("RunTask count 3 with room for 1: both place 1 task", len(ours["tasks"]) == len(ran["tasks"]) == 1,
             (len(ours["tasks"]), len(ran["tasks"])))
    it.check("awsmodel reports RESOURCE:MEMORY for each instance",
             sorted(f["reason"] for f in ours["failures"]) == ["RESOURCE:MEMORY", "RESOURCE:MEMORY"], ours["failures"])
    if ran["failures"] == []:
        it.moto_differs("RunTask that places fewer tasks than count: moto returns no failures (it drops the tasks it "
                        "cannot place); ECS, and awsmodel, return one failure per instance with its reason "
                        f"({sorted(f['reason'] for f in ours['failures'])})")
_, described = scenario(0)
fits(described, [t["containerInstanceArn"] for t in ran["tasks"]])

sys.exit(it.finish())
