#!/usr/bin/env python3
"""Writes the placement scenarios of tests/data/placement/ and their expected outcomes.

    make_scenarios.py [DIR]      (default: tests/data/placement beside this checkout)

Each scenario pins one documented behaviour or one decision of ../shared/research/placement.md
(its `description` says which, with the source). The expectation beside it, NAME.expected.json, is
written here by hand, from the documentation, not from running the engine:

    {"exit": 0, "placements": ["b", ["a", "c"]], "failures": [["a", "RESOURCE:MEMORY"]], ...}

- placements: one entry per task in output order, the instance's short name (the last part of its
  containerInstanceArn), or a list of names any of which is right (ties the documentation leaves
  open);
- failures: [name or null, reason], compared as a multiset;
- rules: the rule ids the diagnostics of an invalid scenario must name (exit 2);
- gpuIds, taskDefinitionArn, group, capacity: further checks (run_scenarios.py).

The builders below only spell out the shapes (botocore's ContainerInstance, Task, TaskDefinition,
RunTaskRequest); what a scenario pins is in its arguments.
"""
import json
import os
import sys

ACCOUNT = "123456789012"
REGION = "us-east-1"
CLUSTER = "demo"
DEFAULT_PORTS = ["22", "2375", "2376", "51678", "51679"]


def ci_arn(name):
    return f"arn:aws:ecs:{REGION}:{ACCOUNT}:container-instance/{CLUSTER}/{name}"


def instance(name, cpu=2048, memory=4096, zone="us-east-1a", itype="m5.large", status="ACTIVE", connected=True,
             ports=None, udp=None, gpus=None, attrs=None, remaining=True, running=0, agent="1.70.0",
             registered_at=1600000000, extra_attrs=None):
    """A described container instance; `cpu`/`memory` are what remains (and is registered)."""
    ports = DEFAULT_PORTS if ports is None else ports
    udp = [] if udp is None else udp
    def res(cpu_v, mem_v):
        r = [
            {"name": "CPU", "type": "INTEGER", "integerValue": cpu_v},
            {"name": "MEMORY", "type": "INTEGER", "integerValue": mem_v},
            {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ports},
            {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": udp},
        ]
        if gpus is not None:
            r.append({"name": "GPU", "type": "STRINGSET", "stringSetValue": gpus})
        return r
    attributes = [
        {"name": "ecs.availability-zone", "value": zone},
        {"name": "ecs.instance-type", "value": itype},
        {"name": "ecs.os-type", "value": "linux"},
        {"name": "ecs.cpu-architecture", "value": "x86_64"},
        {"name": "ecs.capability.task-eni"},
        {"name": "com.amazonaws.ecs.capability.docker-remote-api.1.21"},
    ]
    if attrs is not None:
        attributes = [a for a in attributes if a["name"] in ("ecs.availability-zone", "ecs.instance-type")] + attrs
    if zone is None:
        attributes = [a for a in attributes if a["name"] != "ecs.availability-zone"]
    attributes += extra_attrs or []
    ci = {
        "containerInstanceArn": ci_arn(name),
        "ec2InstanceId": f"i-{name}",
        "versionInfo": {"agentVersion": agent},
        "registeredResources": res(cpu, memory),
        "status": status,
        "agentConnected": connected,
        "runningTasksCount": running,
        "pendingTasksCount": 0,
        "attributes": attributes,
        "registeredAt": registered_at,
    }
    if remaining:
        ci["remainingResources"] = res(cpu, memory)
    return ci


def container(name="app", cpu=256, memory=512, reservation=None, ports=None, gpu=None):
    c = {"name": name, "image": "public.ecr.aws/nginx/nginx:latest", "cpu": cpu}
    if memory is not None:
        c["memory"] = memory
    if reservation is not None:
        c["memoryReservation"] = reservation
    if ports:
        c["portMappings"] = ports
    if gpu is not None:
        c["resourceRequirements"] = [{"type": "GPU", "value": str(gpu)}]
    return c


def task_def(family="web", revision=1, containers=None, mode=None, cpu=None, memory=None, status="ACTIVE",
             constraints=None, requires=None):
    td = {
        "taskDefinitionArn": f"arn:aws:ecs:{REGION}:{ACCOUNT}:task-definition/{family}:{revision}",
        "family": family,
        "revision": revision,
        "status": status,
        "containerDefinitions": containers or [container()],
        "compatibilities": ["EC2"],
    }
    if mode:
        td["networkMode"] = mode
    if cpu:
        td["cpu"] = cpu
    if memory:
        td["memory"] = memory
    if constraints:
        td["placementConstraints"] = constraints
    if requires:
        td["requiresAttributes"] = requires
    return td


def run(td="web", count=1, strategy=None, constraints=None, group=None, subnets=None, **extra):
    r = {"cluster": CLUSTER, "taskDefinition": td, "count": count, "launchType": "EC2"}
    if strategy:
        r["placementStrategy"] = [dict(zip(("type", "field"), s.split(":", 1))) if ":" in s else {"type": s}
                                  for s in strategy]
    if constraints:
        r["placementConstraints"] = constraints
    if group:
        r["group"] = group
    if subnets:
        r["networkConfiguration"] = {"awsvpcConfiguration": {"subnets": subnets}}
    r.update(extra)
    return r


TASK_NUMBERS = iter(range(1, 10**6))


def running_task(on, group="family:web", td="web:1", desired="RUNNING", last="RUNNING", cpu="256", memory="512"):
    t = {
        "taskArn": f"arn:aws:ecs:{REGION}:{ACCOUNT}:task/{CLUSTER}/{next(TASK_NUMBERS):032x}",
        "containerInstanceArn": ci_arn(on),
        "taskDefinitionArn": f"arn:aws:ecs:{REGION}:{ACCOUNT}:task-definition/{td}",
        "group": group,
        "lastStatus": last,
        "cpu": cpu,
        "memory": memory,
        "launchType": "EC2",
    }
    if desired is not None:
        t["desiredStatus"] = desired
    return t


def member_of(expr):
    return {"type": "memberOf", "expression": expr}


DISTINCT = {"type": "distinctInstance"}
SCENARIOS = {}


def scenario(name, description, instances, run_task, expected, tds=None, running=None, subnets=None, seed=None,
             benchmark=None):
    s = {"description": description, "containerInstances": instances,
         "taskDefinitions": tds if tds is not None else [task_def()], "runTask": run_task}
    if running:
        s["runningTasks"] = running
    if subnets:
        s["subnets"] = subnets
    if seed is not None:
        s["seed"] = seed
    if benchmark is not None:
        s["benchmarkOnly"] = benchmark
    expected.setdefault("exit", 0)
    if expected["exit"] == 0:
        expected.setdefault("failures", [])
    SCENARIOS[name] = (s, expected)


def subnet(sid, zone):
    return {"SubnetId": sid, "AvailabilityZone": zone, "VpcId": "vpc-0a1b2c3d", "State": "available"}


awsvpc_td = task_def(mode="awsvpc")

# --- resources -------------------------------------------------------------------------------
scenario("binpack_memory",
         "binpack memory takes the instance with the least remaining memory that still fits, updated after each "
         "task (DG task-placement-strategies)",
         [instance("a", memory=4096), instance("b", memory=2048), instance("c", memory=1024)],
         run(count=3, strategy=["binpack:memory"]),
         {"placements": ["b", "a", "a"]},
         tds=[task_def(containers=[container(memory=1536)])])
scenario("binpack_cpu", "binpack cpu: least remaining CPU units that still fit (DG task-placement-strategies)",
         [instance("a", cpu=4096), instance("b", cpu=1024), instance("c", cpu=256)],
         run(count=2, strategy=["binpack:cpu"]),
         {"placements": ["b", "b"]},
         tds=[task_def(containers=[container(cpu=512, memory=128)])])
scenario("memory_reservation_reserved",
         "memoryReservation is reserved when set, even beside a hard memory limit (DG task_definition_parameters)",
         [instance("a", memory=1024)],
         run(count=2),
         {"placements": ["a", "a"]},
         tds=[task_def(containers=[container(memory=2048, reservation=512)])])
scenario("memory_hard_limit", "without memoryReservation the hard memory limit is reserved",
         [instance("a", memory=1024)],
         run(count=2),
         {"placements": ["a"], "failures": [["a", "RESOURCE:MEMORY"]]},
         tds=[task_def(containers=[container(memory=600)])])
scenario("task_level_sizes", "task-level cpu and memory replace the containers' sums (\"1 vCPU\", \"1GB\" forms)",
         [instance("a", cpu=4096, memory=1500)],
         run(count=2),
         {"placements": ["a"], "failures": [["a", "RESOURCE:MEMORY"]]},
         tds=[task_def(cpu="1 vCPU", memory="1GB", containers=[container(cpu=128, memory=128)])])
scenario("overrides_task_memory", "RunTask overrides replace the task definition's memory (API TaskOverride)",
         [instance("a", cpu=4096, memory=1500)],
         run(count=2, overrides={"memory": "512"}),
         {"placements": ["a", "a"]},
         tds=[task_def(memory="1024", containers=[container(cpu=128, memory=128)])])
scenario("overrides_container_reservation", "a container override's memoryReservation replaces the definition's",
         [instance("a", memory=1000)],
         run(count=3, overrides={"containerOverrides": [{"name": "app", "memoryReservation": 300}]}),
         {"placements": ["a", "a", "a"]},
         tds=[task_def(containers=[container(memory=900)])])
scenario("failure_reason_order", "an instance short of CPU and memory fails with the first reason, RESOURCE:CPU",
         [instance("a", cpu=128, memory=128)],
         run(count=1),
         {"placements": [], "failures": [["a", "RESOURCE:CPU"]]})
scenario("remaining_from_running_tasks",
         "without remainingResources, registered minus the live running tasks (decision: remainingResources "
         "authoritative, else derived)",
         [instance("a", memory=1024, remaining=False, running=1)],
         run(count=1),
         {"placements": [], "failures": [["a", "RESOURCE:MEMORY"]]},
         tds=[task_def(containers=[container(memory=600)])],
         running=[running_task("a", group="family:other", td="other:1", memory="600")])
scenario("remaining_is_authoritative",
         "remainingResources are already net of running tasks: the running task is not subtracted again",
         [instance("a", memory=700, running=1)],
         run(count=1),
         {"placements": ["a"]},
         tds=[task_def(containers=[container(memory=600)])],
         running=[running_task("a", group="family:other", td="other:1", memory="600")])

# --- ports ------------------------------------------------------------------------------------
static80 = [container(ports=[{"containerPort": 80, "hostPort": 80}])]
scenario("static_port_conflict", "a static host port is reserved: the next task needs another instance (RESOURCE:PORTS)",
         [instance("a"), instance("b")],
         run(count=3, strategy=["spread:instanceId"]),
         {"placements": ["a", "b"], "failures": [["a", "RESOURCE:PORTS"], ["b", "RESOURCE:PORTS"]]},
         tds=[task_def(containers=static80)])
scenario("dynamic_ports", "hostPort 0 is dynamic and reserves nothing: three tasks share one instance",
         [instance("a")],
         run(count=3),
         {"placements": ["a", "a", "a"]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 80, "hostPort": 0}])])])
scenario("absent_host_port_dynamic", "bridge mode without hostPort is dynamic",
         [instance("a")],
         run(count=2),
         {"placements": ["a", "a"]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 80}])])])
scenario("host_mode_port", "host mode reserves the containerPort: one task per instance",
         [instance("a")],
         run(count=2),
         {"placements": ["a"], "failures": [["a", "RESOURCE:PORTS"]]},
         tds=[task_def(mode="host", containers=[container(ports=[{"containerPort": 8080}])])])
scenario("agent_reserved_port", "the agent's reserved ports (22, 2375, ...) are in use",
         [instance("a")],
         run(count=1),
         {"placements": [], "failures": [["a", "RESOURCE:PORTS"]]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 22, "hostPort": 22}])])])
scenario("udp_ports", "udp host ports are PORTS_UDP: in use on a, free on b",
         [instance("a", udp=["53"]), instance("b", memory=8192)],
         run(count=1, strategy=["binpack:memory"]),
         {"placements": ["b"]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 53, "hostPort": 53, "protocol": "udp"}])])])
scenario("udp_and_tcp_apart", "the same number in TCP and UDP does not clash",
         [instance("a", ports=DEFAULT_PORTS + ["53"])],
         run(count=1),
         {"placements": ["a"]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 53, "hostPort": 53, "protocol": "udp"}])])])
hundred = [str(p) for p in range(10000, 10100)]
scenario("port_limit_100", "at most 100 reserved ports per instance, including the agent's: a holds 100, b 99",
         [instance("a", ports=hundred), instance("b", ports=hundred[:99])],
         run(count=2, strategy=["binpack:memory"]),
         {"placements": ["b"], "failures": [["a", "RESOURCE:PORTS"], ["b", "RESOURCE:PORTS"]]},
         tds=[task_def(containers=[container(ports=[{"containerPort": 8080, "hostPort": 8080}])])])
scenario("awsvpc_no_host_ports", "awsvpc tasks reserve no host port (the ENI has the port)",
         [instance("a", itype="m5.4xlarge")],
         run(count=3, subnets=["subnet-0aaaaaaa"]),
         {"placements": ["a", "a", "a"]},
         tds=[task_def(mode="awsvpc", containers=static80)])

# --- GPUs, ENIs, attributes, zones ------------------------------------------------------------
scenario("gpu_ids", "GPUs are assigned by id and taken (DG ecs-gpu)",
         [instance("a", gpus=["GPU-0", "GPU-1"], itype="g4dn.12xlarge"), instance("b")],
         run(count=3, strategy=["binpack:memory"]),
         {"placements": ["a", "a"], "failures": [["a", "RESOURCE:GPU"], ["b", "RESOURCE:GPU"]],
          "gpuIds": [["GPU-0"], ["GPU-1"]]},
         tds=[task_def(containers=[container(gpu=1)])])
scenario("gpu_all", "\"ALL\" takes every free GPU and needs one",
         [instance("a", gpus=["GPU-0", "GPU-1"], itype="g4dn.12xlarge")],
         run(count=2),
         {"placements": ["a"], "failures": [["a", "RESOURCE:GPU"]], "gpuIds": [["GPU-0", "GPU-1"]]},
         tds=[task_def(containers=[container(gpu="ALL")])])
scenario("eni_limit", "awsvpc: c5.large has 3 interfaces, the primary counts: 2 tasks (DG container-instance-eni)",
         [instance("a", itype="c5.large")],
         run(count=3, subnets=["subnet-0aaaaaaa"]),
         {"placements": ["a", "a"], "failures": [["a", "RESOURCE:ENI"]]},
         tds=[awsvpc_td])
scenario("eni_counts_running_tasks", "a running awsvpc task holds an ENI",
         [instance("a", itype="c5.large", running=1)],
         run(count=2, subnets=["subnet-0aaaaaaa"]),
         {"placements": ["a"], "failures": [["a", "RESOURCE:ENI"]]},
         tds=[awsvpc_td], running=[running_task("a", group="family:web")])
scenario("eni_trunked", "trunked instances (ecs.awsvpc-trunk-id) are not limited by the type's interfaces",
         [instance("a", itype="c5.large", extra_attrs=[{"name": "ecs.awsvpc-trunk-id", "value": "eni-0trunk"}])],
         run(count=3, subnets=["subnet-0aaaaaaa"]),
         {"placements": ["a", "a", "a"]},
         tds=[awsvpc_td])
scenario("awsvpc_needs_task_eni", "awsvpc needs the ecs.capability.task-eni attribute (ATTRIBUTE)",
         [instance("a", attrs=[]), instance("b")],
         run(count=1, subnets=["subnet-0aaaaaaa"]),
         {"placements": ["b"]},
         tds=[awsvpc_td])
scenario("requires_attributes", "requiresAttributes: an instance lacking one fails with ATTRIBUTE",
         [instance("a", attrs=[]), instance("b", attrs=[{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.21"}])],
         run(count=2, strategy=["spread:instanceId"]),
         {"placements": ["b", "b"]},
         tds=[task_def(requires=[{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.21"}])])
scenario("requires_attributes_failure", "ATTRIBUTE is the failure when no instance has the attribute",
         [instance("a", attrs=[])],
         run(count=1),
         {"placements": [], "failures": [["a", "ATTRIBUTE"]]},
         tds=[task_def(requires=[{"name": "com.amazonaws.ecs.capability.docker-remote-api.1.21"}])])
scenario("location", "awsvpc: the instance's zone must host one of the request's subnets (LOCATION)",
         [instance("a", zone="us-east-1b", memory=1024), instance("b", zone="us-east-1a")],
         run(count=1, strategy=["binpack:memory"], subnets=["subnet-0aaaaaaa"]),
         {"placements": ["b"]},
         tds=[awsvpc_td], subnets=[subnet("subnet-0aaaaaaa", "us-east-1a")])
scenario("location_failure", "LOCATION is the failure when no instance is in a subnet's zone",
         [instance("a", zone="us-east-1b")],
         run(count=1, subnets=["subnet-0aaaaaaa"]),
         {"placements": [], "failures": [["a", "LOCATION"]]},
         tds=[awsvpc_td], subnets=[subnet("subnet-0aaaaaaa", "us-east-1a")])
scenario("location_unmapped", "an unmapped subnet is not judged: LOCATION does not apply",
         [instance("a", zone="us-east-1b", memory=1024), instance("b", zone="us-east-1a")],
         run(count=1, strategy=["binpack:memory"], subnets=["subnet-0bbbbbbb"]),
         {"placements": ["a"]},
         tds=[awsvpc_td], subnets=[subnet("subnet-0aaaaaaa", "us-east-1a")])

# --- status and agent -------------------------------------------------------------------------
scenario("agent_disconnected", "a disconnected agent takes no task (AGENT)",
         [instance("a", connected=False, memory=1024), instance("b")],
         run(count=2, strategy=["binpack:memory"]),
         {"placements": ["b", "b"]})
scenario("agent_failure", "AGENT is the failure of a disconnected instance",
         [instance("a", connected=False)],
         run(count=1),
         {"placements": [], "failures": [["a", "AGENT"]]})
scenario("draining_never_used", "DRAINING instances are never candidates and never named in failures",
         [instance("a", status="DRAINING", memory=8192), instance("b", memory=512)],
         run(count=2),
         {"placements": ["b"], "failures": [["b", "RESOURCE:MEMORY"]]})
scenario("no_active_instance", "no ACTIVE instance: one MISSING failure without an arn",
         [instance("a", status="DRAINING"), instance("b", status="INACTIVE")],
         run(count=1),
         {"placements": [], "failures": [[None, "MISSING"]]})
scenario("empty_cluster", "an empty cluster: MISSING", [], run(count=2),
         {"placements": [], "failures": [[None, "MISSING"]]})

# --- strategies --------------------------------------------------------------------------------
scenario("spread_instance", "spread instanceId: fewest tasks of the group; ties in the cluster's order",
         [instance("a"), instance("b"), instance("c")],
         run(count=4, strategy=["spread:instanceId"]),
         {"placements": [["a", "b", "c"], ["a", "b", "c"], ["a", "b", "c"], ["a", "b", "c"]], "distinct_first": 3})
scenario("spread_host", "spread host means instanceId",
         [instance("a"), instance("b")],
         run(count=2, strategy=["spread:host"]),
         {"placements": [["a", "b"], ["a", "b"]], "distinct_first": 2})
scenario("spread_counts_running_tasks", "spread counts the group's live running tasks: a has 2, c 1, b none",
         [instance("a", running=2), instance("b"), instance("c", running=1)],
         run(count=2, strategy=["spread:instanceId"]),
         {"placements": ["b", ["b", "c"]]},
         running=[running_task("a"), running_task("a"), running_task("c")])
scenario("spread_other_groups_ignored", "tasks of other groups do not count for spread",
         [instance("a", running=2), instance("b")],
         run(count=1, strategy=["spread:instanceId"]),
         {"placements": ["a"]},
         running=[running_task("a", group="family:batch", td="batch:1"),
                  running_task("a", group="family:batch", td="batch:1")])
scenario("spread_stopped_tasks_ignored", "a task with desiredStatus STOPPED does not count",
         [instance("a", running=1), instance("b", running=1)],
         run(count=1, strategy=["spread:instanceId"]),
         {"placements": ["b"]},
         running=[running_task("a"), running_task("b", desired="STOPPED")])
scenario("spread_zone_then_binpack",
         "spread across zones, then binpack memory within them (DG task-placement-strategies example)",
         [instance("a", zone="us-east-1a", memory=4096), instance("b", zone="us-east-1a", memory=2048),
          instance("c", zone="us-east-1b", memory=4096)],
         run(count=3, strategy=["spread:attribute:ecs.availability-zone", "binpack:memory"]),
         {"placements": ["b", "c", "b"]})
scenario("spread_missing_attribute_bucket", "spread on an attribute some instances lack: the absent value is a bucket",
         [instance("a", extra_attrs=[{"name": "stack", "value": "x"}]),
          instance("b", extra_attrs=[{"name": "stack", "value": "x"}]), instance("c")],
         run(count=2, strategy=["spread:attribute:stack"]),
         {"placements": [["a", "b", "c"], ["a", "b", "c"]], "distinct_buckets": "stack"})
scenario("spread_absent_attribute_one_bucket",
         "the instances lacking the attribute share one bucket: a (stack=x) runs one task of the group; the absent "
         "bucket gets the first task, then both buckets hold one and the tie goes to the first instance, a",
         [instance("a", running=1, extra_attrs=[{"name": "stack", "value": "x"}]), instance("b"), instance("c")],
         run(count=2, strategy=["spread:attribute:stack"]),
         {"placements": ["b", "a"]},
         running=[running_task("a")])
scenario("spread_counts_tasks_on_draining_instances",
         "spread counts the group's tasks on every listed instance, DRAINING ones too: zone 1a has 2",
         [instance("a", zone="us-east-1a"), instance("b", zone="us-east-1a", status="DRAINING", running=2),
          instance("c", zone="us-east-1b", memory=8192)],
         run(count=1, strategy=["spread:attribute:ecs.availability-zone"]),
         {"placements": ["c"]},
         running=[running_task("b"), running_task("b")])
scenario("spread_then_spread", "spread zone, then instanceId within the zones",
         [instance("a", zone="us-east-1a"), instance("b", zone="us-east-1a"), instance("c", zone="us-east-1b")],
         run(count=4, strategy=["spread:attribute:ecs.availability-zone", "spread:instanceId"]),
         {"placements": [["a", "c"], ["a", "b", "c"], ["a", "b", "c"], ["a", "b", "c"]],
          "per_zone": {"us-east-1a": 2, "us-east-1b": 2}, "distinct_first": 3})
scenario("binpack_then_spread", "binpack memory, then spread instanceId among equal memory",
         [instance("a", memory=2048, running=1), instance("b", memory=2048)],
         run(count=1, strategy=["binpack:memory", "spread:instanceId"]),
         {"placements": ["b"]},
         running=[running_task("a")])
scenario("random_seeded", "random: any candidate, the same for the same seed",
         [instance("a"), instance("b"), instance("c", memory=128)],
         run(count=2, strategy=["random"]),
         {"placements": [["a", "b"], ["a", "b"]]}, seed=42)
scenario("random_stops_chain", "random chooses among all still tied; later strategies never run",
         [instance("a", memory=1024), instance("b", memory=4096)],
         run(count=1, strategy=["random", "binpack:memory"]),
         {"placements": [["a", "b"]]}, seed=7)
scenario("no_strategy", "RunTask without strategy: any feasible instance",
         [instance("a", memory=128), instance("b")],
         run(count=2),
         {"placements": ["b", "b"]})
scenario("five_strategies", "five strategies are allowed (API RunTaskRequest)",
         [instance("a"), instance("b", memory=1024)],
         run(count=1, strategy=["binpack:memory", "binpack:cpu", "spread:instanceId",
                                "spread:attribute:ecs.availability-zone", "spread:host"]),
         {"placements": ["b"]})

# --- constraints -------------------------------------------------------------------------------
scenario("distinct_instance", "distinctInstance: each task of the group on a different instance",
         [instance("a"), instance("b")],
         run(count=3, constraints=[DISTINCT], strategy=["binpack:memory"]),
         {"placements": [["a", "b"], ["a", "b"]], "distinct_first": 2,
          "failures": [["a", "DistinctInstance placement constraint unsatisfied."],
                       ["b", "DistinctInstance placement constraint unsatisfied."]]})
scenario("distinct_instance_running_task", "distinctInstance counts a live running task of the same group",
         [instance("a", running=1)],
         run(count=1, constraints=[DISTINCT]),
         {"placements": [], "failures": [["a", "DistinctInstance placement constraint unsatisfied."]]},
         running=[running_task("a")])
scenario("distinct_instance_other_group", "distinctInstance ignores tasks of other groups",
         [instance("a", running=1)],
         run(count=1, constraints=[DISTINCT]),
         {"placements": ["a"]},
         running=[running_task("a", group="family:batch", td="batch:1")])
scenario("distinct_instance_stopped_task",
         "distinctInstance looks at desired status: a task desired STOPPED does not count (DG constraint-examples)",
         [instance("a", running=1)],
         run(count=1, constraints=[DISTINCT]),
         {"placements": ["a"]},
         running=[running_task("a", desired="STOPPED")])
scenario("member_of_instance_type", "memberOf attribute:ecs.instance-type =~ t3.* (DG cluster-query-language)",
         [instance("a", itype="m5.large", memory=1024), instance("b", itype="t3.large")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("attribute:ecs.instance-type =~ t3.*")]),
         {"placements": ["b"]})
scenario("member_of_failure", "the memberOf failure reason",
         [instance("a", itype="m5.large")],
         run(count=1, constraints=[member_of("attribute:ecs.instance-type =~ t3.*")]),
         {"placements": [], "failures": [["a", "MemberOf placement constraint unsatisfied."]]})
scenario("member_of_whole_value_regex", "=~ matches the whole value: web-.* does not match xweb-03",
         [instance("a", extra_attrs=[{"name": "name", "value": "xweb-03"}], memory=1024),
          instance("b", extra_attrs=[{"name": "name", "value": "web-01"}])],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("attribute:name =~ web-.*")]),
         {"placements": ["b"]})
scenario("member_of_missing_attribute", "attribute:stack != prod: instances with stack unless prod; lacking it is false",
         [instance("a", memory=512), instance("b", extra_attrs=[{"name": "stack", "value": "dev"}]),
          instance("c", memory=1024, extra_attrs=[{"name": "stack", "value": "prod"}])],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("attribute:stack != prod")]),
         {"placements": ["b"]})
scenario("member_of_not_exists", "attribute:stack !exists holds where the attribute is absent",
         [instance("a"), instance("b", memory=1024, extra_attrs=[{"name": "stack", "value": "dev"}])],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("attribute:stack !exists")]),
         {"placements": ["a"]})
scenario("member_of_anti_affinity", "not(task:group == database) keeps away from database tasks",
         [instance("a", running=1, memory=1024), instance("b")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("not(task:group == database)")]),
         {"placements": ["b"]},
         running=[running_task("a", group="database", td="db:1")])
scenario("member_of_task_group_empty_instance", "task:group != database is false on an instance without tasks",
         [instance("a")],
         run(count=1, constraints=[member_of("task:group != database")]),
         {"placements": [], "failures": [["a", "MemberOf placement constraint unsatisfied."]]})
scenario("member_of_affinity", "task:group == database selects instances running database tasks",
         [instance("a", running=1), instance("b", memory=1024)],
         run(count=2, strategy=["binpack:memory"], constraints=[member_of("task:group == database")]),
         {"placements": ["a", "a"]},
         running=[running_task("a", group="database", td="db:1")])
scenario("member_of_state_updated", "memberOf sees the call's earlier placements: runningTasksCount < 1",
         [instance("a", memory=1024), instance("b")],
         run(count=3, strategy=["binpack:memory"], constraints=[member_of("runningTasksCount < 1")]),
         {"placements": ["a", "b"], "failures": [["a", "MemberOf placement constraint unsatisfied."],
                                                 ["b", "MemberOf placement constraint unsatisfied."]]})
scenario("member_of_in_list", "ec2InstanceId in ['i-b', 'i-c'] with quoted items",
         [instance("a", memory=512), instance("b"), instance("c", memory=1024)],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("ec2InstanceId in ['i-b', 'i-c']")]),
         {"placements": ["c"]})
scenario("member_of_not_in", "ec2InstanceId !in [i-a]",
         [instance("a", memory=512), instance("b")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("ec2InstanceId not_in [i-a]")]),
         {"placements": ["b"]})
scenario("member_of_and_or_parentheses", "and binds tighter than or; parentheses group",
         [instance("a", zone="us-east-1a", itype="t3.small", memory=512),
          instance("b", zone="us-east-1b", itype="m5.large", memory=1024),
          instance("c", zone="us-east-1b", itype="t3.small")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of(
             "(attribute:ecs.availability-zone == us-east-1b and attribute:ecs.instance-type =~ t3.*) or "
             "ec2InstanceId == i-zzz")]),
         {"placements": ["c"]})
scenario("member_of_word_operators", "operators in word form: equals, not_equals, matches",
         [instance("a", memory=512, itype="t3.small"), instance("b", itype="t3.large")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of(
             "attribute:ecs.instance-type matches t3.* && attribute:ecs.instance-type not_equals t3.small")]),
         {"placements": ["b"]})
scenario("member_of_agent_version", "agentVersion compares dotted numbers: 1.9.0 < 1.14.5",
         [instance("a", agent="1.9.0", memory=512), instance("b", agent="1.14.5")],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("agentVersion >= 1.14.5")]),
         {"placements": ["b"]})
scenario("member_of_registered_at", "registeredAt compares instants; a date alone is midnight UTC",
         [instance("a", registered_at=1500000000, memory=512), instance("b", registered_at=1600000000)],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("registeredAt > 2018-06-18")]),
         {"placements": ["b"]})
scenario("member_of_numeric_attribute", "attribute ordering is numeric when both are numbers: 16 > 8",
         [instance("a", extra_attrs=[{"name": "mem_gb", "value": "16"}]),
          instance("b", memory=512, extra_attrs=[{"name": "mem_gb", "value": "4"}])],
         run(count=1, strategy=["binpack:memory"], constraints=[member_of("attribute:mem_gb > 8")]),
         {"placements": ["a"]})
scenario("member_of_task_definition", "the task definition's memberOf constraints apply with the request's",
         [instance("a", zone="us-east-1a", memory=512), instance("b", zone="us-east-1b")],
         run(count=1, strategy=["binpack:memory"]),
         {"placements": ["b"]},
         tds=[task_def(constraints=[member_of("attribute:ecs.availability-zone == us-east-1b")])])

# --- groups, references ------------------------------------------------------------------------
scenario("group_default", "the group defaults to family:<family>", [instance("a")], run(count=1),
         {"placements": ["a"], "group": "family:web"})
scenario("group_custom", "a group of the request", [instance("a")], run(count=1, group="blue"),
         {"placements": ["a"], "group": "blue"})
scenario("family_latest_active", "a bare family names its latest ACTIVE revision",
         [instance("a")], run(count=1),
         {"placements": ["a"], "taskDefinitionArn": "task-definition/web:2"},
         tds=[task_def(revision=1), task_def(revision=2), task_def(revision=3, status="INACTIVE")])
scenario("family_revision", "family:revision names that revision", [instance("a")], run(td="web:1", count=1),
         {"placements": ["a"], "taskDefinitionArn": "task-definition/web:1"},
         tds=[task_def(revision=1), task_def(revision=2)])
scenario("benchmark_count", "benchmarkOnly lifts the count limit of 10",
         [instance("a", memory=65536, cpu=65536)], run(count=40),
         {"placements": ["a"] * 40}, benchmark=True)

# --- invalid requests --------------------------------------------------------------------------
scenario("invalid_expression", "a memberOf expression that does not parse", [instance("a")],
         run(count=1, constraints=[member_of("attribute:stack === prod")]), {"exit": 2, "rules": ["ECS-RT-010"]})
scenario("invalid_too_many_strategies", "more than 5 strategies", [instance("a")],
         run(count=1, strategy=["binpack:memory"] * 6), {"exit": 2, "rules": ["ECS-RT-011"]})
scenario("invalid_too_many_constraints", "more than 10 constraints counting the task definition's", [instance("a")],
         run(count=1, constraints=[member_of("agentConnected == true")] * 10),
         {"exit": 2, "rules": ["ECS-RT-010"]},
         tds=[task_def(constraints=[member_of("agentConnected == true")])])
scenario("invalid_unknown_task_definition", "a task definition the scenario does not have", [instance("a")],
         run(td="api:3", count=1), {"exit": 2, "rules": ["ECS-PL-001"]})
scenario("invalid_inactive_revision", "an INACTIVE revision runs no new task", [instance("a")],
         run(td="web:1", count=1), {"exit": 2, "rules": ["ECS-PL-001"]},
         tds=[task_def(revision=1, status="INACTIVE")])
scenario("invalid_count_zero", "count 0", [instance("a")], run(count=0), {"exit": 2, "rules": ["ECS-RT-002"]})
scenario("invalid_count_eleven", "count 11 without benchmarkOnly", [instance("a")], run(count=11),
         {"exit": 2, "rules": ["ECS-RT-002"]})
scenario("invalid_benchmark_count", "benchmarkOnly still caps the count", [instance("a")], run(count=2000000),
         {"exit": 2, "rules": ["ECS-PL-005"]}, benchmark=True)
scenario("invalid_java_regex", "a Java-only regular expression (inline flag) cannot be evaluated", [instance("a")],
         run(count=1, constraints=[member_of("attribute:ecs.instance-type =~ (?i)T3.*")]),
         {"exit": 2, "rules": ["ECS-PL-003"]})
scenario("invalid_task_definition_expression", "the task definition's expression does not parse", [instance("a")],
         run(count=1), {"exit": 2, "rules": ["ECS-PL-003"]},
         tds=[task_def(constraints=[member_of("attribute:stack ==")])])
scenario("invalid_fargate", "placement models EC2 only", [instance("a")],
         run(count=1, launchType="FARGATE"), {"exit": 2, "rules": ["ECS-PL-002"]})
dup = instance("a")
scenario("invalid_duplicate_instance", "two instances with one ARN", [dup, dict(dup)], run(count=1),
         {"exit": 2, "rules": ["ECS-PL-004"]})

# --- capacity ---------------------------------------------------------------------------------
scenario("capacity_memory", "capacity: a 4096 MiB and a 1024 MiB instance hold 8 + 2 copies of 512 MiB; memory runs out",
         [instance("a", cpu=8192, memory=4096), instance("b", cpu=8192, memory=1024),
          instance("c", status="DRAINING")],
         run(count=1),
         {"placements": [["a", "b"]], "capacity": {"total": 10, "fits": {"a": 8, "b": 2},
                                            "limitedBy": {"a": "RESOURCE:MEMORY", "b": "RESOURCE:MEMORY"}}})
scenario("capacity_ports", "capacity: a static port allows one copy per instance",
         [instance("a"), instance("b")], run(count=1),
         {"placements": [["a", "b"]], "capacity": {"total": 2, "fits": {"a": 1, "b": 1},
                                                   "limitedBy": {"a": "RESOURCE:PORTS", "b": "RESOURCE:PORTS"}}},
         tds=[task_def(containers=static80)])

scenario("capacity_distinct_instance",
         "capacity with the request's distinctInstance: one copy per instance, b already runs one of the group",
         [instance("a"), instance("b", running=1)], run(count=1, constraints=[DISTINCT]),
         {"placements": ["a"], "capacity": {"total": 1, "fits": {"a": 1, "b": 0},
                                            "limitedBy": {"a": "DistinctInstance placement constraint unsatisfied.",
                                                          "b": "DistinctInstance placement constraint unsatisfied."}}},
         running=[running_task("b")])
scenario("capacity_member_of_running_tasks",
         "capacity with memberOf runningTasksCount < 3: the copies count, a runs one task already",
         [instance("a", running=1, memory=65536, cpu=65536)],
         run(count=1, constraints=[member_of("runningTasksCount < 3")]),
         {"placements": ["a"], "capacity": {"total": 2, "fits": {"a": 2},
                                            "limitedBy": {"a": "MemberOf placement constraint unsatisfied."}}},
         running=[running_task("a", group="family:batch", td="batch:1")])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "placement")
    os.makedirs(out, exist_ok=True)
    for name, (s, expected) in SCENARIOS.items():
        with open(os.path.join(out, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(s, f, indent=1)
            f.write("\n")
        with open(os.path.join(out, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1)
            f.write("\n")
    print(f"{len(SCENARIOS)} scenarios in {os.path.relpath(out)}")


if __name__ == "__main__":
    main()
