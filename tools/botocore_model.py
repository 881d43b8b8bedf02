"""What awsmodel's tools share about botocore's service models and awsmodel's C++ sources.

- load(service): botocore's service model (ECS 2014-11-13, EC2 2016-11-15) as installed;
- CPP_KEYWORDS and snake(): how a wire name becomes a C++ identifier (gen_shape.py, gen_enum.py);
- wire_name(member, service): the member's wire name by the service's convention, as
  core::field derives it (include/awsmodel/core/fields.hpp);
- parse_tables(root): every struct of include/awsmodel with a field table, its members' C++ types
  and its fields, and shape_map(): which botocore shape each struct models, found from the
  top-level shapes (include/awsmodel/shapes.hpp or the command line's kinds) down the members.
"""
import gzip, json, os, re
import botocore

API = {"ecs": "ecs/2014-11-13", "ec2": "ec2/2016-11-15", "iam": "iam/2010-05-08"}
CONVENTION = {"ecs": "camel_case", "ec2": "pascal_case", "iam": "pascal_case"}

# C++ keywords and names g++ predefines as macros in GNU mode: an identifier that would be one of
# them gets a trailing underscore, which core::field drops again for the wire name.
CPP_KEYWORDS = {"namespace", "operator", "default", "private", "public", "protected", "delete", "new",
                "register", "class", "template", "union", "struct", "enum", "auto", "export", "static",
                "volatile", "int", "long", "short", "char", "float", "double", "bool", "true", "false",
                "this", "linux", "unix"}


def load(service):
    base = os.path.join(os.path.dirname(botocore.__file__), "data", API[service], "service-2.json")
    if os.path.exists(base + ".gz"):
        with gzip.open(base + ".gz") as f:
            return json.load(f)
    with open(base) as f:
        return json.load(f)


def snake(name):
    n = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    n = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", n).lower()
    return n + "_" if n in CPP_KEYWORDS else n


def convert(member, convention):
    """core::field's derivation of a wire name from a member name."""
    parts = member.rstrip("_").split("_")
    rest = "".join(p[:1].upper() + p[1:] for p in parts[1:])
    first = parts[0][:1].upper() + parts[0][1:] if convention == "pascal_case" else parts[0]
    return first + rest


# ---- C++ sources ---------------------------------------------------------------------------

STRUCT = re.compile(r"^struct (\w+) : core::model \{$", re.M)
LEGACY_FIELD = re.compile(r'core::field<"(\w+)",\s*&(\w+)::(\w+)(?:,\s*(-?\d+))?>')
FIELD = re.compile(r"core::field<&(\w+)::(\w+)(?:,\s*core::with\{(.*?)\})?>", re.S)
TABLE = re.compile(r"return core::fields<(.*?)>\(\);", re.S)
OPTION = re.compile(r'\.(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def header_service(path):
    parts = path.replace(os.sep, "/").split("/")
    return next((s for s in API if s in parts), None)


def parse_options(text):
    opts = {}
    for k, v in OPTION.findall(text or ""):
        if v.startswith('"'):
            opts[k] = bytes(v[1:-1], "utf-8").decode("unicode_escape")
        else:
            opts[k] = int(v)
    return opts


class Table:
    def __init__(self, header, name, service, body, table_span, table_text):
        self.header, self.name, self.service = header, name, service
        self.body = body                  # the struct's text up to its table
        self.span = table_span            # (start, end) of `return core::fields<...>();` in the file
        self.text = table_text
        self.members = member_types(body)
        self.fields = []                  # (member, options dict) in table order
        self.convention = None
        inner = table_text[len("return core::fields<"):-len(">();")]
        conv = re.match(r"\s*core::(camel_case|pascal_case|as_given)\s*,?", inner)
        if conv:
            self.convention = conv.group(1)
        self.prefix = "T"
        for m in LEGACY_FIELD.finditer(inner):
            opts = {"name": m.group(1)}
            if m.group(4) is not None:
                opts["min"] = int(m.group(4))
            self.prefix = m.group(2)
            self.fields.append((m.group(3), opts))
        for m in FIELD.finditer(inner):
            self.prefix = m.group(1)
            self.fields.append((m.group(2), parse_options(m.group(3))))

    def wire_name(self, member, opts):
        if "name" in opts:
            return opts["name"]
        return convert(member, self.convention or CONVENTION[self.service])


def member_types(body):
    """The C++ type of every data member declared in a struct body (up to its table)."""
    types = {}
    depth = 0
    stmt = ""
    for line in body.split("\n"):
        code = line.split("//")[0]
        if not code.strip():
            continue
        stmt += " " + code.strip()
        depth += code.count("{") - code.count("}")
        if stmt.rstrip().endswith(";") and depth == 0:
            s = stmt.strip().rstrip(";").strip()
            stmt = ""
            if s.startswith(("using ", "static ", "friend ", "enum ", "struct ", "template")) or "(" in s:
                continue
            s = s.split("=")[0].split("{")[0].strip()
            m = re.match(r"(.+?)\s+(\w+)$", s)
            if m:
                types[m.group(2)] = m.group(1)
    return types


def parse_tables(root):
    tables = {}
    inc = os.path.join(root, "include", "awsmodel")
    for dirpath, _, files in os.walk(inc):
        for f in sorted(files):
            if not f.endswith(".hpp"):
                continue
            path = os.path.join(dirpath, f)
            text = open(path, encoding="utf-8").read()
            service = header_service(os.path.relpath(path, inc))
            if service is None:
                continue  # not a botocore service's shapes (cfn/: CloudFormation's own structures)
            for sm in STRUCT.finditer(text):
                name = sm.group(1)
                end = text.find("\n};", sm.end())
                tm = TABLE.search(text, sm.end(), end)
                if not tm:
                    continue
                tables[f"{service}::{name}"] = Table(os.path.relpath(path, root), name, service, text[sm.end():tm.start()],
                                     (tm.start(), tm.end()), tm.group(0))
    return tables


def top_level(root):
    """(C++ name without namespace, service, botocore shape) of every top-level shape."""
    found = []
    shapes = os.path.join(root, "include", "awsmodel", "shapes.hpp")
    sources = [shapes] if os.path.exists(shapes) else []
    cli = os.path.join(root, "examples", "cli")
    if os.path.isdir(cli):
        sources += [os.path.join(cli, f) for f in sorted(os.listdir(cli)) if f.endswith(".cpp")]
    for path in sources:
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(r'make_kind<(ecs|ec2|iam)::(\w+)>\(\s*"[^"]+",\s*"(\w+)",\s*"(\w+)"\)', text):
            found.append((m.group(2), m.group(3), m.group(4)))
        # X(::awsmodel::ecs::task_definition, "task-definition-description", "ecs", "TaskDefinition")
        for m in re.finditer(r'X\(\s*(?:::)?awsmodel::(ecs|ec2|iam)::(\w+)\s*,\s*"[^"]+"\s*,\s*"\w+"\s*,[\s\\]*"(\w+)"\)',
                             text):
            found.append((m.group(2), m.group(1), m.group(3)))
    return sorted(set(found))


ALIASES = {}

# Structs that model no botocore shape: botocore carries an IAM policy as a string
# (policyDocumentType); its grammar is the IAM JSON policy reference's, and so are these tables.
NOT_BOTOCORE = {"iam::policy_document", "iam::statement", "iam::principal_map"}


def aliases(root):
    """`using name = type;` declarations of the headers, by name: a member's type may be one."""
    if not ALIASES:
        inc = os.path.join(root, "include", "awsmodel")
        for dirpath, _, files in os.walk(inc):
            for f in files:
                if f.endswith(".hpp"):
                    text = open(os.path.join(dirpath, f), encoding="utf-8").read()
                    for m in re.finditer(r"^using (\w+) = ([^;]+);", text, re.M):
                        ALIASES.setdefault(m.group(1), m.group(2))
    return ALIASES


def element_struct(cpp_type, tables, service, depth=0):
    """The struct a member type holds (through optional, vector, string_map and aliases), if any."""
    for qual, n in reversed(re.findall(r"(?:(ecs|ec2|iam)::)?(\w+)", cpp_type)):
        key = f"{qual or service}::{n}"
        if key in tables:
            return key
        if n in ALIASES and depth < 4:
            found = element_struct(ALIASES[n], tables, service, depth + 1)
            if found:
                return found
    return None


def target(model, shape_name):
    """A member's botocore shape with lists and maps unwrapped to their element shape."""
    shapes = model["shapes"]
    s = shapes[shape_name]
    while s["type"] in ("list", "map"):
        shape_name = s["member"]["shape"] if s["type"] == "list" else s["value"]["shape"]
        s = shapes[shape_name]
    return shape_name


def shape_map(root, tables=None):
    """{struct: (service, botocore shape)} for every struct reachable from a top-level shape."""
    tables = tables or parse_tables(root)
    aliases(root)
    models = {s: load(s) for s in API}
    found = {}
    queue = [(f"{svc}::{cpp}", svc, shape) for cpp, svc, shape in top_level(root) if f"{svc}::{cpp}" in tables
             and models[svc]["shapes"].get(shape, {}).get("type") == "structure"]
    while queue:
        cpp, svc, shape = queue.pop(0)
        if cpp in found:
            continue
        found[cpp] = (svc, shape)
        t = tables[cpp]
        members = models[svc]["shapes"][shape].get("members", {})
        for member, opts in t.fields:
            wire = t.wire_name(member, opts)
            inner = element_struct(t.members.get(member, ""), tables, t.service)
            if inner and wire in members:
                queue.append((inner, svc, target(models[svc], members[wire]["shape"])))
    return found
