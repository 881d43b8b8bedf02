#!/usr/bin/env python3
"""Checks that the generated benchmark documents are ones AWS accepts: runs botocore's own
parameter validator over every document that awsmodel-bench-generate wrote.

  check_generated.py DIR      (DIR as written by `awsmodel-bench-generate DIR`)
Exits 0 when botocore accepts every document.
"""
import csv, json, os, sys
import botocore.session
from botocore.validate import ParamValidator


def main():
    root = sys.argv[1]
    session = botocore.session.get_session()
    models, bad, total = {}, 0, 0
    for row in csv.DictReader(open(os.path.join(root, "MANIFEST.tsv")), delimiter="\t"):
        service = row["service"]
        if service not in models:
            models[service] = session.get_service_model(service)
        doc = json.load(open(os.path.join(root, row["file"]), encoding="utf-8"))
        report = ParamValidator().validate(doc, models[service].shape_for(row["shape"]))
        total += 1
        if report.has_errors():
            bad += 1
            if bad <= 5:
                print(row["file"], report.generate_report()[:400])
    print(f"{total - bad}/{total} generated documents accepted by botocore")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
