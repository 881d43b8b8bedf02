#!/usr/bin/env python3
"""The awsmodel command line with `kinds` limited to some services, for SHARED/tools/conformance.py.

  AWSMODEL_CLI=path/to/awsmodel AWSMODEL_SERVICES=ecs,ec2 cli_of_services.py ARGS...

conformance.py makes maximal documents with SHARED/tools/shapes.py, which knows the services of its
corpus (ECS and EC2); the IAM kinds, whose policy members are documents inside strings, are checked
by tests/iam and the IAM corpus test instead. Every other command runs awsmodel unchanged.
"""
import os, subprocess, sys

cli = os.environ["AWSMODEL_CLI"]
services = set(os.environ.get("AWSMODEL_SERVICES", "ecs,ec2").split(","))
if sys.argv[1:] == ["kinds"]:
    p = subprocess.run([cli, "kinds"], capture_output=True, text=True)
    sys.stdout.write("".join(l + "\n" for l in p.stdout.splitlines() if l.split("\t")[1:2] and l.split("\t")[1] in services))
    sys.exit(p.returncode)
sys.exit(subprocess.run([cli, *sys.argv[1:]]).returncode)
