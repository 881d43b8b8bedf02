#!/usr/bin/env python3
"""CreateCluster with an awsmodel-generated request, and DescribeClusters, against moto."""
import re, sys

from awsmodel_it import Run

it = Run("cluster")
it.require_kinds("CreateCluster", "DescribeClusters")

# Cluster names take letters, digits, hyphens and underscores: the run id qualifies.
name = f"awsmodel-{it.run_id}"
missing = f"awsmodel-missing-{it.run_id}"
ARN = re.compile(r"arn:aws:ecs:us-east-1:\d{12}:cluster/" + re.escape(name))


def strategy(items):
    # AWS states weight and base in every item it describes (0 where the request left them out,
    # the API's documented defaults); compared in that form.
    return [{"capacityProvider": i["capacityProvider"], "weight": i.get("weight", 0), "base": i.get("base", 0)}
            for i in items or []]


def check_cluster(label, req, c, with_tags):
    """What a cluster must say about the request that created it."""
    it.check(f"{label}: clusterName {name}", c.get("clusterName") == name, c.get("clusterName"))
    it.check(f"{label}: clusterArn names the cluster in us-east-1", ARN.fullmatch(c.get("clusterArn", "")),
             c.get("clusterArn"))
    # PROVISIONING while capacity provider resources are made, then ACTIVE (API_Cluster status).
    it.check(f"{label}: status {c.get('status')} is ACTIVE or PROVISIONING", c.get("status") in ("ACTIVE", "PROVISIONING"),
             c.get("status"))
    for count in ("registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount", "activeServicesCount"):
        it.check(f"{label}: {count} 0 in a new cluster", c.get(count) == 0, c.get(count))
    it.check(f"{label}: settings as sent", c.get("settings") == req["settings"], c.get("settings"))
    it.check(f"{label}: configuration (ECS Exec logging) as sent", c.get("configuration") == req["configuration"],
             c.get("configuration"))
    it.check(f"{label}: capacityProviders {req['capacityProviders']}",
             c.get("capacityProviders") == req["capacityProviders"], c.get("capacityProviders"))
    sent = req["defaultCapacityProviderStrategy"]
    got = c.get("defaultCapacityProviderStrategy")
    it.check(f"{label}: defaultCapacityProviderStrategy as sent", strategy(got) == strategy(sent), got)
    if got and any("base" not in i or "weight" not in i for i in got):
        it.moto_differs(f"{label}: a defaultCapacityProviderStrategy item lacks weight or base; AWS states both "
                        "(0 where the request left them out)")
    if with_tags:
        tags = {(t.get("key"), t.get("value")) for t in c.get("tags", [])}
        it.check(f"{label}: tags as sent", tags == {(t["key"], t["value"]) for t in req["tags"]}, c.get("tags"))
    # AWS answers with the statistics list (empty for a new cluster) in CreateCluster and when
    # DescribeClusters asks for STATISTICS.
    if "statistics" not in c:
        it.moto_differs(f"{label}: no statistics member; AWS returns \"statistics\": [] for a new cluster")
    else:
        it.check(f"{label}: statistics of a new cluster", isinstance(c["statistics"], list), c["statistics"])


req = it.request("create-cluster", name, it.run_id)
created = it.call("CreateCluster", request=req) if req else None
if created:
    cluster = created.get("cluster", {})
    # CreateCluster's answer carries the tags the request gave (the AWS CLI's create-cluster example).
    check_cluster("CreateCluster", req, cluster, with_tags="tags" in cluster)
    if "tags" not in cluster:
        it.moto_differs("CreateCluster: the response has no tags; AWS returns the request's tags")

    everything, plain = it.call_many([
        {"operation": "DescribeClusters", "label": "DescribeClusters --include all",
         "args": ["--clusters", name, missing, "--include", "ATTACHMENTS", "CONFIGURATIONS", "SETTINGS",
                  "STATISTICS", "TAGS"]},
        {"operation": "DescribeClusters", "label": "DescribeClusters", "args": ["--clusters", name]},
    ])
    if everything is not None:
        found = everything.get("clusters", [])
        it.check("DescribeClusters --include all: exactly the cluster created", [c.get("clusterName") for c in found]
                 == [name], [c.get("clusterName") for c in found])
        if found:
            check_cluster("DescribeClusters --include all", req, found[0], with_tags=True)
        # A name that is not a cluster is a failure with reason MISSING, not an error of the call.
        failures = everything.get("failures", [])
        it.check(f"DescribeClusters: {missing} reported MISSING",
                 [(f.get("reason"), (f.get("arn") or "").rsplit("/", 1)[-1]) for f in failures] == [("MISSING", missing)],
                 failures)
    if plain is not None and plain.get("clusters"):
        # Tags are described only when TAGS is asked for (DescribeClusters' include).
        it.check("DescribeClusters without --include: no tags", "tags" not in plain["clusters"][0],
                 plain["clusters"][0].get("tags"))

sys.exit(it.finish())
