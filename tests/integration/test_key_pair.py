#!/usr/bin/env python3
"""CreateKeyPair, ImportKeyPair and DescribeKeyPairs with awsmodel-generated requests against moto.

CreateKeyPair's response holds a private key (KeyMaterial): it is never printed, its response file
is deleted as soon as awsmodel has decoded it, and the test drops it once the fingerprint is checked.
"""
import base64, hashlib, os, re, shutil, subprocess, sys

from awsmodel_it import Run

it = Run("key_pair")
it.require_kinds("CreateKeyPair", "ImportKeyPair", "DescribeKeyPairs")

KEY_PAIR_ID = re.compile(r"key-[0-9a-f]{17}")
# moto writes every ED25519 fingerprint as colon hex of SHA-256 over the DER public key.
ED25519_FINGERPRINT = ("EC2-KP-012", r"/KeyFingerprint",
                       "moto writes ED25519 fingerprints as colon hex of a SHA-256 over the DER public key; AWS "
                       "writes the base64 SHA-256 of the OpenSSH key blob (what ssh-keygen -l prints)")


def colon_hex(digest):
    return ":".join(f"{b:02x}" for b in digest)


def run(*cmd, stdin=None):
    p = subprocess.run(cmd, capture_output=True, input=stdin, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {p.stderr.decode(errors='replace').strip()[:300]}")
    return p.stdout


def key_blob(public_key_line):
    return base64.b64decode(public_key_line.split()[1])


def ed25519_fingerprints(blob):
    """(what AWS writes, what moto writes) for an ED25519 public key blob."""
    aws = base64.b64encode(hashlib.sha256(blob).digest()).decode()
    der = bytes.fromhex("302a300506032b6570032100") + blob[-32:]  # SubjectPublicKeyInfo of the raw key
    return aws, colon_hex(hashlib.sha256(der).digest())


def same_base64_fingerprint(a, b):
    # AWS's documentation shows ED25519 fingerprints with and without the '=' padding.
    return a is not None and a.rstrip("=") == b.rstrip("=")


ssh_keygen = shutil.which("ssh-keygen")
openssl = shutil.which("openssl")
if not ssh_keygen:
    print("FAIL: ssh-keygen is not on PATH; ImportKeyPair needs a key made at test time (install openssh-client)")
    sys.exit(1)

# Public keys made for this run only, in the run's private temporary directory.
keys = {}
for kind, opts in (("ed25519", ["-t", "ed25519"]), ("rsa", ["-t", "rsa", "-b", "2048"])):
    path = os.path.join(it.tmp, f"id_{kind}")
    run(ssh_keygen, "-q", *opts, "-N", "", "-C", "awsmodel-integration", "-f", path)
    with open(path + ".pub") as f:
        keys[kind] = {"pub_path": path + ".pub", "line": f.read().strip()}
    os.remove(path)  # the private half is never needed
it.check("ssh-keygen made an ED25519 and an RSA public key", len(keys) == 2)

names = {
    "created-rsa": f"{it.run_id}-created-rsa",
    "created-ed25519": f"{it.run_id}-created-ed25519",
    "imported-ed25519": f"{it.run_id}-imported-ed25519",
    "imported-rsa": f"{it.run_id}-imported-rsa",
}
requests = {
    "created-rsa": it.request("create-key-pair-rsa", names["created-rsa"], it.run_id),
    "created-ed25519": it.request("create-key-pair-ed25519", names["created-ed25519"], it.run_id),
    "imported-ed25519": it.request("import-key-pair", names["imported-ed25519"], keys["ed25519"]["pub_path"], it.run_id,
                                   label="import-key-pair (ED25519)"),
    "imported-rsa": it.request("import-key-pair", names["imported-rsa"], keys["rsa"]["pub_path"], it.run_id,
                               label="import-key-pair (RSA)"),
}
for which in ("imported-ed25519", "imported-rsa"):
    req = requests[which]
    if req:
        # awsmodel holds the blob as the wire does: base64 of the file, encoded once.
        it.check(f"{which}: PublicKeyMaterial is the base64 of the .pub file",
                 base64.b64decode(req["PublicKeyMaterial"]).decode().strip() == keys[which.split("-")[1]]["line"])

calls = []
for which, req in requests.items():
    if not req:
        continue
    op = "CreateKeyPair" if which.startswith("created") else "ImportKeyPair"
    calls.append({"operation": op, "request": req, "label": f"{op} {which}", "which": which,
                  "moto_findings": [ED25519_FINGERPRINT] if which.endswith("ed25519") else []})
responses = it.call_many(calls)

RUN_TAGS = [{"Key": "awsmodel-run", "Value": it.run_id}]
results = {}  # which -> response (KeyMaterial removed)
for call, resp in zip(calls, responses):
    which, label = call["which"], call["label"]
    if not resp:
        continue
    it.check(f"{label}: KeyName {names[which]}", resp.get("KeyName") == names[which], resp.get("KeyName"))
    it.check(f"{label}: KeyPairId {resp.get('KeyPairId')} is key- and 17 hex digits",
             KEY_PAIR_ID.fullmatch(resp.get("KeyPairId", "")), resp.get("KeyPairId"))
    it.check(f"{label}: Tags are the request's key-pair tags", resp.get("Tags") == RUN_TAGS, resp.get("Tags"))
    fp = resp.get("KeyFingerprint")
    if which == "created-rsa":
        material = resp.pop("KeyMaterial", None) or ""
        it.check(f"{label}: KeyMaterial is an RSA private key in PEM (not shown)",
                 material.startswith("-----BEGIN RSA PRIVATE KEY-----"))
        if openssl and material:
            # AWS: SHA-1 of the private key's PKCS#8 DER. The key goes to openssl through a pipe only.
            pkcs8 = run(openssl, "pkcs8", "-topk8", "-nocrypt", "-outform", "DER", stdin=material.encode())
            public_der = run(openssl, "pkey", "-pubout", "-outform", "DER", stdin=material.encode())
            aws_fp, moto_fp = colon_hex(hashlib.sha1(pkcs8).digest()), colon_hex(hashlib.sha1(public_der).digest())
            if fp == moto_fp and fp != aws_fp:
                it.moto_differs(f"{label}: the fingerprint is a SHA-1 of the public key's DER; AWS hashes the "
                                "private key's PKCS#8 DER")
            else:
                it.check(f"{label}: KeyFingerprint is the SHA-1 of the private key (PKCS#8 DER)", fp == aws_fp, fp)
        del material
    elif which == "created-ed25519":
        material = resp.pop("KeyMaterial", None) or ""
        it.check(f"{label}: KeyMaterial is an OpenSSH private key (not shown)",
                 material.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"))
        del material
    elif which == "imported-rsa":
        # AWS: MD5 of the DER public key (its "Verify the fingerprint" page; rules.md EC2-KP-012).
        pem = run(ssh_keygen, "-e", "-m", "PKCS8", "-f", keys["rsa"]["pub_path"]).decode()
        der = base64.b64decode("".join(l for l in pem.splitlines() if not l.startswith("-----")))
        want = colon_hex(hashlib.md5(der).digest())
        it.check(f"{label}: KeyFingerprint {want} is the MD5 of the DER public key", fp == want, fp)
    elif which == "imported-ed25519":
        aws_fp, moto_fp = ed25519_fingerprints(key_blob(keys["ed25519"]["line"]))
        if fp == moto_fp:
            it.moto_differs(f"{label}: the fingerprint is {fp}; AWS writes {aws_fp}")
        else:
            it.check(f"{label}: KeyFingerprint is the base64 SHA-256 of the key blob ({aws_fp})",
                     same_base64_fingerprint(fp, aws_fp), fp)
    results[which] = resp

it.check("four key pairs created or imported", len(results) == 4, sorted(results))

# Described: the same ids and fingerprints, the key types, the public keys, by name and by tag; and
# a second import under a taken name, which AWS refuses (EC2-KP-009: only the service can tell).
by_name, by_tag, duplicate = it.call_many([
    {"operation": "DescribeKeyPairs", "args": ["--key-names", *names.values(), "--include-public-key"],
     "label": "DescribeKeyPairs --key-names", "moto_findings": [("EC2-KP-012", r"/KeyPairs/\d+/KeyFingerprint",
                                                                 ED25519_FINGERPRINT[2])]},
    {"operation": "DescribeKeyPairs", "args": ["--filters", f"Name=tag:awsmodel-run,Values={it.run_id}"],
     "label": "DescribeKeyPairs --filters tag:awsmodel-run",
     "moto_findings": [("EC2-KP-012", r"/KeyPairs/\d+/KeyFingerprint", ED25519_FINGERPRINT[2])]},
    {"operation": "ImportKeyPair", "request": requests["imported-rsa"], "expect_error": True,
     "label": "ImportKeyPair under a taken name"},
])

want_type = {"created-rsa": "rsa", "created-ed25519": "ed25519", "imported-ed25519": "ed25519", "imported-rsa": "rsa"}
if by_name is not None:
    described = {k.get("KeyName"): k for k in by_name.get("KeyPairs", [])}
    it.check("DescribeKeyPairs --key-names returns exactly the four key pairs",
             set(described) == set(names.values()), sorted(described))
    for which, name in names.items():
        k = described.get(name)
        if not k or which not in results:
            continue
        label = f"describe {which}"
        it.check(f"{label}: KeyPairId as returned at creation", k.get("KeyPairId") == results[which].get("KeyPairId"),
                 k.get("KeyPairId"))
        it.check(f"{label}: KeyFingerprint as returned at creation",
                 k.get("KeyFingerprint") == results[which].get("KeyFingerprint"), k.get("KeyFingerprint"))
        if "KeyType" not in k and "KeyType" not in requests[which]:
            # CreateKeyPair without KeyType makes an RSA key, and DescribeKeyPairs says so.
            it.moto_differs(f"{label}: KeyType is missing for a key created without one; AWS reports rsa")
        else:
            it.check(f"{label}: KeyType {want_type[which]}", k.get("KeyType") == want_type[which], k.get("KeyType"))
        public = k.get("PublicKey", "")
        it.check(f"{label}: PublicKey is an ssh-{want_type[which]} key (asked with --include-public-key)",
                 public.split()[:1] == [f"ssh-{want_type[which]}"], public[:40])
        if which == "created-ed25519" and public:
            # The created key's public half arrives only here; its fingerprint follows from it.
            aws_fp, moto_fp = ed25519_fingerprints(key_blob(public))
            fp = k.get("KeyFingerprint")
            if fp == moto_fp:
                it.moto_differs(f"{label}: the fingerprint is {fp}; AWS writes {aws_fp}")
            else:
                it.check(f"{label}: KeyFingerprint is the base64 SHA-256 of the key blob ({aws_fp})",
                         same_base64_fingerprint(fp, aws_fp), fp)
        if which.startswith("imported"):
            it.check(f"{label}: PublicKey is the imported key", public.split()[:2] ==
                     keys[want_type[which]]["line"].split()[:2], public[:80])
        it.check(f"{label}: CreateTime present", "CreateTime" in k)
        it.check(f"{label}: Tags are the request's key-pair tags", k.get("Tags") == RUN_TAGS, k.get("Tags"))
if by_tag is not None:
    found = {k.get("KeyName") for k in by_tag.get("KeyPairs", [])}
    it.check("DescribeKeyPairs --filters tag:awsmodel-run finds exactly this run's key pairs",
             found == set(names.values()), sorted(found))
    it.check("DescribeKeyPairs without --include-public-key returns no PublicKey",
             all("PublicKey" not in k for k in by_tag.get("KeyPairs", [])))
if duplicate is not None:
    it.check("ImportKeyPair under a taken name is refused with InvalidKeyPair.Duplicate (EC2-KP-009)",
             "Error" in duplicate and "InvalidKeyPair.Duplicate" in duplicate["Error"], duplicate)

sys.exit(it.finish())
