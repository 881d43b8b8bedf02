#!/usr/bin/env python3
"""Seed corpus and dictionary for awsmodel-fuzz-decode.

  make_seeds.py FUZZER OUT_DIR DICT_FILE [SOURCE_DIR...]

Asks FUZZER for its kinds (AWSMODEL_FUZZ_LIST_KINDS=1), then writes one seed per document that
belongs to a kind: byte 0 the kind's index, byte 1 the decode options (0: strict), then the
document. A document belongs to a kind when
  - a MANIFEST.tsv in its directory names the kind (column `kind`) or the kind's botocore
    service and shape (columns `service` and `shape`, as /work/shared/corpus does), or
  - its file name or directory name starts with the kind's name.
Documents that decode are also written with byte 1 = 2 (unknown members kept). The dictionary
holds every member name of the seeds, for the fuzzer to splice in.
"""
import csv, hashlib, json, os, subprocess, sys


def kinds_of(fuzzer):
    env = dict(os.environ, AWSMODEL_FUZZ_LIST_KINDS="1")
    out = subprocess.run([fuzzer], env=env, capture_output=True, text=True, check=True).stdout
    table = []
    for line in out.splitlines():
        index, name, service, shape = line.split("\t")
        table.append((int(index), name, service, shape))
    return table


def manifest_of(directory):
    path = os.path.join(directory, "MANIFEST.tsv")
    if not os.path.exists(path):
        return {}
    with open(path, newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {row["file"]: row for row in rows if row.get("file")}


def keys_of(value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            keys_of(v, out)
    elif isinstance(value, list):
        for v in value:
            keys_of(v, out)


def main():
    fuzzer, out_dir, dict_file, sources = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    kinds = kinds_of(fuzzer)
    by_shape = {(service, shape): index for index, _, service, shape in kinds}
    by_name = {name: index for index, name, _, _ in kinds}
    os.makedirs(out_dir, exist_ok=True)
    for old in os.listdir(out_dir):  # seeds of an earlier set of kinds would start with other bytes
        os.remove(os.path.join(out_dir, old))
    seeds, names = 0, set()

    def kind_for(directory, relative, manifest):
        row = manifest.get(relative)
        if row:
            if row.get("kind") in by_name:
                return by_name[row["kind"]]
            if (row.get("service"), row.get("shape")) in by_shape:
                return by_shape[(row["service"], row["shape"])]
            return None
        parts = relative.split("/")
        for name, index in sorted(by_name.items(), key=lambda kv: -len(kv[0])):
            if any(p.startswith(name) for p in parts):
                return index
        return None

    for source in sources:
        if not os.path.isdir(source):
            # ../shared/corpus is absent from a clone on its own: fewer seeds, said (.ci/run requires it).
            print(f"note: {os.path.normpath(source)} is absent: no seeds from it")
            continue
        manifest = manifest_of(source)
        for root, _, files in os.walk(source):
            for file in sorted(files):
                if not file.endswith((".json", ".config")):  # .config: the ECS agent's ecs.config
                    continue
                path = os.path.join(root, file)
                relative = os.path.relpath(path, source).replace(os.sep, "/")
                index = kind_for(source, relative, manifest)
                if index is None:
                    continue
                with open(path, "rb") as f:
                    text = f.read()
                modes = [0, 8]  # 8: strict (the ECS agent's open members reported)
                try:
                    doc = json.loads(text)
                    keys_of(doc, names)
                    modes.append(2)
                except (ValueError, UnicodeDecodeError):
                    pass
                for mode in modes:
                    seed = bytes([index, mode]) + text
                    name = hashlib.sha1(seed).hexdigest()
                    with open(os.path.join(out_dir, name), "wb") as f:
                        f.write(seed)
                    seeds += 1

    def quoted(token):
        return '"' + "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else
                             "".join(f"\\x{b:02x}" for b in c.encode()) for c in token) + '"'

    with open(dict_file, "w") as f:
        for token in sorted(names):
            f.write(quoted(json.dumps(token)) + "\n")
        for token in ["true", "false", "null", "-0.0", "1e400", "9223372036854775808", "18446744073709551616",
                      "2147483648", "\\u0000", "\\ud800", "\\udc00", "1.5", "\ufeff", "1e-7",
                      "2024-01-02T03:04:05Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "+14:00",
                      "253402300799", "-62135596800"]:
            f.write(quoted(token) + "\n")
    print(f"{seeds} seeds for {len(kinds)} kinds, {len(names)} member names in the dictionary")


if __name__ == "__main__":
    main()
