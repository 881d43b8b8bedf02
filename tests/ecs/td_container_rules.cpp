#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/container_definition_rules.hpp>
#include <awsmodel/ecs/secret_reference.hpp>
#include <awsmodel/ecs/task_definition.hpp>
#if __has_include(<awsmodel/ecs/task_definition_rules.hpp>)
#include <awsmodel/ecs/task_definition_rules.hpp>
#endif
#include <awsmodel/testing/boost_test.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include "../support/corpus.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// Documents are spelled out in full; these macros only paste the parts every case repeats. A
// task of one container "a" (and "b"), with task-level members first.
#define ONE_IN(task, a) R"({"family":"f",)" task R"("containerDefinitions":[{"name":"a","image":"nginx","memory":512)" a "}]}"
#define ONE(a) ONE_IN("", a)
#define TWO_IN(task, a, b)                                                                                          \
    R"({"family":"f",)" task R"("containerDefinitions":[{"name":"a","image":"nginx","memory":512)" a               \
    R"(},{"name":"b","image":"busybox","memory":128)" b "}]}"
#define TWO(a, b) TWO_IN("", a, b)
#define FARGATE R"("requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512",)"
#define AWSVPC R"("networkMode":"awsvpc",)"
#define HOST R"("networkMode":"host",)"
#define BRIDGE R"("networkMode":"bridge",)"
#define WINDOWS R"("runtimePlatform":{"operatingSystemFamily":"WINDOWS_SERVER_2022_CORE"},)"
#define LINUX R"("runtimePlatform":{"operatingSystemFamily":"LINUX"},)"
#define AWSLOGS(options) R"(,"logConfiguration":{"logDriver":"awslogs","options":{)" options "}}"
#define GR R"("awslogs-group":"/ecs/web","awslogs-region":"us-east-1")"

// A rule case: a RegisterTaskDefinition document, the rule, and the pointer a finding must name.
// The breaking document reports that rule there; its near miss, the same document just inside
// the limit, does not report that rule at all.
using test_support::rule_case;

const rule_case container_cases[] = {
    // Identity and size.
    {"ECS-TD-060", "/containerDefinitions/0/name", R"({"family":"f","containerDefinitions":[{"image":"nginx","memory":512}]})",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":512}]})"},
    {"ECS-TD-061", "/containerDefinitions/0/name", R"({"family":"f","containerDefinitions":[{"name":"web server","image":"nginx","memory":512}]})",
     R"({"family":"f","containerDefinitions":[{"name":"web-server_2","image":"nginx","memory":512}]})"},
    {"ECS-TD-061", "/containerDefinitions/0/name", R"({"family":"f","containerDefinitions":[{"name":"","image":"nginx","memory":512}]})",
     R"({"family":"f","containerDefinitions":[{"name":"w","image":"nginx","memory":512}]})"},
    {"ECS-TD-062", "/containerDefinitions/0/image", R"({"family":"f","containerDefinitions":[{"name":"a","memory":512}]})",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":512}]})"},
    {"ECS-TD-064", "/containerDefinitions/0/memory", R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":5}]})",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":6}]})"},
    {"ECS-TD-064", "/containerDefinitions/0/memoryReservation", R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memoryReservation":0}]})",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memoryReservation":6}]})"},
    {"ECS-TD-065", "/containerDefinitions/0/memoryReservation", ONE(R"(,"memoryReservation":512)"), ONE(R"(,"memoryReservation":511)")},
    {"ECS-TD-066", "/containerDefinitions/0/cpu", ONE(R"(,"cpu":-1)"), ONE(R"(,"cpu":0)")},

    // Port mappings.
    {"ECS-TD-067", "/containerDefinitions/0/portMappings/0/containerPort", ONE(R"(,"portMappings":[{"hostPort":80}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":80}])")},
    {"ECS-TD-067", "/containerDefinitions/0/portMappings/0/containerPort", ONE(R"(,"portMappings":[{"containerPort":0}])"),
     ONE(R"(,"portMappings":[{"containerPort":1}])")},
    {"ECS-TD-067", "/containerDefinitions/0/portMappings/0/containerPort", ONE(R"(,"portMappings":[{"containerPort":65536}])"),
     ONE(R"(,"portMappings":[{"containerPort":65535}])")},
    {"ECS-TD-068", "/containerDefinitions/0/portMappings/0/hostPort", ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":-1}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":0}])")},
    {"ECS-TD-068", "/containerDefinitions/0/portMappings/0/hostPort", ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":22}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":23}])")},
    {"ECS-TD-068", "/containerDefinitions/0/portMappings/0/hostPort", ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":49153}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":49152}])")},
    {"ECS-TD-069", "/containerDefinitions/0/portMappings/0/hostPort", ONE_IN(AWSVPC, R"(,"portMappings":[{"containerPort":80,"hostPort":8080}])"),
     ONE_IN(AWSVPC, R"(,"portMappings":[{"containerPort":80,"hostPort":80}])")},
    {"ECS-TD-069", "/containerDefinitions/0/portMappings/0/hostPort", ONE_IN(HOST, R"(,"portMappings":[{"containerPort":80,"hostPort":0}])"),
     ONE_IN(HOST, R"(,"portMappings":[{"containerPort":80}])")},
    {"ECS-TD-070", "/containerDefinitions/0/portMappings", ONE_IN(R"("networkMode":"none",)", R"(,"portMappings":[{"containerPort":80}])"),
     ONE_IN(R"("networkMode":"none",)", R"(,"portMappings":[])")},
    {"ECS-TD-071", "/containerDefinitions/0/portMappings/0/protocol", ONE(R"(,"portMappings":[{"containerPort":80,"protocol":"TCP"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"protocol":"udp"}])")},
    {"ECS-TD-072", "/containerDefinitions/0/portMappings/0/appProtocol", ONE(R"(,"portMappings":[{"containerPort":80,"name":"web","appProtocol":"HTTP"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"web","appProtocol":"http2"}])")},
    {"ECS-TD-072", "/containerDefinitions/0/portMappings/0/appProtocol", ONE(R"(,"portMappings":[{"containerPort":80,"appProtocol":"grpc"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"api","appProtocol":"grpc"}])")},
    {"ECS-TD-073", "/containerDefinitions/0/portMappings/0/name", ONE(R"(,"portMappings":[{"containerPort":80,"name":"Web"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"web_80-tcp"}])")},
    {"ECS-TD-073", "/containerDefinitions/0/portMappings/0/name", ONE(R"(,"portMappings":[{"containerPort":80,"name":"-web"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"web-"}])")},
    {"ECS-TD-073", "/containerDefinitions/0/portMappings/0/name",
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"a234567890123456789012345678901234567890123456789012345678901234x"}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"name":"a234567890123456789012345678901234567890123456789012345678901234"}])")},
    {"ECS-TD-073", "/containerDefinitions/1/portMappings/0/name",
     TWO(R"(,"portMappings":[{"containerPort":80,"name":"http"}])", R"(,"portMappings":[{"containerPort":81,"name":"http"}])"),
     TWO(R"(,"portMappings":[{"containerPort":80,"name":"http"}])", R"(,"portMappings":[{"containerPort":81,"name":"http2"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPortRange", ONE(R"(,"portMappings":[{"containerPortRange":"8000-8000"}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8001"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPortRange", ONE(R"(,"portMappings":[{"containerPortRange":"0-10"}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"1-10"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPortRange", ONE(R"(,"portMappings":[{"containerPortRange":"8000-65536"}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-65535"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPortRange", ONE(R"(,"portMappings":[{"containerPortRange":"8000:8010"}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPortRange", ONE_IN(HOST, R"(,"portMappings":[{"containerPortRange":"8000-8010"}])"),
     ONE_IN(AWSVPC, R"(,"portMappings":[{"containerPortRange":"8000-8010"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/hostPort", ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010","hostPort":8000}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/0/containerPort", ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010","containerPort":8000}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"},{"containerPort":8011}])")},
    {"ECS-TD-074", "/containerDefinitions/0/portMappings/1/containerPortRange",
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"},{"containerPortRange":"8010-8020"}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"},{"containerPortRange":"8011-8020"}])")},
    {"ECS-TD-075", "/containerDefinitions/0/portMappings/1/containerPort",
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":8080},{"containerPort":80,"hostPort":8081}])"),
     ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":8080},{"containerPort":80,"hostPort":8081,"protocol":"udp"}])")},
    {"ECS-TD-075", "/containerDefinitions/0/portMappings/1/containerPort",
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"},{"containerPort":8010}])"),
     ONE(R"(,"portMappings":[{"containerPortRange":"8000-8010"},{"containerPort":8011}])")},

    // Links, hostname, extra hosts, DNS.
    {"ECS-TD-076", "/containerDefinitions/0/links", TWO_IN(AWSVPC, R"(,"links":["b"])", ""), TWO_IN(BRIDGE, R"(,"links":["b"])", "")},
    {"ECS-TD-076", "/containerDefinitions/0/links/0", TWO(R"(,"links":["db"])", ""), TWO(R"(,"links":["b:db"])", "")},
    {"ECS-TD-076", "/containerDefinitions/0/links/0", TWO(R"(,"links":["a"])", ""), TWO(R"(,"links":["b"])", "")},
    {"ECS-TD-076", "/containerDefinitions/0/links/0", TWO(R"(,"links":["b:my db"])", ""), TWO(R"(,"links":["b:my_db"])", "")},
    {"ECS-TD-076", "/containerDefinitions/0/links", TWO_IN(WINDOWS, R"(,"links":["b"])", ""), TWO_IN(LINUX, R"(,"links":["b"])", "")},
    {"ECS-TD-077", "/containerDefinitions/0/hostname", ONE_IN(AWSVPC, R"(,"hostname":"web")"), ONE_IN(BRIDGE, R"(,"hostname":"web")")},
    {"ECS-TD-078", "/containerDefinitions/0/extraHosts", ONE_IN(AWSVPC, R"(,"extraHosts":[{"hostname":"db","ipAddress":"10.0.0.5"}])"),
     ONE_IN(HOST, R"(,"extraHosts":[{"hostname":"db","ipAddress":"10.0.0.5"}])")},
    {"ECS-TD-078", "/containerDefinitions/0/extraHosts", ONE_IN(WINDOWS, R"(,"extraHosts":[{"hostname":"db","ipAddress":"10.0.0.5"}])"),
     ONE_IN(LINUX, R"(,"extraHosts":[{"hostname":"db","ipAddress":"10.0.0.5"}])")},
    {"ECS-TD-079", "/containerDefinitions/0/dnsServers", ONE_IN(WINDOWS, R"(,"dnsServers":["10.0.0.2"])"), ONE_IN(LINUX, R"(,"dnsServers":["10.0.0.2"])")},
    {"ECS-TD-079", "/containerDefinitions/0/dnsSearchDomains", ONE_IN(WINDOWS, R"(,"dnsSearchDomains":["corp.example"])"),
     ONE_IN(WINDOWS, R"(,"dnsSearchDomains":[])")},

    // Health checks.
    {"ECS-TD-080", "/containerDefinitions/0/healthCheck/command/0", ONE(R"(,"healthCheck":{"command":["curl -f http://localhost/"]})"),
     ONE(R"(,"healthCheck":{"command":["CMD-SHELL","curl -f http://localhost/"]})")},
    {"ECS-TD-080", "/containerDefinitions/0/healthCheck/command", ONE(R"(,"healthCheck":{"command":[]})"),
     ONE(R"(,"healthCheck":{"command":["CMD","/healthcheck"]})")},
    {"ECS-TD-080", "/containerDefinitions/0/healthCheck/command", ONE(R"(,"healthCheck":{"command":["CMD"]})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"]})")},
    {"ECS-TD-081", "/containerDefinitions/0/healthCheck/interval", ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":4,"timeout":2})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":5,"timeout":2})")},
    {"ECS-TD-081", "/containerDefinitions/0/healthCheck/interval", ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":301})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":300})")},
    {"ECS-TD-082", "/containerDefinitions/0/healthCheck/timeout", ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":90,"timeout":61})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":90,"timeout":60})")},
    {"ECS-TD-082", "/containerDefinitions/0/healthCheck/timeout", ONE(R"(,"healthCheck":{"command":["CMD","true"],"timeout":1})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"timeout":2})")},
    {"ECS-TD-083", "/containerDefinitions/0/healthCheck/retries", ONE(R"(,"healthCheck":{"command":["CMD","true"],"retries":0})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"retries":1})")},
    {"ECS-TD-083", "/containerDefinitions/0/healthCheck/retries", ONE(R"(,"healthCheck":{"command":["CMD","true"],"retries":11})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"retries":10})")},
    {"ECS-TD-084", "/containerDefinitions/0/healthCheck/startPeriod", ONE(R"(,"healthCheck":{"command":["CMD","true"],"startPeriod":-1})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"startPeriod":0})")},
    {"ECS-TD-084", "/containerDefinitions/0/healthCheck/startPeriod", ONE(R"(,"healthCheck":{"command":["CMD","true"],"startPeriod":301})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"startPeriod":300})")},
    {"ECS-TD-085", "/containerDefinitions/0/healthCheck/timeout", ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":10,"timeout":10})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":11,"timeout":10})")},
    {"ECS-TD-085", "/containerDefinitions/0/healthCheck/timeout", ONE(R"(,"healthCheck":{"command":["CMD","true"],"timeout":30})"),
     ONE(R"(,"healthCheck":{"command":["CMD","true"],"timeout":29})")},

    // Container dependencies.
    {"ECS-TD-087", "/containerDefinitions/0/dependsOn/0/containerName", TWO(R"(,"dependsOn":[{"containerName":"c","condition":"START"}])", ""),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", "")},
    {"ECS-TD-087", "/containerDefinitions/0/dependsOn/0/containerName", TWO(R"(,"dependsOn":[{"containerName":"a","condition":"START"}])", ""),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", "")},
    {"ECS-TD-088", "/containerDefinitions/0/dependsOn/0/condition", TWO(R"(,"dependsOn":[{"containerName":"b","condition":"STARTED"}])", ""),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", "")},
    {"ECS-TD-089", "/containerDefinitions/0/dependsOn/0/condition", TWO(R"(,"dependsOn":[{"containerName":"b","condition":"COMPLETE"}])", ""),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"COMPLETE"}])", R"(,"essential":false)")},
    {"ECS-TD-089", "/containerDefinitions/0/dependsOn/0/condition",
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"SUCCESS"}])", R"(,"essential":true)"),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", R"(,"essential":true)")},
    {"ECS-TD-090", "/containerDefinitions/0/dependsOn/0/condition", TWO(R"(,"dependsOn":[{"containerName":"b","condition":"HEALTHY"}])", ""),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"HEALTHY"}])", R"(,"healthCheck":{"command":["CMD","true"]})")},
    {"ECS-TD-091", "/containerDefinitions/0/dependsOn/0/containerName",
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", R"(,"dependsOn":[{"containerName":"a","condition":"START"}])"),
     TWO(R"(,"dependsOn":[{"containerName":"b","condition":"START"}])", "")},
    {"ECS-TD-091", "/containerDefinitions/0/dependsOn/0/containerName",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"x","memory":64,"dependsOn":[{"containerName":"b","condition":"START"}]},)"
     R"({"name":"b","image":"x","memory":64,"dependsOn":[{"containerName":"a","condition":"START"},{"containerName":"c","condition":"START"}]},)"
     R"({"name":"c","image":"x","memory":64,"dependsOn":[{"containerName":"b","condition":"START"}]}]})",
     R"({"family":"f","containerDefinitions":[{"name":"a","image":"x","memory":64,"dependsOn":[{"containerName":"b","condition":"START"}]},)"
     R"({"name":"b","image":"x","memory":64,"dependsOn":[{"containerName":"c","condition":"START"}]},)"
     R"({"name":"c","image":"x","memory":64}]})"},

    // Timeouts.
    {"ECS-TD-092", "/containerDefinitions/0/stopTimeout", ONE_IN(FARGATE, R"(,"stopTimeout":121)"), ONE_IN(FARGATE, R"(,"stopTimeout":120)")},
    {"ECS-TD-092", "/containerDefinitions/0/startTimeout", ONE_IN(FARGATE, R"(,"startTimeout":1)"), ONE_IN(FARGATE, R"(,"startTimeout":2)")},
    {"ECS-TD-092", "/containerDefinitions/0/stopTimeout", ONE_IN(FARGATE, R"(,"stopTimeout":300)"), ONE(R"(,"stopTimeout":300)")},

    // Environment.
    {"ECS-TD-093", "/containerDefinitions/0/environment/1/name", ONE(R"(,"environment":[{"name":"A","value":"1"},{"name":"A","value":"2"}])"),
     ONE(R"(,"environment":[{"name":"A","value":"1"},{"name":"a","value":"2"}])")},
    {"ECS-TD-095", "/containerDefinitions/0/environmentFiles/0/value", ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::cfg/web.txt","type":"s3"}])"),
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::cfg/web.env","type":"s3"}])")},
    {"ECS-TD-095", "/containerDefinitions/0/environmentFiles/0/value",
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:ssm:us-east-1:123456789012:parameter/web.env","type":"s3"}])"),
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::cfg/.env","type":"s3"}])")},
    {"ECS-TD-095", "/containerDefinitions/0/environmentFiles/0/type", ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::cfg/web.env","type":"S3"}])"),
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::cfg/web.env","type":"s3"}])")},
    {"ECS-TD-095", "/containerDefinitions/0/environmentFiles",
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::c/1.env","type":"s3"},{"value":"arn:aws:s3:::c/2.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/3.env","type":"s3"},{"value":"arn:aws:s3:::c/4.env","type":"s3"},{"value":"arn:aws:s3:::c/5.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/6.env","type":"s3"},{"value":"arn:aws:s3:::c/7.env","type":"s3"},{"value":"arn:aws:s3:::c/8.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/9.env","type":"s3"},{"value":"arn:aws:s3:::c/10.env","type":"s3"},{"value":"arn:aws:s3:::c/11.env","type":"s3"}])"),
     ONE(R"(,"environmentFiles":[{"value":"arn:aws:s3:::c/1.env","type":"s3"},{"value":"arn:aws:s3:::c/2.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/3.env","type":"s3"},{"value":"arn:aws:s3:::c/4.env","type":"s3"},{"value":"arn:aws:s3:::c/5.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/6.env","type":"s3"},{"value":"arn:aws:s3:::c/7.env","type":"s3"},{"value":"arn:aws:s3:::c/8.env","type":"s3"},)"
         R"({"value":"arn:aws:s3:::c/9.env","type":"s3"},{"value":"arn:aws:s3:::c/10.env","type":"s3"}])")},

    // Secrets.
    {"ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom",
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"}])")},
    {"ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom",
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"}])")},
    {"ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom",
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:ssm:us-east-1:123456789012:parameter//app/db"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:ssm:us-east-1:123456789012:parameter/app/db"}])")},
    {"ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom", ONE(R"(,"secrets":[{"name":"DB","valueFrom":"app/db"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"/app/db"}])")},
    {"ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom",
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"arn:aws:secretsmanager:<region>:<account>:secret:db"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"db-password"}])")},
    {"ECS-TD-096", "/containerDefinitions/0/logConfiguration/secretOptions/0/valueFrom",
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-url":"https://s:8088"},"secretOptions":[{"name":"splunk-token","valueFrom":"splunk token"}]})"),
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-url":"https://s:8088"},"secretOptions":[{"name":"splunk-token","valueFrom":"splunk-token"}]})")},
    {"ECS-TD-097", "/containerDefinitions/0/secrets/1/name",
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"/app/db"},{"name":"DB","valueFrom":"/app/db2"}])"),
     ONE(R"(,"secrets":[{"name":"DB","valueFrom":"/app/db"},{"name":"DB2","valueFrom":"/app/db2"}])")},

    // Logging.
    {"ECS-TD-098", "/containerDefinitions/0/logConfiguration/logDriver", ONE(R"(,"logConfiguration":{"logDriver":"logentries"})"),
     ONE(R"(,"logConfiguration":{"logDriver":"json-file"})")},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-group", ONE(AWSLOGS(R"("awslogs-region":"us-east-1")")),
     ONE(AWSLOGS(GR))},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-region", ONE(AWSLOGS(R"("awslogs-group":"/ecs/web")")),
     ONE(AWSLOGS(GR))},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-stream-prefix", ONE_IN(FARGATE, AWSLOGS(GR)),
     ONE_IN(FARGATE, AWSLOGS(GR R"(,"awslogs-stream-prefix":"ecs")"))},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-multiline-pattern",
     ONE(AWSLOGS(GR R"(,"awslogs-datetime-format":"%Y-%m-%d","awslogs-multiline-pattern":"^\\[")")),
     ONE(AWSLOGS(GR R"(,"awslogs-multiline-pattern":"^\\[")"))},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/mode", ONE(AWSLOGS(GR R"(,"mode":"async")")),
     ONE(AWSLOGS(GR R"(,"mode":"non-blocking")"))},
    {"ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/max-buffer-size",
     ONE(AWSLOGS(GR R"(,"mode":"blocking","max-buffer-size":"25m")")), ONE(AWSLOGS(GR R"(,"mode":"non-blocking","max-buffer-size":"25m")"))},
    {"ECS-TD-100", "/containerDefinitions/0/logConfiguration/options/splunk-url",
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-token":"t"}})"),
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-token":"t","splunk-url":"https://s:8088"}})")},
    {"ECS-TD-100", "/containerDefinitions/0/logConfiguration/options/splunk-token",
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-url":"https://s:8088"}})"),
     ONE(R"(,"logConfiguration":{"logDriver":"splunk","options":{"splunk-url":"https://s:8088"},"secretOptions":[{"name":"splunk-token","valueFrom":"/splunk/token"}]})")},
    {"ECS-TD-101", "/containerDefinitions/0/logConfiguration/logDriver",
     TWO(R"(,"logConfiguration":{"logDriver":"awsfirelens","options":{"Name":"cloudwatch"}})", ""),
     TWO(R"(,"logConfiguration":{"logDriver":"awsfirelens","options":{"Name":"cloudwatch"}})", R"(,"firelensConfiguration":{"type":"fluentbit"})")},
    {"ECS-TD-102", "/containerDefinitions/1/firelensConfiguration",
     TWO(R"(,"firelensConfiguration":{"type":"fluentbit"})", R"(,"firelensConfiguration":{"type":"fluentd"})"),
     TWO(R"(,"firelensConfiguration":{"type":"fluentbit"})", "")},
    {"ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/type", ONE(R"(,"firelensConfiguration":{"type":"fluent-bit"})"),
     ONE(R"(,"firelensConfiguration":{"type":"fluentbit"})")},
    {"ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/options/config-file-type",
     ONE(R"(,"firelensConfiguration":{"type":"fluentbit","options":{"config-file-type":"s3 | file","config-file-value":"/x.conf"}})"),
     ONE(R"(,"firelensConfiguration":{"type":"fluentbit","options":{"config-file-type":"file","config-file-value":"/x.conf"}})")},
    {"ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/options/config-file-type",
     ONE_IN(FARGATE, R"(,"firelensConfiguration":{"type":"fluentbit","options":{"config-file-type":"s3","config-file-value":"arn:aws:s3:::b/x.conf"}})"),
     ONE(R"(,"firelensConfiguration":{"type":"fluentbit","options":{"config-file-type":"s3","config-file-value":"arn:aws:s3:::b/x.conf"}})")},

    // Ulimits and Linux parameters.
    {"ECS-TD-103", "/containerDefinitions/0/ulimits/0/softLimit", ONE(R"(,"ulimits":[{"name":"nofile","softLimit":65536,"hardLimit":65535}])"),
     ONE(R"(,"ulimits":[{"name":"nofile","softLimit":65535,"hardLimit":65535}])")},
    {"ECS-TD-103", "/containerDefinitions/0/ulimits/0/softLimit", ONE(R"(,"ulimits":[{"name":"core","softLimit":-1,"hardLimit":0}])"),
     ONE(R"(,"ulimits":[{"name":"core","softLimit":-1,"hardLimit":-1}])")},
    {"ECS-TD-103", "/containerDefinitions/0/ulimits/1/name",
     ONE(R"(,"ulimits":[{"name":"nofile","softLimit":1024,"hardLimit":4096},{"name":"nofile","softLimit":2048,"hardLimit":4096}])"),
     ONE(R"(,"ulimits":[{"name":"nofile","softLimit":1024,"hardLimit":4096},{"name":"nproc","softLimit":2048,"hardLimit":4096}])")},
    {"ECS-TD-103", "/containerDefinitions/0/ulimits/0/name", ONE(R"(,"ulimits":[{"name":"NOFILE","softLimit":1024,"hardLimit":4096}])"),
     ONE(R"(,"ulimits":[{"name":"nofile","softLimit":1024,"hardLimit":4096}])")},
    {"ECS-TD-103", "/containerDefinitions/0/ulimits", ONE_IN(WINDOWS, R"(,"ulimits":[{"name":"nofile","softLimit":1024,"hardLimit":4096}])"),
     ONE_IN(WINDOWS, R"(,"ulimits":[])")},
    {"ECS-TD-104", "/containerDefinitions/0/linuxParameters/capabilities/add/0",
     ONE(R"(,"linuxParameters":{"capabilities":{"add":["CAP_SYS_ADMIN"]}})"), ONE(R"(,"linuxParameters":{"capabilities":{"add":["SYS_ADMIN"]}})")},
    {"ECS-TD-104", "/containerDefinitions/0/linuxParameters/capabilities/drop/1",
     ONE(R"(,"linuxParameters":{"capabilities":{"drop":["NET_RAW","sys_time"]}})"),
     ONE(R"(,"linuxParameters":{"capabilities":{"drop":["NET_RAW","SYS_TIME"]}})")},
    {"ECS-TD-105", "/containerDefinitions/0/linuxParameters/devices/0/permissions/1",
     ONE(R"(,"linuxParameters":{"devices":[{"hostPath":"/dev/fuse","permissions":["read","exec"]}]})"),
     ONE(R"(,"linuxParameters":{"devices":[{"hostPath":"/dev/fuse","permissions":["read","mknod"]}]})")},
    {"ECS-TD-106", "/containerDefinitions/0/linuxParameters/sharedMemorySize", ONE(R"(,"linuxParameters":{"sharedMemorySize":0})"),
     ONE(R"(,"linuxParameters":{"sharedMemorySize":1})")},
    {"ECS-TD-107", "/containerDefinitions/0/linuxParameters/maxSwap", ONE(R"(,"linuxParameters":{"maxSwap":-1})"),
     ONE(R"(,"linuxParameters":{"maxSwap":0})")},
    {"ECS-TD-107", "/containerDefinitions/0/linuxParameters/swappiness", ONE(R"(,"linuxParameters":{"maxSwap":512,"swappiness":101})"),
     ONE(R"(,"linuxParameters":{"maxSwap":512,"swappiness":100})")},
    {"ECS-TD-107", "/containerDefinitions/0/linuxParameters/swappiness", ONE(R"(,"linuxParameters":{"swappiness":10})"),
     ONE(R"(,"linuxParameters":{"maxSwap":0,"swappiness":10})")},
    {"ECS-TD-108", "/containerDefinitions/0/linuxParameters/tmpfs/0/containerPath",
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"run","size":64}]})"), ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":64}]})")},
    {"ECS-TD-108", "/containerDefinitions/0/linuxParameters/tmpfs/0/size", ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":0}]})"),
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":1}]})")},
    {"ECS-TD-108", "/containerDefinitions/0/linuxParameters/tmpfs/0/mountOptions/1",
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":64,"mountOptions":["rw","noexe"]}]})"),
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":64,"mountOptions":["rw","noexec"]}]})")},
    {"ECS-TD-108", "/containerDefinitions/0/linuxParameters/tmpfs/0/mountOptions/0",
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":64,"mountOptions":["size=64m"]}]})"),
     ONE(R"(,"linuxParameters":{"tmpfs":[{"containerPath":"/run","size":64,"mountOptions":["mode=1777"]}]})")},

    // Volumes.
    {"ECS-TD-109", "/containerDefinitions/0/mountPoints/0/sourceVolume", ONE(R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"/data"}])"),
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"/data"}])")},
    {"ECS-TD-109", "/containerDefinitions/0/mountPoints/0/sourceVolume",
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"containerPath":"/data"}])"),
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"/data"}])")},
    {"ECS-TD-110", "/containerDefinitions/0/mountPoints/0/containerPath",
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"data"}])"),
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"C:\\data"}])")},
    {"ECS-TD-110", "/containerDefinitions/0/mountPoints/0/containerPath",
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data"}])"),
     ONE_IN(R"("volumes":[{"name":"data"}],)", R"(,"mountPoints":[{"sourceVolume":"data","containerPath":"/"}])")},
    {"ECS-TD-111", "/containerDefinitions/0/volumesFrom/0/sourceContainer", TWO(R"(,"volumesFrom":[{"sourceContainer":"c"}])", ""),
     TWO(R"(,"volumesFrom":[{"sourceContainer":"b"}])", "")},
    {"ECS-TD-111", "/containerDefinitions/0/volumesFrom/0/sourceContainer", TWO(R"(,"volumesFrom":[{"readOnly":true}])", ""),
     TWO(R"(,"volumesFrom":[{"sourceContainer":"b","readOnly":true}])", "")},

    // Kernel parameters, users, security options.
    {"ECS-TD-112", "/containerDefinitions/0/systemControls/0/namespace", ONE(R"(,"systemControls":[{"namespace":"kernel.pid_max","value":"4194304"}])"),
     ONE(R"(,"systemControls":[{"namespace":"kernel.shmmax","value":"68719476736"}])")},
    {"ECS-TD-112", "/containerDefinitions/0/systemControls/0/namespace",
     ONE_IN(R"("ipcMode":"host",)", R"(,"systemControls":[{"namespace":"fs.mqueue.msg_max","value":"100"}])"),
     ONE_IN(R"("ipcMode":"task",)", R"(,"systemControls":[{"namespace":"fs.mqueue.msg_max","value":"100"}])")},
    {"ECS-TD-112", "/containerDefinitions/0/systemControls/0/namespace",
     ONE_IN(HOST, R"(,"systemControls":[{"namespace":"net.ipv4.tcp_keepalive_time","value":"500"}])"),
     ONE_IN(AWSVPC, R"(,"systemControls":[{"namespace":"net.ipv4.tcp_keepalive_time","value":"500"}])")},
    {"ECS-TD-113", "/containerDefinitions/0/user", ONE(R"(,"user":"1000:")"), ONE(R"(,"user":"1000:1000")")},
    {"ECS-TD-113", "/containerDefinitions/0/user", ONE(R"(,"user":"app user")"), ONE(R"(,"user":"app:staff")")},
    {"ECS-TD-113", "/containerDefinitions/0/user", ONE_IN(WINDOWS, R"(,"user":"app")"), ONE_IN(LINUX, R"(,"user":"app")")},
    {"ECS-TD-114", "/containerDefinitions/0/dockerSecurityOptions/1", ONE(R"(,"dockerSecurityOptions":["no-new-privileges","seccomp:unconfined"])"),
     ONE(R"(,"dockerSecurityOptions":["no-new-privileges","apparmor:docker-default"])")},
    {"ECS-TD-114", "/containerDefinitions/0/dockerSecurityOptions/0", ONE(R"(,"dockerSecurityOptions":["label:"])"),
     ONE(R"(,"dockerSecurityOptions":["label:type:container_t"])")},
    {"ECS-TD-115", "/containerDefinitions/0/credentialSpecs",
     ONE(R"(,"credentialSpecs":["credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa","credentialspec:arn:aws:s3:::b/gmsa.json"])"),
     ONE(R"(,"credentialSpecs":["credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/gmsa"])")},
    {"ECS-TD-115", "/containerDefinitions/0/credentialSpecs/0",
     ONE(R"(,"credentialSpecs":["credentialspec:arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa"])"),
     ONE(R"(,"credentialSpecs":["credentialspecdomainless:arn:aws:s3:::b/gmsa.json"])")},
    {"ECS-TD-116", "/containerDefinitions/0/repositoryCredentials/credentialsParameter",
     ONE(R"(,"repositoryCredentials":{"credentialsParameter":"arn:aws:ssm:us-east-1:123456789012:parameter/dockerhub"})"),
     ONE(R"(,"repositoryCredentials":{"credentialsParameter":"arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-AbCdEf"})")},
    {"ECS-TD-116", "/containerDefinitions/0/repositoryCredentials/credentialsParameter",
     ONE(R"(,"repositoryCredentials":{"credentialsParameter":"docker hub"})"), ONE(R"(,"repositoryCredentials":{"credentialsParameter":"docker/hub"})")},

    // Resources, restarts, version consistency.
    {"ECS-TD-117", "/containerDefinitions/0/resourceRequirements/0/value", ONE(R"(,"resourceRequirements":[{"type":"GPU","value":"0"}])"),
     ONE(R"(,"resourceRequirements":[{"type":"GPU","value":"1"}])")},
    {"ECS-TD-117", "/containerDefinitions/0/resourceRequirements/0/value", ONE(R"(,"resourceRequirements":[{"type":"GPU","value":"1.5"}])"),
     ONE(R"(,"resourceRequirements":[{"type":"GPU","value":"2"}])")},
    {"ECS-TD-117", "/containerDefinitions/0/resourceRequirements/0/type", ONE(R"(,"resourceRequirements":[{"type":"gpu","value":"1"}])"),
     ONE(R"(,"resourceRequirements":[{"type":"GPU","value":"1"}])")},
    {"ECS-TD-117", "/containerDefinitions/0/resourceRequirements/0/type", ONE_IN(FARGATE, R"(,"resourceRequirements":[{"type":"GPU","value":"1"}])"),
     ONE_IN(R"("requiresCompatibilities":["EC2"],)", R"(,"resourceRequirements":[{"type":"GPU","value":"1"}])")},
    {"ECS-TD-118", "/containerDefinitions/0/restartPolicy/restartAttemptPeriod", ONE(R"(,"restartPolicy":{"enabled":true,"restartAttemptPeriod":59})"),
     ONE(R"(,"restartPolicy":{"enabled":true,"restartAttemptPeriod":60})")},
    {"ECS-TD-118", "/containerDefinitions/0/restartPolicy/restartAttemptPeriod", ONE(R"(,"restartPolicy":{"enabled":true,"restartAttemptPeriod":1801})"),
     ONE(R"(,"restartPolicy":{"enabled":true,"restartAttemptPeriod":1800})")},
    {"ECS-TD-118", "/containerDefinitions/0/restartPolicy/ignoredExitCodes", ONE(R"(,"restartPolicy":{"enabled":false,"ignoredExitCodes":[0]})"),
     ONE(R"(,"restartPolicy":{"enabled":true,"ignoredExitCodes":[0]})")},
    {"ECS-TD-119", "/containerDefinitions/0/versionConsistency", ONE(R"(,"versionConsistency":"ENABLED")"), ONE(R"(,"versionConsistency":"disabled")")},
};

// Decoding findings, then every rule's.
core::diagnostics findings(std::string_view json) {
    auto r = core::decode<ecs::register_task_definition_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json << "\n"
                                                                        << testing::verdict(r.diagnostics()).message().str());
    return core::validate(*r);
}

bool reports_rule(const core::diagnostics& ds, std::string_view rule) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule; });
}

std::string read(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    BOOST_TEST_REQUIRE(f.good(), "cannot read " << path);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

} // namespace

BOOST_AUTO_TEST_SUITE(td_container_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(container_cases), c) {
    test_support::check_breaking(c, findings);
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(container_cases), c) {
    test_support::check_near_miss(c, findings);
}

BOOST_AUTO_TEST_CASE(limits_counted_in_hundreds_and_name_lengths) {
    // ECS-TD-061: 255 characters, and one more.
    std::string name(255, 'n');
    auto with_name = [](const std::string& n) {
        return core::cat(R"({"family":"f","containerDefinitions":[{"name":")", n, R"(","image":"nginx","memory":64}]})");
    };
    BOOST_TEST(!reports_rule(findings(with_name(name)), "ECS-TD-061"));
    BOOST_TEST(testing::reports(findings(with_name(name + "n")), "ECS-TD-061", "/containerDefinitions/0/name"));

    // ECS-TD-074: at most 100 port ranges per container.
    auto with_ranges = [](int n) {
        std::string pms;
        for (int i = 0; i < n; ++i) pms += core::cat(i ? "," : "", R"({"containerPortRange":")", 1000 + 10 * i, "-", 1005 + 10 * i, R"("})");
        return core::cat(R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":64,"portMappings":[)", pms, "]}]}");
    };
    BOOST_TEST(!reports_rule(findings(with_ranges(100)), "ECS-TD-074"));
    BOOST_TEST(testing::reports(findings(with_ranges(101)), "ECS-TD-074", "/containerDefinitions/0/portMappings"));

    // ECS-TD-118: at most 50 ignored exit codes.
    auto with_codes = [](int n) {
        std::string codes;
        for (int i = 0; i < n; ++i) codes += core::cat(i ? "," : "", i + 1);
        return core::cat(R"({"family":"f","containerDefinitions":[{"name":"a","image":"nginx","memory":64,)"
                         R"("restartPolicy":{"enabled":true,"ignoredExitCodes":[)", codes, "]}}]}");
    };
    BOOST_TEST(!reports_rule(findings(with_codes(50)), "ECS-TD-118"));
    BOOST_TEST(testing::reports(findings(with_codes(51)), "ECS-TD-118", "/containerDefinitions/0/restartPolicy/ignoredExitCodes"));
}

BOOST_AUTO_TEST_CASE(advice_is_a_warning_and_what_aws_rejects_is_an_error) {
    auto severity_of = [](const core::diagnostics& ds, std::string_view rule) {
        auto it = std::find_if(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule; });
        BOOST_TEST_REQUIRE((it != ds.end()), rule);
        return it->level;
    };
    auto health = findings(ONE(R"(,"healthCheck":{"command":["CMD","true"],"interval":10,"timeout":10})"));
    BOOST_TEST((severity_of(health, "ECS-TD-085") == core::severity::warning));
    BOOST_TEST(!core::has_errors(health));
    auto swap = findings(ONE(R"(,"linuxParameters":{"swappiness":10})"));
    BOOST_TEST((severity_of(swap, "ECS-TD-107") == core::severity::warning));
    auto reserved = findings(ONE(R"(,"portMappings":[{"containerPort":80,"hostPort":2375}])"));
    BOOST_TEST((severity_of(reserved, "ECS-TD-068") == core::severity::warning));
    auto unnamed = findings(ONE(R"(,"portMappings":[{"containerPort":80,"appProtocol":"http"}])"));
    BOOST_TEST((severity_of(unnamed, "ECS-TD-072") == core::severity::warning));
    auto awsvpc = findings(ONE_IN(AWSVPC, R"(,"portMappings":[{"containerPort":80,"hostPort":81}])"));
    BOOST_TEST((severity_of(awsvpc, "ECS-TD-069") == core::severity::error));
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    auto ds = findings(R"({"family":"f","networkMode":"awsvpc","containerDefinitions":[
        {"image":"nginx","memory":4,"memoryReservation":8,"hostname":"web","links":["db"],
         "portMappings":[{"containerPort":80,"hostPort":8080,"name":"Web"}],
         "healthCheck":{"command":["curl"],"interval":1,"retries":20},
         "secrets":[{"name":"A","valueFrom":"arn:aws:s3:::b/k"},{"name":"A","valueFrom":"/p"}],
         "mountPoints":[{"sourceVolume":"nope","containerPath":"rel"}],
         "dependsOn":[{"containerName":"ghost","condition":"START"}]}]})");
    auto ids = testing::rule_ids(ds);
    for (const char* rule : {"ECS-TD-060", "ECS-TD-064", "ECS-TD-065", "ECS-TD-069", "ECS-TD-073", "ECS-TD-076", "ECS-TD-077",
                             "ECS-TD-080", "ECS-TD-081", "ECS-TD-083", "ECS-TD-087", "ECS-TD-096", "ECS-TD-097",
                             "ECS-TD-109", "ECS-TD-110"})
        BOOST_TEST((std::find(ids.begin(), ids.end(), rule) != ids.end()), rule);
}

// ECS-TD-086 and ECS-TD-094 are JSON types: decoding rejects them (COMMON-002) at the member,
// before any rule runs, and the typed members cannot hold them.
BOOST_AUTO_TEST_CASE(booleans_and_environment_strings_are_checked_by_their_json_types) {
    auto quoted = core::decode<ecs::register_task_definition_request>(ONE(R"(,"essential":"true")"));
    BOOST_TEST(!quoted.has_value());
    BOOST_TEST(testing::reports(quoted.diagnostics(), "COMMON-002", "/containerDefinitions/0/essential"));
    auto number = core::decode<ecs::register_task_definition_request>(ONE(R"(,"environment":[{"name":"PORT","value":8080}])"));
    BOOST_TEST(!number.has_value());
    BOOST_TEST(testing::reports(number.diagnostics(), "COMMON-002", "/containerDefinitions/0/environment/0/value"));
    BOOST_TEST(testing::valid_json<ecs::register_task_definition_request>(
        ONE(R"(,"essential":true,"environment":[{"name":"PORT","value":"8080"}])")));
}

BOOST_AUTO_TEST_CASE(a_dependency_cycle_is_reported_once_naming_its_members_in_order) {
    auto ds = findings(R"({"family":"f","containerDefinitions":[
        {"name":"app","image":"x","memory":64,"dependsOn":[{"containerName":"proxy","condition":"START"}]},
        {"name":"log","image":"x","memory":64},
        {"name":"proxy","image":"x","memory":64,"dependsOn":[{"containerName":"log","condition":"START"},{"containerName":"init","condition":"START"}]},
        {"name":"init","image":"x","memory":64,"dependsOn":[{"containerName":"app","condition":"START"}]}]})");
    auto n = std::count_if(ds.begin(), ds.end(), [](const core::diagnostic& d) { return d.rule == "ECS-TD-091"; });
    BOOST_TEST(n == 1);
    auto it = std::find_if(ds.begin(), ds.end(), [](const core::diagnostic& d) { return d.rule == "ECS-TD-091"; });
    BOOST_TEST_REQUIRE((it != ds.end()));
    BOOST_TEST(it->pointer == "/containerDefinitions/0/dependsOn/0/containerName");
    BOOST_TEST(it->message.find(R"("app" -> "proxy" -> "init" -> "app")") != std::string::npos, it->message);
}

BOOST_AUTO_TEST_CASE(a_container_alone_is_checked_against_the_task_in_its_context) {
    auto td = core::decode<ecs::register_task_definition_request>(
        TWO_IN(AWSVPC, R"(,"portMappings":[{"containerPort":80,"hostPort":8080}])", R"(,"links":["a"])"));
    BOOST_TEST_REQUIRE(td.has_value());
    const ecs::container_definition& a = td->container_definitions[0];
    ecs::container_definition odd = a;
    odd.name = ecs::container_name::from_wire("a b");

    // Alone, only the rules of the container itself apply: its name (ECS-TD-061), at pointers
    // relative to the container. The port rule needs the task's network mode and is skipped.
    core::diagnostics alone = core::validate(odd);
    BOOST_TEST_REQUIRE(alone.size() == 1u, alone.size());
    BOOST_TEST(alone[0].rule == "ECS-TD-061");
    BOOST_TEST(alone[0].pointer == "/name");

    // With the task in the context, the rules that read it apply too: awsvpc wants hostPort to
    // equal containerPort (ECS-TD-069). The copy is found among the task's containers by its name.
    core::diagnostics with_task = core::validate(a, core::validation_context{*td});
    BOOST_TEST(testing::reports(with_task, "ECS-TD-069", "/portMappings/0/hostPort"));
    BOOST_TEST(!reports_rule(with_task, "ECS-TD-061"));

    // Validating the task puts it in the context of its containers, at their pointers.
    core::diagnostics whole = core::validate(*td);
    BOOST_TEST(testing::reports(whole, "ECS-TD-069", "/containerDefinitions/0/portMappings/0/hostPort"));
    // links under awsvpc (ECS-TD-076) is found for the second container, by the same walk.
    BOOST_TEST(testing::reports(whole, "ECS-TD-076", "/containerDefinitions/1/links"));
}

BOOST_AUTO_TEST_CASE(secret_references_are_read_into_their_parts) {
    auto sm = ecs::parse_secret_reference("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf:password:AWSCURRENT:");
    BOOST_TEST_REQUIRE(sm.has_value());
    BOOST_TEST((sm->source == ecs::secret_source::secrets_manager));
    BOOST_TEST(sm->name == "db-AbCdEf");
    BOOST_TEST(sm->json_key == "password");
    BOOST_TEST(sm->version_stage == "AWSCURRENT");
    BOOST_TEST(sm->version_id.empty());
    BOOST_TEST(sm->arn->region == "eu-west-1");

    auto p = ecs::parse_secret_reference("arn:aws-cn:ssm:cn-north-1:123456789012:parameter/app/db");
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST((p->source == ecs::secret_source::parameter_arn));
    BOOST_TEST(p->name == "app/db");

    auto n = ecs::parse_secret_reference("/app/db");
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST((n->source == ecs::secret_source::parameter_name));
    BOOST_TEST(!n->arn.has_value());

    BOOST_TEST((ecs::check_secret_reference("") == ecs::secret_reference_problem::empty));
    BOOST_TEST((ecs::check_secret_reference("arn:aws:iam::123456789012:role/x") == ecs::secret_reference_problem::wrong_service));
    BOOST_TEST((ecs::check_secret_reference("arn:aws:ssm:us-east-1:123456789012:document/x") ==
                ecs::secret_reference_problem::parameter_resource));
    BOOST_TEST((ecs::check_secret_reference("arn:aws:secretsmanager:us-east-1:123456789012:secret:a:b:c:d:e") ==
                ecs::secret_reference_problem::secret_resource));
    static_assert(ecs::check_secret_reference("db_password.v2") == ecs::secret_reference_problem::none);
}

BOOST_AUTO_TEST_CASE(example_documents_break_no_container_rule) {
    for (const char* file : {"/task-definition-ec2-bridge.json", "/task-definition-fargate-firelens.json"}) {
        auto ds = findings(read(std::string(AWSMODEL_EXAMPLES) + file));
        for (const auto& d : ds) BOOST_TEST((d.level != core::severity::error), file << ": " << d);
    }
}

// Every RegisterTaskDefinition document of the corpus that botocore accepts, and every described
// task definition converted back into a request, breaks no container rule; the documents listed
// here are wrong themselves, each for the reason given, and each finding is checked to occur.
// ECS-TD-060..119 but -063, the image's own rule (tests/ecs/image.cpp runs it on the corpus).
bool container_level(std::string_view rule) {
    return rule.starts_with("ECS-TD-") && rule.size() == 10 && rule.substr(7) >= "060" && rule.substr(7) <= "119" &&
           rule != "ECS-TD-063";
}

BOOST_AUTO_TEST_CASE(real_task_definitions_break_no_container_rule, test_support::needs_corpus()) {
    struct known_defect {
        const char* file;
        const char* rule;
        const char* pointer;
    };
    const known_defect defects[] = {
        // Templates whose placeholders were never filled in: CloudFormation ${...}, shell $(...),
        // {{...}}, <...>, YOUR_..., __..._ and %...% where ECS needs real values.
        {"task-definition/0004.json", "ECS-TD-061", "/containerDefinitions/0/name"}, // "[your container name]"
        {"task-definition/0041.json", "ECS-TD-096", "/containerDefinitions/0/secrets/"},
        {"task-definition/0072.json", "ECS-TD-096", "/containerDefinitions/0/secrets/"},
        {"task-definition/0093.json", "ECS-TD-096", "/containerDefinitions/1/logConfiguration/secretOptions/0/valueFrom"},
        {"task-definition/0099.json", "ECS-TD-096", "/containerDefinitions/1/logConfiguration/secretOptions/0/valueFrom"},
        {"task-definition/0104.json", "ECS-TD-096", "/containerDefinitions/1/logConfiguration/secretOptions/0/valueFrom"},
        {"task-definition/0125.json", "ECS-TD-096", "/containerDefinitions/1/logConfiguration/secretOptions/0/valueFrom"},
        {"task-definition/0140.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0277.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0352.json", "ECS-TD-096", "/containerDefinitions/0/secrets/"},
        {"task-definition/0392.json", "ECS-TD-061", "/containerDefinitions/0/name"},
        {"task-definition/0437.json", "ECS-TD-096", "/containerDefinitions/0/secrets/"},
        {"task-definition/0439.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0446.json", "ECS-TD-096", "/containerDefinitions/0/secrets/"},
        // The developer guide's excerpts: "region:aws_account_id" in ARNs, and the syntax line
        // "config-file-type": "s3 | file" copied as a value.
        {"task-definition/0259.json", "ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/options/config-file-type"},
        {"task-definition/0260.json", "ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/options/config-file-type"},
        {"task-definition/0265.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0266.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0267.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0268.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        {"task-definition/0276.json", "ECS-TD-096", "/containerDefinitions/0/secrets/0/valueFrom"},
        // A template for a deployment pipeline that inserts the image when it deploys; ECS itself
        // requires an image.
        {"task-definition/0329.json", "ECS-TD-062", "/containerDefinitions/0/image"},
        // awsvpc maps the container port on the task's own interface: the API reference says
        // hostPort is omitted or equals containerPort.
        {"task-definition/0147.json", "ECS-TD-069", "/containerDefinitions/0/portMappings/0/hostPort"},
        {"task-definition/0151.json", "ECS-TD-069", "/containerDefinitions/0/portMappings/0/hostPort"},
        // The API reference: the health check command "must start with CMD ... or CMD-SHELL".
        {"task-definition/0067.json", "ECS-TD-080", "/containerDefinitions/0/healthCheck/command/0"},
        {"task-definition/0457.json", "ECS-TD-080", "/containerDefinitions/0/healthCheck/command/0"},
        // The API reference: "The valid values for Fargate are 2-120 seconds" (startTimeout 600).
        {"task-definition/0457.json", "ECS-TD-092", "/containerDefinitions/0/startTimeout"},
        // The API reference lists awslogs-region as "Required: Yes" (on EC2 Docker falls back to
        // the instance's Region, which is why these ran), and awslogs-stream-prefix as required
        // on Fargate.
        {"task-definition/0155.json", "ECS-TD-099", "/containerDefinitions/"},
        {"task-definition/0157.json", "ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-region"},
        {"task-definition/0323.json", "ECS-TD-099", "/containerDefinitions/0/logConfiguration/options/awslogs-stream-prefix"},
        // FirelensConfiguration.options: "Tasks hosted on Fargate only support the file
        // configuration file type"; this Fargate example loads its configuration from S3.
        {"task-definition/0129.json", "ECS-TD-102", "/containerDefinitions/0/firelensConfiguration/options/config-file-type"},
        // The developer guide's FSx example mounts "fsx-windows-dir" but declares the volume
        // "fsx-windows-vol".
        {"task-definition/0298.json", "ECS-TD-109", "/containerDefinitions/"},
        // A recorded DescribeTaskDefinition of a test fixture with "memory": 1; the API reference:
        // "don't specify less than 6 MiB of memory" (Docker refuses to start such a container).
        {"task-definition/0349.json", "ECS-TD-064", "/containerDefinitions/0/memory"},
    };
    std::istringstream manifest(read(AWSMODEL_CORPUS "/MANIFEST.tsv"));
    std::string line;
    std::size_t checked = 0, clean = 0;
    std::set<std::ptrdiff_t> seen;
    while (std::getline(manifest, line)) {
        std::vector<std::string> col;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, '\t');) col.push_back(cell);
        if (col.size() < 4 || col[3] != "accept") continue;
        std::optional<ecs::register_task_definition_request> request;
        bool excerpt = false; // a guide's excerpt of a task definition, showing only some members
        if (col[2] == "RegisterTaskDefinitionRequest") {
            auto r = core::decode<ecs::register_task_definition_request>(read(AWSMODEL_CORPUS "/" + col[0]));
            BOOST_TEST_REQUIRE(r.has_value(), col[0]);
            request = std::move(*r);
        } else if (col[2] == "TaskDefinition") {
            // Snippets of a description often leave the family out; the container rules do not
            // read it, so one is supplied to let the description convert.
            boost::json::value v = boost::json::parse(read(AWSMODEL_CORPUS "/" + col[0]));
            if (v.is_object() && !v.as_object().contains("family")) {
                v.as_object()["family"] = "corpus";
                excerpt = true;
            }
            auto d = core::decode<ecs::task_definition>(boost::json::serialize(v));
            BOOST_TEST_REQUIRE(d.has_value(), col[0]);
            if (auto r = ecs::to_register_request(*d)) request = std::move(*r);
        } else if (col[2] == "DescribeTaskDefinitionResponse") {
            auto d = core::decode<ecs::describe_task_definition_response>(read(AWSMODEL_CORPUS "/" + col[0]));
            BOOST_TEST_REQUIRE(d.has_value(), col[0]);
            if (auto r = ecs::to_register_request(*d)) request = std::move(*r);
        }
        if (!request) continue;
        ++checked;
        // The container-level rules, ECS-TD-060..119, whether a rule or the member's type reports
        // them (a container's name is an ecs::container_name).
        const core::diagnostics ds = core::validate(*request);
        bool any_error = false;
        for (const auto& d : ds) {
            if (d.level != core::severity::error || !container_level(d.rule)) continue;
            // An excerpt leaves out the containers' names and images, and the containers other
            // than the one it shows (such as the log router an awsfirelens container sends to).
            if (excerpt && (d.rule == "ECS-TD-060" || d.rule == "ECS-TD-062" || d.rule == "ECS-TD-101")) continue;
            any_error = true;
            // A defect names the finding's pointer, or a prefix of it for a list of like entries.
            auto known = std::find_if(std::begin(defects), std::end(defects), [&](const known_defect& k) {
                return col[0] == k.file && d.rule == k.rule && d.pointer.starts_with(k.pointer);
            });
            if (known != std::end(defects)) seen.insert(known - std::begin(defects));
            BOOST_TEST((known != std::end(defects)), col[0] << ": " << d);
        }
        clean += !any_error;
    }
    BOOST_TEST_MESSAGE(clean << " of " << checked << " corpus task definitions break no container rule");
    BOOST_TEST(checked >= 250u);
    for (std::size_t i = 0; i < std::size(defects); ++i)
        BOOST_TEST(seen.contains(static_cast<std::ptrdiff_t>(i)), "no longer found: " << defects[i].file << " " << defects[i].pointer);
}

BOOST_AUTO_TEST_SUITE_END()
