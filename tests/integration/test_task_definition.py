#!/usr/bin/env python3
"""RegisterTaskDefinition and DescribeTaskDefinition against moto, for task definitions built with
awsmodel's builder, or, given --corpus, for every task definition of the shared corpus that
botocore accepts and awsmodel validates clean (CTest's awsmodel.integration.task_definition and
awsmodel.integration.task_definition.corpus; the latter is skipped when ../shared/corpus is absent,
and fails so with CI=true). Each described definition is converted back into a request with
ecs::to_register_request (awsmodel-integration-to-register-request), which must equal the request
sent once AWS's documented defaults are applied."""
import collections, json, math, os, re, subprocess, sys, time

from awsmodel_it import Run

it = Run("task_definition")
if it.corpus:
    it.require_corpus()
it.require_kinds("RegisterTaskDefinition", "DescribeTaskDefinition")
if not it.to_register or not os.access(it.to_register, os.X_OK):
    it.check("awsmodel-integration-to-register-request is built", False, it.to_register)
    sys.exit(it.finish())

# The TaskDefinition members RegisterTaskDefinition does not take (API_TaskDefinition).
READ_ONLY = {"taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
             "deregisteredAt", "deleteRequestedAt", "registeredBy"}
# Without the in-process CLI every call starts `aws` (about a second): then only a sample.
SAMPLE = 40


# ---- what AWS describes for a request ---------------------------------------------------------

def units(value, per):
    """Task cpu and memory as ECS stores them: "1 vCPU" -> "1024", ".5 GB" -> "512" (API_TaskDefinition:
    converted to CPU units and MiB when registered); numbers stay as they are."""
    m = re.fullmatch(r"\s*(\d*\.?\d+)\s*(vcpu|gb)\s*", value, re.IGNORECASE)
    return str(int(float(m.group(1)) * per)) if m else value


def aws_form(request):
    """The request as AWS describes it back, and the pointers of the members AWS adds itself.

    The added members and values are those AWS documents as defaults and shows in real
    DescribeTaskDefinition answers (the corpus holds several): essential true, container cpu 0,
    protocol tcp, hostPort equal to containerPort with awsvpc and host networking, and empty lists
    for environment, mountPoints, volumesFrom, portMappings, systemControls, volumes and
    placementConstraints; tags [] when TAGS is asked for."""
    want = json.loads(json.dumps(request))
    fills = {}  # pointer -> what AWS puts there, in words

    def fill(obj, key, value, pointer, said=None):
        if key not in obj:
            obj[key] = value
            fills[pointer] = said or json.dumps(value)

    for member, per in (("cpu", 1024), ("memory", 1024)):
        if member in want:
            want[member] = units(want[member], per)
    for member in ("volumes", "placementConstraints", "tags"):
        fill(want, member, [], f"/{member}")
    mode = want.get("networkMode")
    for i, c in enumerate(want.get("containerDefinitions", [])):
        at = f"/containerDefinitions/{i}"
        fill(c, "essential", True, f"{at}/essential")
        fill(c, "cpu", 0, f"{at}/cpu")
        for member in ("portMappings", "environment", "mountPoints", "volumesFrom", "systemControls"):
            fill(c, member, [], f"{at}/{member}")
        for j, p in enumerate(c["portMappings"]):
            fill(p, "protocol", "tcp", f"{at}/portMappings/{j}/protocol")
            if mode in ("awsvpc", "host") and "containerPort" in p:
                fill(p, "hostPort", p["containerPort"], f"{at}/portMappings/{j}/hostPort",
                     f"the containerPort ({mode} networking)")
    return want, fills


def equivalent(pointer, value):
    """Members whose absence AWS documents as meaning this very value, so either form is right:
    networkMode bridge (the Linux default), enableFaultInjection false, an EFS rootDirectory of /."""
    return ((pointer == "/networkMode" and value == "bridge") or (pointer == "/enableFaultInjection" and value is False)
            or (re.fullmatch(r"/volumes/\d+/efsVolumeConfiguration/rootDirectory", pointer) and value == "/"))


def differences(want, got, pointer=""):
    """(pointer, wanted, got) for each difference; MISSING marks an absent member."""
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            yield from differences(want.get(k, MISSING), got.get(k, MISSING), f"{pointer}/{k}")
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (w, g) in enumerate(zip(want, got)):
            yield from differences(w, g, f"{pointer}/{i}")
    elif want != got:
        yield pointer, want, got


MISSING = object()
# moto's departures from AWS, gathered over all documents and noted once each: what -> documents
departures = collections.OrderedDict()


def depart(what, doc):
    docs = departures.setdefault(what, [])
    if doc not in docs:
        docs.append(doc)


def general(pointer):
    return re.sub(r"/\d+(?=/|$)", "/N", pointer)


def compare(label, sent, converted):
    """The service's part: what moto described (converted back) against what AWS would describe."""
    want, fills = aws_form(sent)
    unexplained = []
    for pointer, w, g in differences(want, converted):
        if g is MISSING and pointer in fills:
            depart(f"moto leaves out {general(pointer)}, which AWS fills in with {fills[pointer]}", label)
        elif g is MISSING and equivalent(pointer, w):
            pass
        elif w is MISSING and equivalent(pointer, g):
            pass
        elif g is MISSING and pointer == "/enableFaultInjection":
            depart("moto drops enableFaultInjection (RegisterTaskDefinition takes it, TaskDefinition returns it)", label)
        elif pointer in ("/cpu", "/memory") and w != sent.get(pointer[1:]) and g == sent.get(pointer[1:]):
            depart(f"moto keeps task {pointer[1:]} as written (e.g. {json.dumps(g)}); AWS stores {json.dumps(w)}, "
                   "converted to CPU units or MiB", label)
        else:
            unexplained.append(f"{pointer}: AWS form {'(absent)' if w is MISSING else json.dumps(w)[:120]}, "
                               f"converted {'(absent)' if g is MISSING else json.dumps(g)[:120]}")
    return it.check(f"{label}: converted back, it equals the request sent (AWS's documented defaults applied"
                    f"{', moto departures noted' if not unexplained else ''})", not unexplained,
                    "; ".join(unexplained)[:1500])


def moto_stricter(sent, error):
    """moto's one documented excess (rules.md, ECS-TD-050): with EC2 in requiresCompatibilities it
    demands container memory even when memoryReservation is set, which AWS accepts."""
    m = re.search(r"Invalid setting for container '([^']*)'\. At least one of 'memory' or 'memoryReservation'", error)
    if not m or "EC2" not in sent.get("requiresCompatibilities", []) or sent.get("memory"):
        return False
    return any(c.get("name") == m.group(1) and "memoryReservation" in c for c in sent["containerDefinitions"])


# ---- the documents ----------------------------------------------------------------------------

documents = []  # (label, request, is corpus)
# The third is valid for AWS, and moto refuses it (see moto_stricter).
MAY_BE_REFUSED = {"task-definition-reservation-only"}
BUILT = ("task-definition-fargate", "task-definition-bridge", "task-definition-reservation-only")
for name in () if it.corpus else BUILT:  # the builder's, or the corpus's (--corpus)
    req = it.request(name, it.run_id)
    if req:
        it.check(f"{name}: family carries the run id", it.run_id in req.get("family", ""), req.get("family"))
        documents.append((name, req, False))

corpus = []
if it.corpus and not os.path.isfile(os.path.join(it.corpus, "MANIFEST.tsv")):
    it.check("the shared corpus holds MANIFEST.tsv", False, it.corpus)
elif it.corpus:
    with open(os.path.join(it.corpus, "MANIFEST.tsv")) as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    accepted = sorted(r[0] for r in rows if len(r) > 3 and r[2] == "RegisterTaskDefinitionRequest" and r[3] == "accept")
    paths = [os.path.join(it.corpus, r) for r in accepted]
    v = subprocess.run([it.awsmodel, "validate", "--json", "task-definition", *paths], capture_output=True, text=True,
                       timeout=300)
    findings = json.loads(v.stdout)
    rejected = {d["file"] for d in findings if d["severity"] == "error"}
    clean = [(r, p) for r, p in zip(accepted, paths) if p not in rejected]
    print(f"corpus: {len(accepted)} task definitions botocore accepts, {len(clean)} of them clean for awsmodel "
          f"validate task-definition, {len(rejected)} with findings (not sent)")
    it.check("the corpus has task definitions awsmodel validates clean", clean, len(clean))
    fast = it.fast_cli()
    if not fast and len(clean) > SAMPLE:
        step = math.ceil(len(clean) / SAMPLE)
        clean = clean[::step]
        print(f"corpus: the AWS CLI cannot run in this process (it is not the v1 this Python imports), so every call "
              f"starts it: a deterministic sample of {len(clean)} (every {step}th document) is sent")
    for r, p in clean:
        with open(p) as f:
            corpus.append((f"corpus {r}", json.load(f), True))
    documents += corpus

# ---- register, describe, convert back ---------------------------------------------------------

began = time.monotonic()
# A refusal is judged below (moto_stricter). The corpus's requests passed awsmodel validate all at
# once above; the builder's are checked call by call, except the one moto may refuse, which
# it.request has checked (the builder validates).
registered = it.call_batch([{"operation": "RegisterTaskDefinition", "request": req, "label": f"register {label}",
                             "checked": is_corpus, "expect_error": is_corpus or label in MAY_BE_REFUSED}
                            for label, req, is_corpus in documents])
took_register = time.monotonic() - began

described_docs = []  # (label, request, register response)
for (label, req, is_corpus), res in zip(documents, registered):
    if res is None:
        continue
    if "Error" in res:
        if moto_stricter(req, res["Error"]):
            depart("RegisterTaskDefinition refuses an EC2 container with memoryReservation but no memory; AWS "
                   "accepts it (ECS-TD-050 asks for one of the two)", label)
        else:
            # AWS refuses this too: awsmodel validate task-definition should have reported it.
            it.check(f"register {label}: accepted, as awsmodel validate task-definition accepted it", False,
                     f"moto refuses it as AWS does, so awsmodel misses a rule: {res['Error'][:300]}")
        continue
    td = res.get("taskDefinition", {})
    it.check(f"register {label}: family {req['family']}", td.get("family") == req["family"], td.get("family"))
    it.check(f"register {label}: status ACTIVE, a revision", td.get("status") == "ACTIVE" and
             isinstance(td.get("revision"), int) and td["revision"] >= 1, (td.get("status"), td.get("revision")))
    if not is_corpus:
        # A family of this run only: its first revision.
        it.check(f"register {label}: revision 1", td.get("revision") == 1, td.get("revision"))
    described_docs.append((label, req, res))

began = time.monotonic()
described = it.call_batch([{"operation": "DescribeTaskDefinition", "label": f"describe {label}",
                            "args": ["--task-definition",
                                     f"{res['taskDefinition']['family']}:{res['taskDefinition']['revision']}",
                                     "--include", "TAGS"]} for label, req, res in described_docs])
took_describe = time.monotonic() - began

pairs = []  # (label, request, description, file)
for n, ((label, req, res), d) in enumerate(zip(described_docs, described)):
    if d is None:
        continue
    it.check(f"describe {label}: the definition RegisterTaskDefinition returned",
             d.get("taskDefinition") == res.get("taskDefinition"), "the two differ")
    pairs.append((label, req, d, it.write_file(f"described-{n}.json", json.dumps(d))))

began = time.monotonic()
conversions = []
if pairs:
    p = subprocess.run([it.to_register, *[f for _, _, _, f in pairs]], capture_output=True, text=True, timeout=300)
    conversions = [json.loads(line) for line in p.stdout.splitlines()]
    it.check("awsmodel-integration-to-register-request answers for every description", len(conversions) == len(pairs),
             f"exit {p.returncode}: {p.stderr.strip()[:300]}")
round_trips = 0
for (label, req, d, f), line in zip(pairs, conversions):
    if not it.check(f"{label}: ecs::to_register_request converts the description", "request" in line,
                    line.get("findings")):
        continue
    converted = line["request"]
    # awsmodel's part: every request member of the description is carried over, nothing else.
    carried = {k: v for k, v in d["taskDefinition"].items() if k not in READ_ONLY}
    if "tags" in d:
        carried["tags"] = d["tags"]
    ok = it.check(f"{label}: the converted request holds exactly the description's request members", converted == carried,
                  [p for p, _, _ in differences(carried, converted)][:10])
    round_trips += compare(label, req, converted) and ok
took_convert = time.monotonic() - began

for what, docs in departures.items():
    it.moto_differs(f"{what} ({len(docs)} document(s), e.g. {docs[0]})")
corpus_registered = sum(1 for (label, _, is_corpus), res in zip(documents, registered)
                        if is_corpus and res is not None and "Error" not in res)
print(f"task definitions: {len(documents)} sent ({len(corpus)} from the corpus), {corpus_registered} corpus documents "
      f"registered, {round_trips} converted back; register {took_register:.1f} s, describe {took_describe:.1f} s, "
      f"convert {took_convert:.1f} s")
sys.exit(it.finish())
