// The template reader: short forms, anchors, YAML 1.1 scalars, positions, and every error with
// its line and column.
#include <awsmodel/cloudformation/template.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <string>

namespace cf = awsmodel::cloudformation;

namespace {

boost::json::value parsed(std::string_view text) {
    cf::parsed_template t = cf::parse_template(text);
    BOOST_TEST_INFO("template: " << text);
    BOOST_REQUIRE_MESSAGE(t.diagnostics.empty(), (t.diagnostics.empty() ? "" : t.diagnostics.front().diagnostic.message));
    return t.root;
}

// The YAML reads as the JSON.
void same(std::string_view yaml, std::string_view json) {
    const boost::json::value got = parsed(yaml), want = boost::json::parse(json);
    BOOST_TEST(got == want, "YAML " << yaml << " reads as " << boost::json::serialize(got) << ", not " << json);
}

// The template's one finding.
cf::located_diagnostic only_finding(std::string_view text, const cf::read_options& options = {}) {
    cf::parsed_template t = cf::read_template(text, options);
    BOOST_TEST_INFO("template: " << text.substr(0, 200));
    BOOST_REQUIRE_EQUAL(t.diagnostics.size(), 1u);
    BOOST_TEST(!t.ok());
    return t.diagnostics.front();
}

void finding(std::string_view text, std::string_view rule, std::string_view pointer, std::uint32_t line,
             std::uint32_t column, std::string_view says, const cf::read_options& options = {}) {
    const cf::located_diagnostic d = only_finding(text, options);
    BOOST_TEST(d.diagnostic.rule == rule);
    BOOST_TEST(d.diagnostic.pointer == pointer);
    BOOST_TEST(awsmodel::core::to_string(d.diagnostic.level) == "error");
    BOOST_TEST(d.at.line == line);
    BOOST_TEST(d.at.column == column);
    BOOST_TEST(d.diagnostic.message.find(says) != std::string::npos, d.diagnostic.message << " says " << says);
}

constexpr std::string_view one_resource = "Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n";

} // namespace

BOOST_AUTO_TEST_SUITE(short_forms)

// Each short form is cfn-lint's long form (cfnlint.decode.cfn_yaml): Ref and Condition keep their
// names, every other tag gains Fn::, and a scalar argument is the text as written.
BOOST_AUTO_TEST_CASE(scalar_arguments) {
    same("a: !Ref Cluster", R"({"a": {"Ref": "Cluster"}})");
    same("a: !Sub '${AWS::StackName}-web'", R"({"a": {"Fn::Sub": "${AWS::StackName}-web"}})");
    same("a: !ImportValue shared-vpc", R"({"a": {"Fn::ImportValue": "shared-vpc"}})");
    same("a: !Base64 '#!/bin/bash'", R"({"a": {"Fn::Base64": "#!/bin/bash"}})");
    same("a: !GetAZs ''", R"({"a": {"Fn::GetAZs": ""}})");
    same("a: !GetAZs", R"({"a": {"Fn::GetAZs": ""}})");
    same("a: !Condition IsProd", R"({"a": {"Condition": "IsProd"}})");
    same("a: !Ref 123", R"({"a": {"Ref": "123"}})");     // never a number
    same("a: !Transform x", R"({"a": {"Fn::Transform": "x"}})");
}

BOOST_AUTO_TEST_CASE(get_att) {
    same("a: !GetAtt Web.Arn", R"({"a": {"Fn::GetAtt": ["Web", "Arn"]}})");
    // attributes have dots of their own: only the first splits
    same("a: !GetAtt Db.Endpoint.Address", R"({"a": {"Fn::GetAtt": ["Db", "Endpoint.Address"]}})");
    same("a: !GetAtt Web", R"({"a": {"Fn::GetAtt": ["Web"]}})");
    same("a: !GetAtt [Web, Arn]", R"({"a": {"Fn::GetAtt": ["Web", "Arn"]}})");
}

BOOST_AUTO_TEST_CASE(sequence_and_mapping_arguments) {
    same("a: !Join ['', [a, !Ref B]]", R"({"a": {"Fn::Join": ["", ["a", {"Ref": "B"}]]}})");
    same("a: !Select [0, !GetAZs '']", R"({"a": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}})");
    same("a: !Split [',', !ImportValue subnets]", R"({"a": {"Fn::Split": [",", {"Fn::ImportValue": "subnets"}]}})");
    same("a: !FindInMap [RegionMap, !Ref 'AWS::Region', AMI]",
         R"({"a": {"Fn::FindInMap": ["RegionMap", {"Ref": "AWS::Region"}, "AMI"]}})");
    same("a: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]",
         R"({"a": {"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 6, 8]}})");
    same("a: !If [IsProd, 2, !Ref 'AWS::NoValue']", R"({"a": {"Fn::If": ["IsProd", 2, {"Ref": "AWS::NoValue"}]}})");
    same("a: !Equals [!Ref Env, prod]", R"({"a": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}})");
    same("a: !And [!Condition A, !Not [!Condition B]]",
         R"({"a": {"Fn::And": [{"Condition": "A"}, {"Fn::Not": [{"Condition": "B"}]}]}})");
    same("a: !Or [!Equals [a, b], !Condition C]",
         R"({"a": {"Fn::Or": [{"Fn::Equals": ["a", "b"]}, {"Condition": "C"}]}})");
    same("a: !Sub\n  - '${Name}-${AWS::Region}'\n  - Name: !Ref Family\n",
         R"({"a": {"Fn::Sub": ["${Name}-${AWS::Region}", {"Name": {"Ref": "Family"}}]}})");
    same("a: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}",
         R"({"a": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}})");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(scalars)

// YAML 1.1 as PyYAML's SafeLoader types plain scalars (checked against cfnlint.decode.decode_str).
BOOST_AUTO_TEST_CASE(yaml_1_1_types) {
    same("a: 0123", R"({"a": 83})");                 // octal
    same("a: 08", R"({"a": "08"})");                 // not octal, not decimal: a string
    same("a: 0x1F", R"({"a": 31})");
    same("a: 0b101", R"({"a": 5})");
    same("a: 1_000", R"({"a": 1000})");
    same("a: -42", R"({"a": -42})");
    same("a: 1:30", R"({"a": 90})");                 // base 60
    same("a: 1e3", R"({"a": "1e3"})");               // a YAML 1.1 float needs a dot
    same("a: 1.0e+3", R"({"a": 1000.0})");
    same("a: 1.0e3", R"({"a": "1.0e3"})");           // ... and a signed exponent
    same("a: 1.5", R"({"a": 1.5})");
    same("a: .5", R"({"a": 0.5})");
    same("a: 3.", R"({"a": 3.0})");
    same("a: .inf", R"({"a": ".inf"})");             // JSON has no infinity: the text
    same("a: [yes, No, ON, off, True, FALSE]", R"({"a": [true, false, true, false, true, false]})");
    same("a: [y, n]", R"({"a": ["y", "n"]})");
    same("a: [~, null, Null, NULL]", R"({"a": [null, null, null, null]})");
    same("a:", R"({"a": null})");
    same("a: 2010-09-09", R"({"a": "2010-09-09"})"); // a YAML 1.1 timestamp stays its text
    same("a: 18446744073709551615", R"({"a": 18446744073709551615})");
    // a base-60 number past a double's range stays its text rather than throwing
    same("a: " + std::string(350, '9') + ":30", "{\"a\": \"" + std::string(350, '9') + ":30\"}");
    same("a: " + std::string(350, '9'), "{\"a\": \"" + std::string(350, '9') + "\"}");
    same("a: 1" + std::string(30, '0'), R"({"a": 1e30})"); // past 64 bits: a double
}

BOOST_AUTO_TEST_CASE(quoted_and_tagged_scalars_are_strings) {
    same(R"(a: ["0123", '1e3', "yes", '~', !!str 42, !!str true])", R"({"a": ["0123", "1e3", "yes", "~", "42", "true"]})");
    same("a: |\n  #!/bin/bash\n  echo 1\n", R"({"a": "#!/bin/bash\necho 1\n"})");
    same("a: !!int 0x10\nb: !!null ''\nc: !!bool yes", R"({"a": 16, "b": null, "c": true})");
}

BOOST_AUTO_TEST_CASE(keys_are_their_text) {
    same("80: http\ntrue: x\n'q': y", R"({"80": "http", "true": "x", "q": "y"})");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(anchors)

BOOST_AUTO_TEST_CASE(aliases_copy_the_anchored_node) {
    same("env: &env [{Name: A, Value: '1'}]\nweb: {Environment: *env}\nworker: {Environment: *env}",
         R"({"env": [{"Name": "A", "Value": "1"}], "web": {"Environment": [{"Name": "A", "Value": "1"}]},
             "worker": {"Environment": [{"Name": "A", "Value": "1"}]}})");
    same("a: &ref !Ref Cluster\nb: *ref", R"({"a": {"Ref": "Cluster"}, "b": {"Ref": "Cluster"}})");
    same("a: &port 80\nb: *port", R"({"a": 80, "b": 80})");
}

BOOST_AUTO_TEST_CASE(an_alias_has_its_anchors_positions) {
    cf::parsed_template t = cf::parse_template("a: &x\n  k: v\nb: *x\n");
    BOOST_REQUIRE(t.ok());
    BOOST_TEST(t.locations.find("/b/k").line == 2u);
    BOOST_TEST(t.locations.find("/b/k").column == 6u);
    BOOST_TEST(t.locations.find("/a/k") == t.locations.find("/b/k"));
}

BOOST_AUTO_TEST_CASE(recursion_through_an_alias) {
    finding("a: &loop [1, *loop]\n", "AWSMODEL-SYNTAX", "/a/1", 1, 14, "inside the node its anchor names");
    finding("a: &m\n  b: *m\n", "AWSMODEL-SYNTAX", "/a/b", 2, 6, "*m");
}

BOOST_AUTO_TEST_CASE(alias_bomb) {
    std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i)
        bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) + ", *a" +
                std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
    const cf::located_diagnostic d = only_finding(bomb);
    BOOST_TEST(d.diagnostic.rule == "AWSMODEL-LIMIT");
    BOOST_TEST(d.at.line > 1u);
    BOOST_TEST(d.diagnostic.message.find("aliases copy more than 100000 values") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_anchor) {
    finding("a: *nowhere\n", "AWSMODEL-SYNTAX", "/a", 1, 4, "*nowhere names no anchor");
}

// PyYAML's composer, and so cfn-lint, refuses an anchor defined twice.
BOOST_AUTO_TEST_CASE(anchor_defined_twice) {
    finding("a: &x 1\nb: &x 2\nc: *x\n", "AWSMODEL-SYNTAX", "/b", 2, 4, "&x is defined a second time (first at line 1, column 4)");
}

// Block scalars with a short form, in a sequence and on a line of their own, as templates write
// UserData and commands.
BOOST_AUTO_TEST_CASE(tagged_block_scalars) {
    same("a:\n  - !Sub >\n    exec ${X}\n  - b\n", R"({"a": [{"Fn::Sub": "exec ${X}\n"}, "b"]})");
    same("a:\n  Fn::Base64:\n    !Sub |\n    #!/bin/bash\n    echo ${X}\n", R"({"a": {"Fn::Base64": {"Fn::Sub": "#!/bin/bash\necho ${X}\n"}}})");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(positions)

BOOST_AUTO_TEST_CASE(yaml) {
    cf::parsed_template t = cf::parse_template(
        "Resources:\n  WebTask:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n"
        "        - Name: web\n          Image: !Sub '${Repo}:latest'\n");
    BOOST_REQUIRE(t.ok());
    BOOST_TEST((t.format == cf::template_format::yaml));
    const auto image = t.locations.find("/Resources/WebTask/Properties/ContainerDefinitions/0/Image");
    BOOST_TEST(image.line == 7u);
    BOOST_TEST(image.column == 18u);
    BOOST_TEST(t.locations.find("/Resources/WebTask/Properties/ContainerDefinitions/0/Image/Fn::Sub") == image);
    BOOST_TEST(t.locations.find("/Resources/WebTask/Properties/ContainerDefinitions/0").line == 6u);
    BOOST_TEST(t.locations.find("/Resources/WebTask/Properties/ContainerDefinitions/0").column == 11u);
    // an absent member: the nearest value that is there
    BOOST_TEST(t.locations.nearest("/Resources/WebTask/Properties/ContainerDefinitions/0/Memory").line == 6u);
    BOOST_TEST(!t.locations.find("/Resources/WebTask/Properties/Family").known());
}

BOOST_AUTO_TEST_CASE(json) {
    cf::parsed_template t = cf::parse_template(
        "{\n  \"Resources\": {\n    \"Web\": {\n      \"Type\": \"AWS::ECS::Cluster\",\n"
        "      \"Properties\": {\"Tags\": [{\"Key\": \"a/b~c\", \"Value\": \"v\"}]}\n    }\n  }\n}\n");
    BOOST_REQUIRE(t.ok());
    BOOST_TEST((t.format == cf::template_format::json));
    BOOST_TEST(t.locations.find("/Resources/Web/Type").line == 4u);
    BOOST_TEST(t.locations.find("/Resources/Web/Type").column == 15u);
    BOOST_TEST(t.locations.find("/Resources/Web/Properties/Tags/0/Value").line == 5u);
    BOOST_TEST(t.locations.find("/Resources/Web/Properties/Tags/0/Value").column == 57u);
    BOOST_TEST(t.locations.find("").line == 1u);
}

// Columns count characters: "é" is one column in both readers.
BOOST_AUTO_TEST_CASE(columns_count_characters) {
    BOOST_TEST(cf::parse_template("{\"Description\": \"caf\xc3\xa9\", \"Resources\": {}}").locations.find("/Resources").column == 38u);
    BOOST_TEST(cf::parse_template("a: {b: caf\xc3\xa9, c: 1}").locations.find("/a/c").column == 17u); // as PyYAML counts
    finding("{\"Description\": \"caf\xc3\xa9\" x}", "AWSMODEL-SYNTAX", "", 1, 24, "JSON syntax");
}

BOOST_AUTO_TEST_CASE(flow_yaml_that_starts_like_json) {
    cf::parsed_template t = cf::parse_template("{Resources: {Web: {Type: AWS::ECS::Cluster}}}");
    BOOST_REQUIRE(t.ok());
    BOOST_TEST((t.format == cf::template_format::yaml));
    BOOST_TEST(t.root.at("Resources").at("Web").at("Type") == "AWS::ECS::Cluster");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(yaml_syntax) {
    finding("Resources:\n  Web: [a, b\n  Other: 1\n", "AWSMODEL-SYNTAX", "", 3, 8, "YAML syntax: while parsing a flow sequence: did not find expected ',' or ']'");
    finding("a: b: c\n", "AWSMODEL-SYNTAX", "", 1, 5, "mapping values are not allowed in this context");
    finding("a: \"\\q\"\n", "AWSMODEL-SYNTAX", "", 1, 5, "found unknown escape character");
}

BOOST_AUTO_TEST_CASE(json_syntax) {
    finding("{\n  \"Resources\": {\n    \"Web\": {\"Type\" \"x\"}\n  }\n}", "AWSMODEL-SYNTAX", "", 3, 20, "JSON syntax: syntax error at `\"x\"}`");
    // a trailing comma is JSON's error but YAML's flow style, as cfn-lint reads it too
    BOOST_TEST(cf::read_template("{\"Resources\": {\"Web\": {\"Type\": \"x\",}}}").ok());
    finding("{\"Resources\": {}} x", "AWSMODEL-SYNTAX", "", 1, 19, "text after the end");
    finding("{\"Resources\": ", "AWSMODEL-SYNTAX", "", 1, 15, "JSON syntax: incomplete JSON at the end of the text");
}

BOOST_AUTO_TEST_CASE(duplicate_keys) {
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n    Type: AWS::EC2::Instance\n", "AWSMODEL-DUPLICATE",
            "/Resources/Web/Type", 4, 5, "\"Type\" is given twice");
    finding("{\"Resources\": {\"Web\": {\"Type\": \"a\"},\n \"Web\": {\"Type\": \"b\"}}}", "AWSMODEL-DUPLICATE", "/Resources/Web", 2,
            2, "\"Web\" is given twice");
}

BOOST_AUTO_TEST_CASE(duplicate_logical_ids) {
    // in one section, a repeated key; across Parameters and Resources, a shared name
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n  Web:\n    Type: AWS::ECS::Cluster\n", "AWSMODEL-DUPLICATE",
            "/Resources/Web", 4, 3, "given twice");
    finding("Parameters:\n  Web:\n    Type: String\nResources:\n  Web:\n    Type: AWS::ECS::Cluster\n", "CFN-TPL-004",
            "/Resources/Web", 6, 5, "names a parameter and a resource");
    finding("Resources:\n  web-cluster:\n    Type: AWS::ECS::Cluster\n", "CFN-TPL-004", "/Resources/web-cluster", 3, 5,
            "letters and digits");
}

BOOST_AUTO_TEST_CASE(resources) {
    finding("AWSTemplateFormatVersion: '2010-09-09'\n", "CFN-TPL-001", "", 1, 1, "no Resources section");
    finding("Resources: {}\n", "CFN-TPL-001", "/Resources", 1, 12, "at least one resource");
    finding("Resources: [a]\n", "CFN-TPL-001", "/Resources", 1, 12, "not a sequence");
    finding("- a\n", "CFN-TPL-001", "", 1, 1, "not a sequence");
    finding("", "CFN-TPL-001", "", 0, 0, "no Resources section"); // an empty file is an empty template
}

// Fn::ForEach (the AWS::LanguageExtensions transform) stands where logical ids do: no finding.
BOOST_AUTO_TEST_CASE(for_each_loops_are_no_logical_ids) {
    BOOST_TEST(cf::read_template("Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Subnets:\n    - Name\n"
                                 "    - [A, B]\n    - Subnet${Name}:\n        Type: AWS::EC2::Subnet\n")
                   .ok());
}

BOOST_AUTO_TEST_CASE(references) {
    constexpr std::string_view defined = "Parameters:\n  Env:\n    Type: String\nResources:\n  Web:\n    Type: AWS::ECS::Cluster\n"
                                         "    Properties:\n      ClusterName: !Sub '${AWS::StackName}-web'\n"
                                         "      Tags: [{Key: env, Value: !Ref Env}, {Key: r, Value: !Ref 'AWS::Region'}]\n"
                                         "Outputs:\n  Arn:\n    Value: !GetAtt Web.Arn\n";
    BOOST_TEST(cf::read_template(defined).ok());
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: !Ref Nme\n", "CFN-TPL-005",
            "/Resources/Web/Properties/ClusterName/Ref", 5, 20, "Ref names \"Nme\"");
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\nOutputs:\n  Arn:\n    Value: !GetAtt Cluster.Arn\n", "CFN-TPL-005",
            "/Outputs/Arn/Value/Fn::GetAtt/0", 6, 12, "Fn::GetAtt names \"Cluster\"");
    // a GetAtt of a parameter is no reference to a resource
    finding("{\"Parameters\": {\"P\": {\"Type\": \"String\"}}, \"Resources\": {\"Web\": {\"Type\": \"AWS::ECS::Cluster\",\n"
            "\"Properties\": {\"ClusterName\": {\"Fn::GetAtt\": [\"P\", \"Name\"]}}}}}",
            "CFN-TPL-005", "/Resources/Web/Properties/ClusterName/Fn::GetAtt/0", 2, 47, "not a resource");
    // with a Transform, the macros make names of their own: not checked
    BOOST_TEST(cf::read_template("Transform: AWS::Serverless-2016-10-31\nResources:\n  Web:\n    Type: AWS::ECS::Cluster\n"
                                 "    Properties:\n      ClusterName: !Ref FunctionRole\n")
                   .ok());
}

BOOST_AUTO_TEST_CASE(resource_without_type) {
    finding("Resources:\n  Web:\n    Properties: {}\n", "CFN-TPL-002", "/Resources/Web", 3, 5, "has no Type");
    finding("Resources:\n  Web:\n    Type: [AWS::ECS::Cluster]\n", "CFN-TPL-002", "/Resources/Web/Type", 3, 11, "not a sequence");
    finding("Resources:\n  Web: AWS::ECS::Cluster\n", "CFN-TPL-002", "/Resources/Web", 2, 8, "not a string");
}

BOOST_AUTO_TEST_CASE(properties_of_the_wrong_type) {
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n    Properties: [ClusterName]\n", "CFN-TPL-003",
            "/Resources/Web/Properties", 4, 17, "not a sequence");
    finding("Resources:\n  Web:\n    Type: AWS::ECS::Cluster\n    Properties:\n", "CFN-TPL-003", "/Resources/Web/Properties",
            4, 16, "not null");
}

BOOST_AUTO_TEST_CASE(over_one_megabyte) {
    std::string big(one_resource);
    big += "Metadata:\n  Padding: '" + std::string(1'000'000, 'x') + "'\n";
    finding(big, "AWSMODEL-LIMIT", "", 0, 0, "over CloudFormation's limit of 1000000 bytes");
    // exactly at the limit is accepted
    std::string at_limit(one_resource);
    at_limit += "Metadata:\n  Padding: '";
    at_limit += std::string(1'000'000 - at_limit.size() - 2, 'x') + "'\n";
    BOOST_TEST(at_limit.size() == 1'000'000u);
    BOOST_TEST(cf::read_template(at_limit).ok());
}

BOOST_AUTO_TEST_CASE(deep_nesting) {
    std::string yaml = "a: " + std::string(150, '[') + std::string(150, ']');
    std::string at_limit = "/a";
    for (int i = 0; i < 99; ++i) at_limit += "/0";
    // 100 levels (the root mapping and 99 sequences) are read; the 101st is the finding
    finding(yaml, "AWSMODEL-LIMIT", at_limit, 1, 103, "more than 100 levels");
    std::string json = "{\"a\": " + std::string(150, '[') + std::string(150, ']') + "}";
    finding(json, "AWSMODEL-LIMIT", "", 1, 106, "more than 100 levels");
    // far deeper input ends at the limit; neither reader recurses, so even without a limit no
    // stack overflows (the sanitizer build runs this)
    std::string hundred;
    for (int i = 0; i < 100; ++i) hundred += "/0";
    finding(std::string(100000, '[') + std::string(100000, ']'), "AWSMODEL-LIMIT", hundred, 1, 101, "levels");
    BOOST_TEST(cf::parse_template(std::string(5000, '[') + std::string(5000, ']'), {.max_depth = 5000}).ok());
}

BOOST_AUTO_TEST_CASE(several_documents) {
    finding("Resources: {}\n---\nResources: {}\n", "AWSMODEL-SYNTAX", "", 2, 1, "a second document");
}

BOOST_AUTO_TEST_CASE(not_utf8) {
    finding("Description: caf\xe9\n", "AWSMODEL-SYNTAX", "", 1, 17, "not UTF-8");
}

BOOST_AUTO_TEST_CASE(keys_that_are_no_names) {
    finding("? [a]\n: b\n", "AWSMODEL-SYNTAX", "", 1, 3, "a mapping key is itself");
    finding("~: b\n", "AWSMODEL-SYNTAX", "", 1, 1, "empty or null");
    finding("!Ref a: b\n", "AWSMODEL-SYNTAX", "", 1, 1, "has the tag !Ref");
}

BOOST_AUTO_TEST_SUITE_END()
