#!/usr/bin/env python3
"""Writes include/awsmodel/ec2/instance_type_catalog.hpp from moto's DescribeInstanceTypes data.

  gen_instance_types.py            regenerate the header in place
  gen_instance_types.py --check    exit 1 when the committed header differs from what the data gives
  gen_instance_types.py --output F write to F instead (e.g. to diff by hand)

The data is the dict of botocore `InstanceTypeInfo` values, keyed by name, that the Python package
moto ships (ec2/resources/instance_types.json.gz). The output depends only on that file: entries
sorted by name (byte order, the order std::string_view compares in), one aggregate initializer a
line, and moto's version and the file's sha256 in the banner so a reviewer sees what changed.

botocore's `InstanceType` enum (the reference of rule EC2-RI-004) names a few types that the data
does not describe (older generations such as p3 and f1); they are listed by name only, so that a
valid name is never reported while its details stay unknown.

Exit codes: 0 up to date (or written), 1 differs, 2 bad data, 77 moto is not installed (CTest
reports that as skipped: the check needs the data, the build does not).
"""
import argparse
import gzip
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(ROOT, "include", "awsmodel", "ec2", "instance_type_catalog.hpp")
SKIP = 77

# Each enumeration of instance_type.hpp, in enumerator order, and the short code the data uses
# for it (the header defines the codes, so each line stays short). Wire names are botocore's.
ARCHITECTURES = [("i386", "I"), ("x86_64", "X"), ("arm64", "A"), ("x86_64_mac", "XM"), ("arm64_mac", "AM")]
EBS_OPTIMIZED = [("unsupported", "Eu"), ("supported", "Es"), ("default", "Ed")]
HYPERVISORS = [("nitro", "Hn"), ("xen", "Hx"), (None, "H0")]
BOOT_MODES = [("legacy-bios", "L"), ("uefi", "U")]
USAGE_CLASSES = [("spot", "S"), ("on-demand", "O"), ("capacity-block", "C")]


class BadData(Exception):
    pass


def data_path():
    import moto  # imported here so that --help works without it

    return moto.__version__, os.path.join(os.path.dirname(moto.__file__), "ec2", "resources", "instance_types.json.gz")


def botocore_names():
    import botocore
    import botocore.session

    model = botocore.session.get_session().get_service_model("ec2")
    return botocore.__version__, model.shape_for("InstanceType").enum


def code(table, value, what, name):
    for wire, c in table:
        if wire == value:
            return c
    raise BadData(f"{name}: {what} {value!r} is not one of {[w for w, _ in table]}; extend instance_type.hpp first")


def mask(table, values, what, name):
    if not values:
        raise BadData(f"{name}: no {what}")
    codes = [code(table, v, what, name) for v in values]
    # Enumerator order, not the data's order, so that a reordered list gives the same line.
    return "|".join(c for _, c in table if c in codes)


def flag(b):
    return "1" if b else "0"


def entry(name, t):
    """One aggregate initializer, members in instance_type_info's declaration order."""
    if t.get("InstanceType") != name:
        raise BadData(f"{name}: keyed under a different InstanceType {t.get('InstanceType')!r}")
    if not name.isascii() or '"' in name or "\\" in name:
        raise BadData(f"{name!r}: not a plain ASCII name")
    vcpu = t["VCpuInfo"]
    ebs = t["EbsInfo"]
    net = t["NetworkInfo"]
    store = t.get("InstanceStorageInfo")
    gpu = t.get("GpuInfo")
    # Inf1 lists its Inferentia chips under both InferenceAcceleratorInfo and NeuronInfo; the
    # Neuron list is the newer, complete one, so the older is counted only when it is alone.
    if "NeuronInfo" in t:
        inference = sum(d["Count"] for d in t["NeuronInfo"]["NeuronDevices"])
    else:
        inference = sum(a["Count"] for a in t.get("InferenceAcceleratorInfo", {}).get("Accelerators", []))
    fpgas = sum(f["Count"] for f in t.get("FpgaInfo", {}).get("Fpgas", []))
    fields = [
        json.dumps(name),
        vcpu["DefaultVCpus"],
        vcpu["DefaultCores"],
        vcpu["DefaultThreadsPerCore"],
        t["MemoryInfo"]["SizeInMiB"],
        mask(ARCHITECTURES, t["ProcessorInfo"]["SupportedArchitectures"], "architecture", name),
        flag(t["BurstablePerformanceSupported"]),
        flag(t["CurrentGeneration"]),
        flag(t["BareMetal"]),
        flag(t["FreeTierEligible"]),
        code(EBS_OPTIMIZED, ebs["EbsOptimizedSupport"], "EbsOptimizedSupport", name),
        flag(ebs.get("NvmeSupport") == "required"),
        sum(d["Count"] for d in store["Disks"]) if store else 0,
        store["TotalSizeInGB"] if store else 0,
        flag(store is not None and store.get("NvmeSupport") in ("required", "supported")),
        net["MaximumNetworkInterfaces"],
        net["Ipv4AddressesPerInterface"],
        net["Ipv6AddressesPerInterface"],
        flag(net["Ipv6Supported"]),
        flag(net["EnaSupport"] in ("required", "supported")),
        flag(net["EnaSupport"] == "required"),
        flag(net["EfaSupported"]),
        sum(g["Count"] for g in gpu["Gpus"]) if gpu else 0,
        gpu.get("TotalGpuMemoryInMiB", 0) if gpu else 0,
        inference + fpgas,
        code(HYPERVISORS, t.get("Hypervisor"), "Hypervisor", name),
        mask(BOOT_MODES, t["SupportedBootModes"], "boot mode", name),
        flag(t["HibernationSupported"]),
        mask(USAGE_CLASSES, t["SupportedUsageClasses"], "usage class", name),
        flag(t["NitroEnclavesSupport"] == "supported"),
    ]
    return "{" + ",".join(str(f) for f in fields) + "},"


def codes_block():
    def line(table, enum, as_mask):
        if as_mask:
            return "\n".join(
                f"inline constexpr std::uint8_t {c} = enum_bit({enum}::{cpp(w)});" for w, c in table
            )
        return "\n".join(f"inline constexpr auto {c} = {enum}::{cpp(w) if w else 'none'};" for w, c in table)

    return "\n".join(
        [
            line(ARCHITECTURES, "architecture", True),
            line(EBS_OPTIMIZED, "ebs_optimized_support", False),
            line(HYPERVISORS, "instance_type_hypervisor", False),
            line(BOOT_MODES, "boot_mode_type", True),
            line(USAGE_CLASSES, "usage_class_type", True),
        ]
    )


def cpp(wire):
    n = wire.replace("-", "_")
    return n + "_" if n == "default" else n


def render(version, digest, types, enum_version, enum_names):
    names = sorted(types, key=lambda n: n.encode())
    lines = [entry(n, types[n]) for n in names]
    name_only = sorted(set(enum_names) - set(types), key=lambda n: n.encode())
    for n in name_only:
        if not n.isascii() or '"' in n or "\\" in n:
            raise BadData(f"{n!r}: not a plain ASCII name")
    return f"""// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
//
// GENERATED by tools/gen_instance_types.py: do not edit. Regenerate with
//   python3 tools/gen_instance_types.py
// Source: moto {version}, ec2/resources/instance_types.json.gz
//   sha256 {digest}
//   {len(names)} instance types (botocore InstanceTypeInfo), sorted by name.
// Names only: botocore {enum_version}, ec2 InstanceType enum values absent from that data.

#ifndef AWSMODEL_EC2_INSTANCE_TYPE_CATALOG_HPP
#define AWSMODEL_EC2_INSTANCE_TYPE_CATALOG_HPP

#include <awsmodel/ec2/instance_type_info.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace awsmodel::ec2::detail {{

namespace catalog_codes {{
{codes_block()}
}} // namespace catalog_codes

/// Every instance type of the data, sorted by name; members in instance_type_info's order.
inline constexpr std::size_t instance_type_count = {len(names)};
namespace catalog_codes {{
inline constexpr instance_type_info instance_types[instance_type_count] = {{
{chr(10).join(lines)}
}};
}} // namespace catalog_codes
using catalog_codes::instance_types;

/// Names that botocore's InstanceType enum has and the data does not describe, sorted.
inline constexpr std::string_view instance_type_names_without_details[] = {{
{chr(10).join(json.dumps(n) + "," for n in name_only)}
}};

}} // namespace awsmodel::ec2::detail

#endif
"""


def generate():
    version, path = data_path()
    with open(path, "rb") as f:
        raw = f.read()
    types = json.loads(gzip.decompress(raw))
    if not isinstance(types, dict) or not types:
        raise BadData(f"{path}: expected a non-empty object of instance types")
    return render(version, hashlib.sha256(raw).hexdigest(), types, *botocore_names())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed header instead of writing")
    ap.add_argument("--output", default=HEADER, help="header to write or check (default: %(default)s)")
    args = ap.parse_args()
    try:
        text = generate()
    except ImportError:
        print("gen_instance_types: moto or botocore is not installed, so the catalog cannot be checked "
              "(they ship the data: install the Python package moto)", file=sys.stderr)
        return SKIP
    except (BadData, KeyError, TypeError, ValueError) as e:
        print(f"gen_instance_types: the data does not fit the catalog: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            old, new = current.splitlines(), text.splitlines()
            first = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
            print(f"gen_instance_types: {args.output} does not match the data (first difference at line {first + 1}; "
                  f"{len(old)} lines committed, {len(new)} generated). Run python3 tools/gen_instance_types.py "
                  "and review the diff.", file=sys.stderr)
            if first < len(old) or first < len(new):
                print(f"  committed: {old[first] if first < len(old) else '(end of file)'}", file=sys.stderr)
                print(f"  generated: {new[first] if first < len(new) else '(end of file)'}", file=sys.stderr)
            return 1
        print(f"gen_instance_types: {args.output} is up to date")
        return 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"gen_instance_types: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
