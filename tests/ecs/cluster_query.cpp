#include <awsmodel/ecs/cluster_query.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// An expression the language accepts, and how the parser reads it (every group parenthesized,
// operators in their symbol spelling).
struct accepted {
    std::string expression;
    std::string reading;
};
std::ostream& operator<<(std::ostream& os, const accepted& a) { return os << a.expression; }

const std::vector<accepted> accepted_expressions = {
    // The examples of the cluster query language guide.
    {"attribute:ecs.instance-type == t2.small", "attribute:ecs.instance-type == t2.small"},
    {"attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
     "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"},
    {"attribute:ecs.instance-type =~ g2.*", "attribute:ecs.instance-type =~ g2.*"},
    {"attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d",
     "(attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d)"},
    {"not(attribute:ecs.instance-type =~ t2.*)", "not(attribute:ecs.instance-type =~ t2.*)"},
    {"ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", "ec2InstanceId in [i-abcd1234, i-wxyx7890]"},
    {"task:group == service:production", "task:group == service:production"},
    {"runningTasksCount == 0", "runningTasksCount == 0"},
    {"agentConnected == false", "agentConnected == false"},
    {"agentVersion >= 1.77.0", "agentVersion >= 1.77.0"},
    {"registeredAt < 2018-07-01", "registeredAt < 2018-07-01"},
    {"attribute:stack exists", "attribute:stack exists"},
    {"task:group !exists", "task:group !exists"},
    // Spelled without spaces, as a corpus document writes it.
    {"attribute:ecs.availability-zone==us-west-2b", "attribute:ecs.availability-zone == us-west-2b"},
    // Word spellings of the operators and connectives.
    {"attribute:a equals x && attribute:b not_equals y || attribute:c matches z.*",
     "((attribute:a == x and attribute:b != y) or attribute:c =~ z.*)"},
    {"ec2InstanceId not_in [i-12345678] and task:group not_matches db-.*",
     "(ec2InstanceId !in [i-12345678] and task:group !~ db-.*)"},
    {"ec2InstanceId !in [i-12345678]", "ec2InstanceId !in [i-12345678]"},
    {"!(attribute:ecs.os-type == windows)", "not(attribute:ecs.os-type == windows)"},
    {"not attribute:ecs.os-type == windows", "not(attribute:ecs.os-type == windows)"},
    {"attribute:a == x AND attribute:b == y", "(attribute:a == x and attribute:b == y)"},
    // `and` binds tighter than `or`; parentheses override.
    {"attribute:a == 1 or attribute:b == 2 and attribute:c == 3",
     "(attribute:a == 1 or (attribute:b == 2 and attribute:c == 3))"},
    {"(attribute:a == 1 or attribute:b == 2) and attribute:c == 3",
     "((attribute:a == 1 or attribute:b == 2) and attribute:c == 3)"},
    // A regular expression may hold parentheses and |.
    {"attribute:ecs.instance-type =~ (t3|m5).*", "attribute:ecs.instance-type =~ (t3|m5).*"},
    {"not(attribute:ecs.instance-type =~ (t3|m5).*)", "not(attribute:ecs.instance-type =~ (t3|m5).*)"},
    {"attribute:team == 'data science'", "attribute:team == 'data science'"},
    {"attribute:a in ['x,y', \"it's\", ' a']", "attribute:a in ['x,y', it's, ' a']"},
    {"  attribute:a==b  ", "attribute:a == b"},
};

// An expression the language rejects, where, and a phrase the message must contain.
struct rejected {
    std::string expression;
    std::size_t offset;
    std::string phrase;
};
std::ostream& operator<<(std::ostream& os, const rejected& r) { return os << r.expression; }

const std::vector<rejected> rejected_expressions = {
    {"", 0, "empty"},
    {"   ", 0, "empty"},
    {"attribute:ecs.instance-type = t3.micro", 28, "operator"},
    {"attribute:ecs.instance-type === t3.micro", 30, "value cannot start"},
    {"attribute:ecs.instance-type t3.micro", 28, "operator"},
    {"attribute:ecs.instance-type ==", 30, "needs a value"},
    {"instanceType == t3.micro", 0, "not a subject"},
    {"Attribute:ecs.instance-type == t3.micro", 0, "not a subject"},
    {"attribute: == x", 0, "1-128"},
    {"attribute:" + std::string(129, 'a') + " == x", 0, "1-128"},
    {"attribute:a == x and", 20, "condition should follow"},
    {"attribute:a == x or or attribute:b == y", 20, "subject"},
    {"(attribute:a == x", 0, "never closed"},
    {"attribute:a == x)", 16, "unexpected"},
    {"attribute:a == x attribute:b == y", 17, "and/&&"},
    {"attribute:a in us-east-1a", 15, "takes a list"},
    {"attribute:a in [us-east-1a, us-east-1b", 38, "never closed"},
    {"attribute:a in [us-east-1a,, us-east-1b]", 27, "empty"},
    {"attribute:a == [x, y]", 15, "only in and !in"},
    {"attribute:a == 'x", 15, "never closed"},
    {"runningTasksCount =~ 1", 18, "takes ==, !=, >, >=, < and <="},
    {"runningTasksCount > many", 20, "whole number"},
    {"agentConnected == yes", 18, "true or false"},
    {"agentConnected > false", 15, "== and !="},
    {"ec2InstanceId exists", 14, "does not take"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(cluster_query)

BOOST_DATA_TEST_CASE(documented_forms_parse_and_read_as_intended, bdata::make(accepted_expressions), a) {
    auto r = ecs::parse_cluster_query(a.expression);
    BOOST_TEST_REQUIRE(r.query.has_value(), (r.error ? r.error->message : std::string()));
    BOOST_TEST(!r.error.has_value());
    BOOST_TEST(r.query->str() == a.reading);
    // What the parser writes is itself an expression of the same meaning.
    auto again = ecs::parse_cluster_query(r.query->str());
    BOOST_TEST_REQUIRE(again.query.has_value(), r.query->str());
    BOOST_TEST(again.query->str() == a.reading);
}

BOOST_DATA_TEST_CASE(mistakes_are_reported_where_they_are_with_a_fix, bdata::make(rejected_expressions), r) {
    auto p = ecs::parse_cluster_query(r.expression);
    BOOST_TEST_REQUIRE(p.error.has_value());
    BOOST_TEST(!p.query.has_value());
    BOOST_TEST(p.error->offset == r.offset, p.error->message);
    BOOST_TEST(p.error->message.find(r.phrase) != std::string::npos, p.error->message);
}

BOOST_AUTO_TEST_CASE(conditions_expose_subject_operator_and_arguments) {
    auto r = ecs::parse_cluster_query("attribute:ecs.cpu-architecture == arm64 and ec2InstanceId in ['i-1', \"i-2\"]");
    BOOST_TEST_REQUIRE(r.query.has_value());
    const auto& cs = r.query->conditions();
    BOOST_TEST_REQUIRE(cs.size() == 2u);
    BOOST_TEST((cs[0].subject == ecs::query_subject::attribute));
    BOOST_TEST(cs[0].attribute == "ecs.cpu-architecture");
    BOOST_TEST((cs[0].op == ecs::query_operator::equals));
    BOOST_TEST((cs[0].arguments == std::vector<std::string>{"arm64"}));
    BOOST_TEST((cs[1].subject == ecs::query_subject::ec2_instance_id));
    BOOST_TEST((cs[1].op == ecs::query_operator::in));
    BOOST_TEST((cs[1].arguments == std::vector<std::string>{"i-1", "i-2"}));
    BOOST_TEST((r.query->root().kind == ecs::cluster_query::node_kind::and_));
}

BOOST_AUTO_TEST_CASE(nesting_is_bounded_so_hostile_input_cannot_exhaust_the_stack) {
    std::string deep = std::string(64, '(') + "attribute:a == b" + std::string(64, ')');
    auto r = ecs::parse_cluster_query(deep);
    BOOST_TEST(r.error.has_value());
    BOOST_TEST(r.error->message.find("nested") != std::string::npos, r.error->message);
    std::string ok = std::string(63, '(') + "attribute:a == b" + std::string(63, ')');
    BOOST_TEST(ecs::parse_cluster_query(ok).query.has_value());
    std::string nots(100000, '!');
    BOOST_TEST(ecs::parse_cluster_query(nots + "attribute:a exists").error.has_value());
}

BOOST_AUTO_TEST_CASE(check_reports_length_and_form_under_the_callers_rule) {
    core::diagnostics ds;
    core::checker c(ds);
    ecs::check_cluster_query("attribute:a == " + std::string(1985, 'v'), c, core::rule_id::custom("ECS-RT-999"), "/x");
    BOOST_TEST(ds.empty());
    ecs::check_cluster_query("attribute:a == " + std::string(1986, 'v'), c, core::rule_id::custom("ECS-RT-999"), "/x");
    BOOST_TEST(testing::reports(ds, "ECS-RT-999", "/x"));
    BOOST_TEST(ds.size() == 1u);
    ds.clear();
    ecs::check_cluster_query("attribute:a = b", c, "ECS-TD-031", "/placementConstraints/0/expression");
    BOOST_TEST_REQUIRE(ds.size() == 1u);
    BOOST_TEST(ds[0].message.find("offset 12") != std::string::npos, ds[0].message);
}

BOOST_AUTO_TEST_SUITE_END()
