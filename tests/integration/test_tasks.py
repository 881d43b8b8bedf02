#!/usr/bin/env python3
"""Tasks against moto: RunTask with awsmodel-built requests (validated with the task definition and
the cluster as context before they are sent), then DescribeTasks, ListTasks, StopTask,
ListTaskDefinitions and ListTaskDefinitionFamilies, every response decoded strictly. The tasks are
Fargate tasks in the default VPC, so no container instance is needed."""
import json, re, sys

from awsmodel_it import MotoRepair, Run

it = Run("tasks")
it.require_kinds("CreateCluster", "RegisterTaskDefinition", "RunTask", "DescribeTasks", "ListTasks", "StopTask",
                 "ListTaskDefinitions", "ListTaskDefinitionFamilies")

cluster = f"awsmodel-{it.run_id}"
# AWS's early states of a task that nothing has stopped (API_Task lastStatus; task lifecycle).
STARTING = ("PROVISIONING", "PENDING", "ACTIVATING", "RUNNING")
# The AWS CLI's run-task examples and botocore's model write a container's cpu as a string ("0",
# "10"); moto writes a number, which awsmodel rightly refuses (COMMON-002).
CONTAINER_CPU = r"/tasks/\d+/containers/\d+/cpu"
cpu_as_string = [MotoRepair("COMMON-002", CONTAINER_CPU, 'a container\'s cpu is a string of CPU units ("0")', str)]
stop_cpu_as_string = [MotoRepair("COMMON-002", r"/task/containers/\d+/cpu",
                                 'a container\'s cpu is a string of CPU units ("0")', str)]
moto = it.moto_differs_once


# ---- the cluster, the task definition (twice: revisions 1 and 2), the network ------------------

td_req, created, (first, second), subnets, groups = it.fargate_cluster(cluster)
family = td_req["family"]
cluster_arn = created["cluster"]["clusterArn"]
revisions = sorted([first, second], key=lambda r: r["taskDefinition"]["revision"])
td = revisions[0]["taskDefinition"]
td_arns = [r["taskDefinition"]["taskDefinitionArn"] for r in revisions]
it.check("the two registrations are revisions 1 and 2", [r["taskDefinition"]["revision"] for r in revisions] == [1, 2],
         [r["taskDefinition"]["revision"] for r in revisions])
td_name = f"{family}:{td['revision']}"
containers = {c["name"]: c for c in td["containerDefinitions"]}
# What awsmodel validate reads for the rules of RunTask that need the definition and the cluster.
context = ["--task-definition", it.write_file("task-definition.json", json.dumps(revisions[0])),
           "--cluster", it.write_file("cluster.json", json.dumps(created["cluster"]))]

# ---- RunTask ----------------------------------------------------------------------------------

run_req = it.request("run-task-fargate", cluster, td_name, ",".join(subnets), ",".join(groups), it.run_id)
bare_req = it.request("run-task-without-network", cluster, td_name, it.run_id)
if not run_req or not bare_req:
    sys.exit(it.finish())
# Only the task definition says its network mode is awsvpc: awsmodel finds the missing network
# with it, and without it has nothing to object to.
it.check("run-task-without-network: awsmodel validate run-task --task-definition reports ECS-RT-009 at /networkConfiguration",
         it.findings("run-task", bare_req, context) == [("ECS-RT-009", "/networkConfiguration")],
         it.findings("run-task", bare_req, context))
it.check("run-task-without-network: without the task definition, no finding", it.findings("run-task", bare_req) == [],
         it.findings("run-task", bare_req))

ran, refused = it.call_many([
    {"operation": "RunTask", "request": run_req, "context": context, "moto_repairs": cpu_as_string},
    {"operation": "RunTask", "request": bare_req, "label": "RunTask without networkConfiguration", "expect_error": True},
])
# AWS refuses it (InvalidParameterException), and so does moto: the rule matches the service.
it.check("RunTask without networkConfiguration: refused, as awsmodel's ECS-RT-009 said",
         refused is not None and "Error" in refused and "Network Configuration must be provided" in refused["Error"],
         refused)
if not ran:
    sys.exit(it.finish())

sent_overrides = run_req["overrides"]


def aws_overrides():
    """The overrides as AWS describes a task: one containerOverrides item per container of the
    definition (only its name where the request changed nothing), and inferenceAcceleratorOverrides
    [] (the AWS CLI's run-task and start-task examples show both)."""
    given = {o["name"]: o for o in sent_overrides["containerOverrides"]}
    want = {k: v for k, v in sent_overrides.items() if k != "containerOverrides"}
    want["containerOverrides"] = sorted((given.get(n, {"name": n}) for n in containers), key=lambda o: o["name"])
    want["inferenceAcceleratorOverrides"] = []
    return want


def check_task(label, t, stopped=False):
    """What AWS says of a task of run_req: the definition, the request's values, one container per
    container definition, the network interface in one of the subnets sent."""
    arn = t.get("taskArn", "")
    m = re.fullmatch(r"arn:aws:ecs:us-east-1:\d{12}:task/" + re.escape(cluster) + r"/([0-9a-f-]+)", arn)
    it.check(f"{label}: taskArn in the cluster (long ARN format)", m, arn)
    if m and not re.fullmatch(r"[0-9a-f]{32}", m.group(1)):
        # AWS's task ids are 32 hexadecimal digits (the AWS CLI's examples); moto uses a UUID.
        moto("task ids are UUIDs; AWS's are 32 hexadecimal digits", m.group(1))
    it.check(f"{label}: clusterArn", t.get("clusterArn") == cluster_arn, t.get("clusterArn"))
    it.check(f"{label}: taskDefinitionArn of revision {td['revision']}", t.get("taskDefinitionArn") == td["taskDefinitionArn"],
             t.get("taskDefinitionArn"))
    for member in ("launchType", "platformVersion", "group", "startedBy"):
        it.check(f"{label}: {member} {run_req[member]} as sent", t.get(member) == run_req[member], t.get(member))
    if not stopped:
        it.check(f"{label}: desiredStatus RUNNING", t.get("desiredStatus") == "RUNNING", t.get("desiredStatus"))
        if t.get("lastStatus") not in STARTING:
            # moto moves a task one state on at each DescribeTasks (RUNNING, DEACTIVATING,
            # STOPPING, ...), stopped or not; AWS's task keeps running until something stops it.
            moto("a task nothing stopped is described past RUNNING (moto advances tasks at each DescribeTasks); "
                 f"AWS reports one of {', '.join(STARTING)} until it is stopped", t.get("lastStatus"))
    # The overrides: the request's, in the form AWS describes them.
    got = t.get("overrides")
    if got != aws_overrides():
        it.check(f"{label}: overrides as sent", got == sent_overrides, json.dumps(got)[:400])
        moto("a task's overrides are only what RunTask gave; AWS lists every container of the definition in "
             "containerOverrides (the name alone where nothing is overridden) and adds inferenceAcceleratorOverrides []")
    else:
        it.check(f"{label}: overrides as sent, in AWS's form", True)
    # The containers: AWS describes one per container definition, named and imaged as defined.
    cs = t.get("containers", [])
    it.check(f"{label}: every container is one of the definition's, with its image",
             cs and all(c.get("name") in containers and c.get("image") == containers[c["name"]]["image"] for c in cs),
             [(c.get("name"), c.get("image")) for c in cs])
    if sorted(c.get("name") for c in cs) != sorted(containers):
        moto(f"a task of a definition of {len(containers)} containers describes {len(cs)} "
             f"({', '.join(c.get('name', '?') for c in cs)}); AWS describes one per container definition")
    for c in cs:
        if c.get("taskArn") != arn:
            moto("a container's taskArn is the task definition's ARN; AWS gives the task's")
        if not re.fullmatch(r"arn:aws:ecs:us-east-1:\d{12}:container/" + re.escape(cluster) + "/.+", c.get("containerArn", "")):
            moto("a containerArn names the task definition; AWS's is arn:aws:ecs:REGION:ACCOUNT:container/CLUSTER/TASK/ID",
                 c.get("containerArn"))
    # awsvpc: one elastic network interface, in one of the subnets sent.
    enis = [a for a in t.get("attachments", []) if a.get("type") == "ElasticNetworkInterface"]
    details = {d.get("name"): d.get("value") for d in (enis[0].get("details", []) if enis else [])}
    it.check(f"{label}: one ElasticNetworkInterface attachment in a subnet sent",
             len(enis) == 1 and details.get("subnetId") in subnets, enis)
    # What AWS states of every task (the AWS CLI's run-task examples), with the overridden size.
    want = {"cpu": sent_overrides["cpu"], "memory": sent_overrides["memory"], "enableExecuteCommand": True,
            "platformFamily": "Linux"}
    for member, value in want.items():
        if member in t:
            it.check(f"{label}: {member} {value}", t[member] == value, t[member])
    absent = [m for m in ("cpu", "memory", "createdAt", "version", "availabilityZone", "enableExecuteCommand",
                          "platformFamily") if m not in t]
    if absent:
        moto(f"a task lacks {', '.join(absent)}, which AWS states for every Fargate task (cpu and memory as "
             f"overridden: {want['cpu']} and {want['memory']}; enableExecuteCommand as requested)")


tasks = ran.get("tasks", [])
it.check("RunTask: two tasks, no failures", len(tasks) == 2 and ran.get("failures") == [],
         (len(tasks), ran.get("failures")))
for t in tasks:
    check_task("RunTask", t)
    it.check("RunTask: tags as sent", t.get("tags") == run_req["tags"], t.get("tags"))
arns = [t.get("taskArn") for t in tasks]
if len(arns) != 2:
    sys.exit(it.finish())

# ---- DescribeTasks, ListTasks, the task definition lists --------------------------------------

missing = f"arn:aws:ecs:us-east-1:{cluster_arn.split(':')[4]}:task/{cluster}/{'0' * 32}"
described, plain, listed, filtered, defs, families = it.call_many([
    {"operation": "DescribeTasks", "label": "DescribeTasks --include TAGS",
     "args": ["--cluster", cluster, "--tasks", *arns, missing, "--include", "TAGS"], "moto_repairs": cpu_as_string},
    {"operation": "DescribeTasks", "args": ["--cluster", cluster, "--tasks", arns[0]], "moto_repairs": cpu_as_string},
    {"operation": "ListTasks", "args": ["--cluster", cluster]},
    {"operation": "ListTasks", "label": "ListTasks --family --started-by --desired-status RUNNING",
     "args": ["--cluster", cluster, "--family", family, "--started-by", it.run_id, "--desired-status", "RUNNING"]},
    {"operation": "ListTaskDefinitions", "label": "ListTaskDefinitions --family-prefix --sort DESC",
     "args": ["--family-prefix", family, "--status", "ACTIVE", "--sort", "DESC"]},
    {"operation": "ListTaskDefinitionFamilies", "label": "ListTaskDefinitionFamilies --family-prefix",
     "args": ["--family-prefix", family, "--status", "ACTIVE"]},
])
if described:
    found = described.get("tasks", [])
    it.check("DescribeTasks: exactly the two tasks run", sorted(t.get("taskArn") for t in found) == sorted(arns),
             [t.get("taskArn") for t in found])
    for t in found:
        check_task("DescribeTasks", t)
        it.check("DescribeTasks --include TAGS: tags as sent", t.get("tags") == run_req["tags"], t.get("tags"))
    failures = described.get("failures", [])
    if failures:
        it.check("DescribeTasks: the unknown task reported MISSING", failures == [{"arn": missing, "reason": "MISSING"}],
                 failures)
    else:
        moto("DescribeTasks leaves out a task it does not know; AWS lists it in failures with reason MISSING")
if plain:
    found = plain.get("tasks", [])
    it.check("DescribeTasks: the task asked for", [t.get("taskArn") for t in found] == arns[:1],
             [t.get("taskArn") for t in found])
    # Tags are described only when TAGS is asked for (DescribeTasks' include).
    it.check("DescribeTasks without --include: no tags", found and "tags" not in found[0], found and found[0].get("tags"))
if listed:
    it.check("ListTasks --cluster: the two tasks", sorted(listed.get("taskArns", [])) == sorted(arns), listed)
if filtered:
    it.check("ListTasks --family --started-by --desired-status RUNNING: the two tasks",
             sorted(filtered.get("taskArns", [])) == sorted(arns), filtered)
if defs:
    got = defs.get("taskDefinitionArns", [])
    it.check("ListTaskDefinitions --family-prefix: both revisions of the family", sorted(got) == sorted(td_arns), got)
    if got != td_arns[::-1] and sorted(got) == sorted(td_arns):
        moto("ListTaskDefinitions ignores --sort DESC (revision 1 first); AWS lists the newest revision first")
    else:
        it.check("ListTaskDefinitions --sort DESC: revision 2 first", got == td_arns[::-1], got)
if families:
    it.check(f"ListTaskDefinitionFamilies --family-prefix {family}: the family", families.get("families") == [family],
             families)

# ---- StopTask, then what it changed -----------------------------------------------------------

reason = "awsmodel integration test: done"
stopped = it.call("StopTask", args=["--cluster", cluster, "--task", arns[0], "--reason", reason],
                  moto_repairs=stop_cpu_as_string)
if stopped:
    t = stopped.get("task", {})
    it.check("StopTask: the task asked for", t.get("taskArn") == arns[0], t.get("taskArn"))
    check_task("StopTask", t, stopped=True)
    it.check("StopTask: desiredStatus STOPPED", t.get("desiredStatus") == "STOPPED", t.get("desiredStatus"))
    it.check("StopTask: stoppedReason as given", t.get("stoppedReason") == reason, t.get("stoppedReason"))
    if t.get("lastStatus") == "STOPPED":
        # StopTask sends the containers SIGTERM and waits up to the stop timeout (30 s by default)
        # before SIGKILL (API_StopTask), so AWS's answer still shows the task running.
        moto("StopTask answers lastStatus STOPPED at once; AWS's task is still stopping (SIGTERM, then up to "
             "the stop timeout, 30 s by default, before SIGKILL), so lastStatus has not reached STOPPED")
    if "stopCode" not in t:
        moto("a task StopTask stopped has no stopCode; AWS sets UserInitiated")
    else:
        it.check("StopTask: stopCode UserInitiated", t["stopCode"] == "UserInitiated", t["stopCode"])

# An override of a container the definition lacks: awsmodel reports it with the definition only.
odd_req = it.request("run-task-unknown-container", cluster, td_name, ",".join(subnets), ",".join(groups),
                     f"{it.run_id}-odd")
if odd_req:
    it.check("run-task-unknown-container: awsmodel validate run-task --task-definition reports ECS-RT-018",
             it.findings("run-task", odd_req, context) == [("ECS-RT-018", "/overrides/containerOverrides/0/name")],
             it.findings("run-task", odd_req, context))
    it.check("run-task-unknown-container: without the task definition, no finding", it.findings("run-task", odd_req) == [],
             it.findings("run-task", odd_req))
running, gone, odd = it.call_many([
    {"operation": "ListTasks", "label": "ListTasks --started-by --desired-status RUNNING",
     "args": ["--cluster", cluster, "--started-by", it.run_id, "--desired-status", "RUNNING"]},
    {"operation": "ListTasks", "label": "ListTasks --started-by --desired-status STOPPED",
     "args": ["--cluster", cluster, "--started-by", it.run_id, "--desired-status", "STOPPED"]},
    {"operation": "RunTask", "request": odd_req, "label": "RunTask overriding a container the definition lacks",
     "expect_error": True, "moto_repairs": cpu_as_string},
])
if running:
    it.check("ListTasks --desired-status RUNNING: the task not stopped", running.get("taskArns") == arns[1:], running)
if gone:
    it.check("ListTasks --desired-status STOPPED: the stopped task", gone.get("taskArns") == arns[:1], gone)
if odd is not None and "Error" in odd:
    it.check("RunTask overriding a container the definition lacks: refused, as awsmodel's ECS-RT-018 said", True)
elif odd is not None:
    # AWS answers InvalidParameterException ("Override for container named worker is not a
    # container in the TaskDefinition").
    moto("RunTask accepts an override of a container the task definition lacks (awsmodel's ECS-RT-018); AWS refuses it")

sys.exit(it.finish())
