#include "documents.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace bench {

namespace {

// splitmix64: the same documents on every machine and standard library, unlike <random>'s
// distributions, so that figures from different runs measure the same bytes.
class rng {
public:
    explicit rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1p-53; }
    bool chance(double p) { return unit() < p; }
    template <class C>
    const auto& pick(const C& c) {
        return c[static_cast<std::size_t>(next() % std::size(c))];
    }
    std::string hex(std::size_t n) {
        static constexpr char digits[] = "0123456789abcdef";
        std::string s(n, '0');
        for (auto& c : s) c = digits[next() & 15];
        return s;
    }
    std::string digits(std::size_t n) {
        std::string s(n, '0');
        for (auto& c : s) c = static_cast<char>('0' + next() % 10);
        return s;
    }

private:
    std::uint64_t s_;
};

// Pretty-printed JSON as `aws ... --output json` (4 spaces) and hand-written files (2 spaces) look.
class writer {
public:
    explicit writer(int indent) : indent_(indent) {}

    writer& begin_object() { return open('{'); }
    writer& end_object() { return close('}'); }
    writer& begin_array() { return open('['); }
    writer& end_array() { return close(']'); }

    writer& key(std::string_view k) {
        separator();
        quoted(k);
        out_ += ": ";
        after_key_ = true;
        return *this;
    }
    writer& value(std::string_view s) {
        separator();
        quoted(s);
        return *this;
    }
    writer& value(const char* s) { return value(std::string_view(s)); }
    writer& value(const std::string& s) { return value(std::string_view(s)); }
    writer& value(std::int64_t i) {
        separator();
        out_ += std::to_string(i);
        return *this;
    }
    writer& value(int i) { return value(static_cast<std::int64_t>(i)); }
    writer& value(bool b) {
        separator();
        out_ += b ? "true" : "false";
        return *this;
    }
    template <class V>
    writer& member(std::string_view k, const V& v) {
        key(k);
        return value(v);
    }
    writer& string_list(std::string_view k, std::initializer_list<std::string_view> items) {
        key(k).begin_array();
        for (auto i : items) value(i);
        return end_array();
    }

    std::size_t size() const noexcept { return out_.size(); }
    std::string take() {
        out_ += '\n';
        return std::move(out_);
    }

private:
    std::string out_;
    int indent_;
    int depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;

    void newline() {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
    }
    void separator() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ == 0) return;
        if (!first_) out_ += ',';
        first_ = false;
        newline();
    }
    writer& open(char c) {
        separator();
        out_ += c;
        ++depth_;
        first_ = true;
        return *this;
    }
    writer& close(char c) {
        --depth_;
        if (!first_) newline(); // an empty container stays on one line: []
        out_ += c;
        first_ = false;
        return *this;
    }
    void quoted(std::string_view s) {
        out_ += '"';
        for (char c : s) {
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += c;
            } else if (c == '\n') {
                out_ += "\\n";
            } else if (c == '\t') {
                out_ += "\\t";
            } else {
                out_ += c;
            }
        }
        out_ += '"';
    }
};

constexpr std::array regions{"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1",
                             "ap-northeast-1", "sa-east-1"};
constexpr std::array teams{"payments", "search", "identity", "catalog", "checkout", "growth", "platform", "data"};
constexpr std::array services{"api", "worker", "web", "scheduler", "gateway", "consumer", "indexer", "notifier"};
constexpr std::array environments{"prod", "staging", "dev", "qa"};

std::string account(rng& r) { return "1" + r.digits(11); }

std::string timestamp_iso(rng& r, bool cli_style) {
    char buf[40];
    if (cli_style)
        std::snprintf(buf, sizeof buf, "20%02d-%02d-%02dT%02d:%02d:%02d+00:00", int(r.between(15, 24)),
                      int(r.between(1, 12)), int(r.between(1, 28)), int(r.between(0, 23)), int(r.between(0, 59)),
                      int(r.between(0, 59)));
    else
        std::snprintf(buf, sizeof buf, "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(r.between(15, 24)),
                      int(r.between(1, 12)), int(r.between(1, 28)), int(r.between(0, 23)), int(r.between(0, 59)),
                      int(r.between(0, 59)), int(r.between(0, 999)));
    return buf;
}

// --- task definitions ---------------------------------------------------------------------------

constexpr std::array env_names{"LOG_LEVEL", "DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME", "REDIS_URL",
                               "SPRING_PROFILES_ACTIVE", "JAVA_OPTS", "NODE_ENV", "AWS_REGION", "FEATURE_FLAGS",
                               "HTTP_TIMEOUT_MS", "KAFKA_BROKERS", "SENTRY_DSN", "OTEL_EXPORTER_OTLP_ENDPOINT",
                               "CACHE_TTL_SECONDS", "MAX_CONNECTIONS", "S3_BUCKET", "QUEUE_URL", "TZ",
                               "APP_CONFIG_JSON", "ALLOWED_ORIGINS", "WORKER_CONCURRENCY"};
constexpr std::array secret_names{"DATABASE_PASSWORD", "API_KEY", "JWT_SIGNING_KEY", "STRIPE_SECRET", "OAUTH_CLIENT_SECRET",
                                  "DATADOG_API_KEY", "SMTP_PASSWORD"};
constexpr std::array images{"nginx:1.25-alpine", "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                            "amazon/aws-xray-daemon:3.x", "redis:7.2", "datadog/agent:7",
                            "public.ecr.aws/envoy/envoy:v1.29.2"};

std::string env_value(rng& r, std::string_view name, std::string_view region, const std::string& acct) {
    if (name == "APP_CONFIG_JSON") // JSON inside a string: escaped quotes, as real configs carry
        return "{\"retries\": " + std::to_string(r.between(1, 9)) + ", \"endpoints\": [\"https://api." +
               std::string(r.pick(teams)) + ".internal/v" + std::to_string(r.between(1, 3)) +
               "\"], \"tracing\": true}";
    if (name == "DATABASE_HOST")
        return std::string(r.pick(teams)) + "-db." + r.hex(12) + "." + std::string(region) + ".rds.amazonaws.com";
    if (name == "QUEUE_URL")
        return "https://sqs." + std::string(region) + ".amazonaws.com/" + acct + "/" + std::string(r.pick(services)) +
               "-events";
    if (name == "JAVA_OPTS") return "-Xms512m -Xmx" + std::to_string(r.between(1, 8)) + "g -XX:+UseG1GC -Dfile.encoding=UTF-8";
    if (name == "KAFKA_BROKERS")
        return "b-1.kafka." + r.hex(6) + ".kafka." + std::string(region) + ".amazonaws.com:9092,b-2.kafka." + r.hex(6) +
               ".kafka." + std::string(region) + ".amazonaws.com:9092";
    if (name.ends_with("PORT") || name.ends_with("MS") || name.ends_with("SECONDS") || name.ends_with("CONNECTIONS") ||
        name.ends_with("CONCURRENCY"))
        return std::to_string(r.between(1, 65535));
    if (name == "LOG_LEVEL") return r.pick(std::array{"info", "debug", "warn", "error"});
    if (name == "TZ") return "Europe/Zürich"; // non-ASCII text occurs in real values
    return std::string(r.pick(teams)) + "-" + r.hex(r.between(6, 40));
}

// What the containers of one task definition must agree on for ECS to register it: the task's
// cpu and memory (the containers' reservations fit in them), the network mode (host ports), the
// declared volume, the main container's health check, unique names.
struct task_plan {
    std::string_view region;
    std::string acct, family, network_mode;
    bool fargate;
    int cpu, memory;               // task level, a Fargate combination
    int cpu_left, memory_left;     // not yet reserved by a container
    bool data_volume;              // a volume named "data" is declared
    bool main_health_check;
    std::vector<std::string> names;
    std::vector<std::string> port_names; // unique across the task
};

void container(writer& w, rng& r, int index, std::size_t budget, task_plan& t) {
    std::size_t start = w.size();
    bool sidecar = index > 0 && r.chance(0.5);
    int containers_after = static_cast<int>(t.names.size()) - index - 1;
    // Each container reserves a share of what is left, keeping some for the ones after it.
    int cpu = std::max(0, (t.cpu_left / (containers_after + 2)) / 64 * 64);
    int reservation = std::max(6, (t.memory_left / (containers_after + 2)) / 32 * 32);
    t.cpu_left -= cpu;
    t.memory_left -= reservation;
    const std::string& name = t.names[static_cast<std::size_t>(index)];
    w.begin_object();
    w.member("name", name);
    if (sidecar)
        w.member("image", r.pick(images));
    else
        w.member("image", t.acct + ".dkr.ecr." + std::string(t.region) + ".amazonaws.com/" + t.family + ":" + r.hex(12));
    w.member("cpu", std::int64_t(cpu));
    if (r.chance(0.5)) w.member("memory", std::int64_t(reservation + 64 * r.between(1, 8)));
    w.member("memoryReservation", std::int64_t(reservation));
    w.member("essential", !sidecar);
    if (!sidecar || r.chance(0.3)) {
        w.key("portMappings").begin_array();
        constexpr std::array ports{80, 443, 3000, 8080, 8443, 9090, 5000};
        std::size_t first = static_cast<std::size_t>(r.between(0, ports.size() - 1));
        for (std::size_t i = 0, n = static_cast<std::size_t>(r.between(1, 2)); i < n; ++i) {
            std::int64_t port = ports[(first + i) % ports.size()];
            w.begin_object().member("containerPort", port);
            // awsvpc and host: the host port is the container port; bridge: 0, a dynamic port.
            w.member("hostPort", t.network_mode == "bridge" ? std::int64_t(0) : port).member("protocol", "tcp");
            if (r.chance(0.4)) {
                std::string pn = name + "-" + std::to_string(port);
                if (std::find(t.port_names.begin(), t.port_names.end(), pn) == t.port_names.end()) {
                    t.port_names.push_back(pn);
                    w.member("name", pn);
                    if (r.chance(0.5)) w.member("appProtocol", r.pick(std::array{"http", "http2", "grpc"}));
                }
            }
            w.end_object();
        }
        w.end_array();
    } else {
        w.key("portMappings").begin_array().end_array();
    }
    if (r.chance(0.3)) w.string_list("entryPoint", {"/bin/sh", "-c"});
    if (r.chance(0.4)) {
        w.key("command").begin_array();
        for (int i = 0, n = int(r.between(1, 4)); i < n; ++i)
            w.value(r.pick(std::array{"serve", "--port=8080", "--config=/etc/app/config.yaml", "--workers=4",
                                      "exec java $JAVA_OPTS -jar /app/app.jar"}));
        w.end_array();
    }
    if (index > 0 && r.chance(0.25)) {
        w.key("dependsOn").begin_array();
        w.begin_object().member("containerName", t.names[0]);
        w.member("condition", t.main_health_check && r.chance(0.5) ? "HEALTHY" : "START");
        w.end_object().end_array();
    }
    if (t.data_volume && r.chance(0.5)) {
        w.key("mountPoints").begin_array();
        w.begin_object().member("sourceVolume", "data").member("containerPath", "/var/lib/app");
        w.member("readOnly", r.chance(0.5)).end_object().end_array();
    }
    if (r.chance(0.1)) w.key("volumesFrom").begin_array().end_array();
    w.key("logConfiguration").begin_object().member("logDriver", "awslogs");
    w.key("options").begin_object();
    w.member("awslogs-group", "/ecs/" + t.family);
    w.member("awslogs-region", t.region).member("awslogs-stream-prefix", "ecs");
    if (r.chance(0.3)) w.member("awslogs-create-group", "true");
    w.end_object().end_object();
    if (index == 0 && t.main_health_check) {
        w.key("healthCheck").begin_object();
        w.string_list("command", {"CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"});
        w.member("interval", std::int64_t(30)).member("timeout", std::int64_t(5)).member("retries", std::int64_t(3));
        w.member("startPeriod", std::int64_t(r.between(0, 12) * 5)).end_object();
    }
    if (r.chance(0.2)) {
        w.key("ulimits").begin_array();
        w.begin_object().member("name", "nofile").member("softLimit", std::int64_t(65536));
        w.member("hardLimit", std::int64_t(65536)).end_object().end_array();
    }
    if (r.chance(0.2)) w.member("user", r.pick(std::array{"1000", "nobody", "app:app"}));
    if (r.chance(0.2)) w.member("workingDirectory", "/app");
    if (r.chance(0.3)) w.member("readonlyRootFilesystem", r.chance(0.7));
    if (r.chance(0.2)) w.member("stopTimeout", std::int64_t(r.between(2, 120)));
    if (r.chance(0.15)) w.key("linuxParameters").begin_object().member("initProcessEnabled", true).end_object();
    if (r.chance(0.2)) {
        w.key("dockerLabels").begin_object();
        w.member("com.datadoghq.ad.instances", "[{\"host\": \"%%host%%\", \"port\": 8080}]");
        w.member("team", r.pick(teams)).end_object();
    }
    if (!sidecar && r.chance(0.5)) {
        w.key("secrets").begin_array();
        std::size_t first = static_cast<std::size_t>(r.between(0, secret_names.size() - 1));
        for (std::size_t i = 0, n = static_cast<std::size_t>(r.between(1, 4)); i < n; ++i) {
            std::string_view sn = secret_names[(first + i) % secret_names.size()];
            w.begin_object().member("name", sn);
            w.member("valueFrom", "arn:aws:secretsmanager:" + std::string(t.region) + ":" + t.acct + ":secret:" +
                                      t.family + "/" + std::string(sn) + "-" + r.hex(6));
            w.end_object();
        }
        w.end_array();
    }
    // Environment variables fill the container to its share of the document's size, as large task
    // definitions are large: configuration passed in the environment. Names are unique, as ECS
    // requires: past the list of usual names they are numbered (FEATURE_FLAGS_2).
    w.key("environment").begin_array();
    std::size_t first = static_cast<std::size_t>(r.between(0, env_names.size() - 1));
    std::size_t k = 0;
    do {
        std::string_view base = env_names[(first + k) % env_names.size()];
        std::string env = std::string(base);
        if (k >= env_names.size()) env += "_" + std::to_string(k / env_names.size() + 1);
        ++k;
        w.begin_object().member("name", env).member("value", env_value(r, base, t.region, t.acct)).end_object();
    } while (w.size() - start + 40 < budget);
    w.end_array();
    w.end_object();
}

std::string task_definition(rng& r) {
    writer w(r.chance(0.5) ? 2 : 4);
    task_plan t;
    t.region = r.pick(regions);
    t.acct = account(r);
    t.family = std::string(r.pick(teams)) + "-" + r.pick(services) + "-" + r.pick(environments);
    t.fargate = r.chance(0.7);
    t.network_mode = t.fargate ? "awsvpc" : r.pick(std::array{"bridge", "awsvpc", "host"});
    // Fargate's combinations of task cpu and memory (MiB).
    struct size_option {
        int cpu, min_memory, max_memory, step;
    };
    constexpr std::array sizes{size_option{256, 512, 2048, 512}, size_option{512, 1024, 4096, 1024},
                               size_option{1024, 2048, 8192, 1024}, size_option{2048, 4096, 16384, 1024},
                               size_option{4096, 8192, 30720, 1024}};
    const size_option& size = r.pick(sizes);
    t.cpu = size.cpu;
    t.memory = size.min_memory + size.step * static_cast<int>(r.between(0, (size.max_memory - size.min_memory) / size.step));
    if (t.cpu == 256) t.memory = r.pick(std::array{512, 1024, 2048}); // no 1536 with 256 CPU units
    t.cpu_left = t.cpu;
    t.memory_left = t.memory;
    t.data_volume = r.chance(0.3);
    t.main_health_check = r.chance(0.6);
    // Most task definitions are small, a few are large: sizes from 2 KiB, log-distributed and
    // skewed towards the small end, to 64 KiB; 1-10 containers, mostly 1-3.
    double u = r.unit();
    auto target = static_cast<std::size_t>(2048.0 * std::pow(32.0, u * u * u * u * u * u));
    int containers = 1 + static_cast<int>(std::min<std::int64_t>(9, static_cast<std::int64_t>(r.unit() * r.unit() * 10)));
    containers = std::max(containers, std::min(10, static_cast<int>(target / 6500)));
    t.names.push_back(std::string(r.pick(services)));
    for (int i = 1; i < containers; ++i)
        t.names.push_back(std::string(r.pick(std::array{"envoy", "log-router", "xray", "datadog-agent", "nginx", "redis",
                                                        "migrations", "otel-collector", "cron", "proxy"})) +
                          "-" + std::to_string(i));

    w.begin_object();
    w.member("family", t.family);
    if (r.chance(0.8)) w.member("taskRoleArn", "arn:aws:iam::" + t.acct + ":role/" + t.family + "-task");
    w.member("executionRoleArn", "arn:aws:iam::" + t.acct + ":role/ecsTaskExecutionRole");
    w.member("networkMode", t.network_mode);
    std::size_t per_container = target > 400 ? (target - 400) / static_cast<std::size_t>(containers) : 0;
    w.key("containerDefinitions").begin_array();
    for (int i = 0; i < containers; ++i) container(w, r, i, per_container, t);
    w.end_array();
    if (t.data_volume) {
        w.key("volumes").begin_array();
        w.begin_object().member("name", "data");
        if (t.fargate) {
            w.key("efsVolumeConfiguration").begin_object().member("fileSystemId", "fs-" + r.hex(8));
            w.member("rootDirectory", "/").member("transitEncryption", "ENABLED").end_object();
        } else {
            w.key("host").begin_object().member("sourcePath", "/ecs/data").end_object();
        }
        w.end_object().end_array();
    }
    w.string_list("requiresCompatibilities", {t.fargate ? "FARGATE" : "EC2"});
    w.member("cpu", std::to_string(t.cpu));
    w.member("memory", std::to_string(t.memory));
    if (t.fargate && r.chance(0.3)) {
        w.key("runtimePlatform").begin_object().member("cpuArchitecture", r.pick(std::array{"X86_64", "ARM64"}));
        w.member("operatingSystemFamily", "LINUX").end_object();
    }
    if (t.fargate && r.chance(0.1))
        w.key("ephemeralStorage").begin_object().member("sizeInGiB", std::int64_t(r.between(21, 200))).end_object();
    if (!t.fargate && r.chance(0.2)) {
        w.key("placementConstraints").begin_array().begin_object().member("type", "memberOf");
        w.member("expression", "attribute:ecs.instance-type =~ t3.*").end_object().end_array();
    }
    if (r.chance(0.5)) {
        constexpr std::array keys{"team", "cost-center", "environment", "owner", "service"};
        w.key("tags").begin_array();
        std::size_t first = static_cast<std::size_t>(r.between(0, keys.size() - 1));
        for (std::size_t i = 0, n = static_cast<std::size_t>(r.between(1, 5)); i < n; ++i)
            w.begin_object().member("key", keys[(first + i) % keys.size()]).member("value", r.pick(teams)).end_object();
        w.end_array();
    }
    w.end_object();
    return w.take();
}

// --- EBS volumes ----------------------------------------------------------------------------------

void volume(writer& w, rng& r, std::string_view region, const std::string& acct) {
    std::string id = "vol-" + r.hex(17);
    std::string az = std::string(region) + r.pick(std::array{"a", "b", "c"});
    std::string_view type = r.pick(std::array{"gp3", "gp3", "gp2", "io2", "st1", "standard"});
    std::string_view state = r.pick(std::array{"in-use", "in-use", "available"});
    bool encrypted = r.chance(0.6);
    w.begin_object();
    w.key("Attachments").begin_array();
    if (state == "in-use") {
        w.begin_object().member("AttachTime", timestamp_iso(r, false));
        w.member("Device", r.pick(std::array{"/dev/xvda", "/dev/sdf", "/dev/xvdb", "/dev/sda1"}));
        w.member("InstanceId", "i-" + r.hex(17)).member("State", "attached").member("VolumeId", id);
        w.member("DeleteOnTermination", r.chance(0.7)).end_object();
    }
    w.end_array();
    w.member("AvailabilityZone", az).member("CreateTime", timestamp_iso(r, false));
    w.member("Encrypted", encrypted);
    if (encrypted)
        w.member("KmsKeyId", "arn:aws:kms:" + std::string(region) + ":" + acct + ":key/" + r.hex(8) + "-" + r.hex(4) + "-" +
                                 r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12));
    std::int64_t size = type == "st1" ? r.between(125, 2000) : r.between(8, 500);
    w.member("Size", size);
    w.member("SnapshotId", r.chance(0.5) ? "snap-" + r.hex(17) : std::string());
    w.member("State", state).member("VolumeId", id);
    if (type == "gp3") w.member("Iops", std::int64_t(3000 + r.between(0, 10) * 100));
    if (type == "io2") w.member("Iops", std::int64_t(r.between(100, 200) * 10));
    if (type == "gp2") w.member("Iops", std::int64_t(std::max<std::int64_t>(100, size * 3)));
    if (r.chance(0.7)) {
        w.key("Tags").begin_array();
        for (int i = 0, n = int(r.between(1, 6)); i < n; ++i) {
            w.begin_object().member("Key", r.pick(std::array{"Name", "team", "environment", "backup", "kubernetes.io/created-for/pvc/name"}));
            w.member("Value", std::string(r.pick(teams)) + "-" + r.hex(r.between(4, 12))).end_object();
        }
        w.end_array();
    }
    w.member("VolumeType", type).member("MultiAttachEnabled", false);
    if (type == "gp3") w.member("Throughput", std::int64_t(125 + r.between(0, 7) * 125));
    w.end_object();
}

std::string volume_page(rng& r) {
    writer w(4);
    std::string region = r.pick(regions);
    std::string acct = account(r);
    double u = r.unit();
    auto target = static_cast<std::size_t>(2048.0 * std::pow(32.0, u * u * u));
    w.begin_object().key("Volumes").begin_array();
    do volume(w, r, region, acct);
    while (w.size() + 700 < target);
    w.end_array();
    if (r.chance(0.3)) w.member("NextToken", r.hex(64));
    w.end_object();
    return w.take();
}

// --- EC2 instances ----------------------------------------------------------------------------------

std::string ip(rng& r) {
    return "10." + std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(0, 255)) + "." +
           std::to_string(r.between(1, 254));
}

void instance(writer& w, rng& r, std::string_view region, const std::string& acct) {
    std::string private_ip = ip(r);
    std::string dashed = private_ip;
    for (auto& c : dashed)
        if (c == '.') c = '-';
    std::string private_dns = "ip-" + dashed + "." + std::string(region) + ".compute.internal";
    bool running = r.chance(0.8);
    bool public_ip = running && r.chance(0.4);
    std::string pub = "3." + std::to_string(r.between(0, 255)) + "." + std::to_string(r.between(0, 255)) + "." +
                      std::to_string(r.between(1, 254));
    std::string pub_dashed = pub;
    for (auto& c : pub_dashed)
        if (c == '.') c = '-';
    std::string pub_dns = public_ip ? "ec2-" + pub_dashed + "." + std::string(region) + ".compute.amazonaws.com" : "";
    std::string az = std::string(region) + r.pick(std::array{"a", "b", "c"});
    std::string subnet = "subnet-" + r.hex(17), vpc = "vpc-" + r.hex(17), sg = "sg-" + r.hex(17);
    std::string launch = timestamp_iso(r, true);
    std::string sg_name = std::string(r.pick(teams)) + "-" + r.pick(services) + "-sg";

    w.begin_object();
    w.member("AmiLaunchIndex", std::int64_t(r.between(0, 3))).member("ImageId", "ami-" + r.hex(17));
    w.member("InstanceId", "i-" + r.hex(17));
    w.member("InstanceType", r.pick(std::array{"t3.micro", "t3.large", "m5.xlarge", "m6i.2xlarge", "c6g.4xlarge", "r5.large"}));
    w.member("KeyName", std::string(r.pick(teams)) + "-key").member("LaunchTime", launch);
    w.key("Monitoring").begin_object().member("State", r.chance(0.8) ? "disabled" : "enabled").end_object();
    w.key("Placement").begin_object().member("AvailabilityZone", az).member("GroupName", "");
    w.member("Tenancy", "default").end_object();
    w.member("PrivateDnsName", private_dns).member("PrivateIpAddress", private_ip);
    w.key("ProductCodes").begin_array().end_array();
    w.member("PublicDnsName", pub_dns);
    if (public_ip) w.member("PublicIpAddress", pub);
    w.key("State").begin_object().member("Code", std::int64_t(running ? 16 : 80));
    w.member("Name", running ? "running" : "stopped").end_object();
    w.member("StateTransitionReason", running ? "" : "User initiated (2024-03-02 10:11:12 GMT)");
    w.member("SubnetId", subnet).member("VpcId", vpc);
    w.member("Architecture", r.chance(0.8) ? "x86_64" : "arm64");
    w.key("BlockDeviceMappings").begin_array();
    for (int i = 0, n = int(r.between(1, 3)); i < n; ++i) {
        w.begin_object().member("DeviceName", i == 0 ? "/dev/xvda" : "/dev/sd" + std::string(1, char('f' + i)));
        w.key("Ebs").begin_object().member("AttachTime", launch).member("DeleteOnTermination", i == 0);
        w.member("Status", "attached").member("VolumeId", "vol-" + r.hex(17)).end_object().end_object();
    }
    w.end_array();
    w.member("ClientToken", r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12));
    w.member("EbsOptimized", r.chance(0.7)).member("EnaSupport", true).member("Hypervisor", "xen");
    if (r.chance(0.7)) {
        w.key("IamInstanceProfile").begin_object();
        w.member("Arn", "arn:aws:iam::" + acct + ":instance-profile/" + std::string(r.pick(teams)) + "-instance-profile");
        w.member("Id", "AIPA" + r.hex(17)).end_object();
    }
    w.key("NetworkInterfaces").begin_array();
    w.begin_object();
    if (public_ip) {
        w.key("Association").begin_object().member("IpOwnerId", "amazon").member("PublicDnsName", pub_dns);
        w.member("PublicIp", pub).end_object();
    }
    w.key("Attachment").begin_object().member("AttachTime", launch).member("AttachmentId", "eni-attach-" + r.hex(17));
    w.member("DeleteOnTermination", true).member("DeviceIndex", std::int64_t(0)).member("Status", "attached");
    w.member("NetworkCardIndex", std::int64_t(0)).end_object();
    w.member("Description", "");
    w.key("Groups").begin_array().begin_object().member("GroupName", sg_name).member("GroupId", sg).end_object().end_array();
    w.key("Ipv6Addresses").begin_array().end_array();
    w.member("MacAddress", r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2));
    w.member("NetworkInterfaceId", "eni-" + r.hex(17)).member("OwnerId", acct);
    w.member("PrivateDnsName", private_dns).member("PrivateIpAddress", private_ip);
    w.key("PrivateIpAddresses").begin_array().begin_object();
    if (public_ip) {
        w.key("Association").begin_object().member("IpOwnerId", "amazon").member("PublicDnsName", pub_dns);
        w.member("PublicIp", pub).end_object();
    }
    w.member("Primary", true).member("PrivateDnsName", private_dns).member("PrivateIpAddress", private_ip);
    w.end_object().end_array();
    w.member("SourceDestCheck", true).member("Status", "in-use").member("SubnetId", subnet).member("VpcId", vpc);
    w.member("InterfaceType", "interface").end_object();
    w.end_array();
    w.member("RootDeviceName", "/dev/xvda").member("RootDeviceType", "ebs");
    w.key("SecurityGroups").begin_array().begin_object().member("GroupName", sg_name).member("GroupId", sg);
    w.end_object().end_array();
    w.member("SourceDestCheck", true);
    w.key("Tags").begin_array();
    w.begin_object().member("Key", "Name").member("Value", std::string(r.pick(teams)) + "-" + r.pick(services) + "-" + r.hex(4)).end_object();
    for (int i = 0, n = int(r.between(0, 6)); i < n; ++i) {
        w.begin_object().member("Key", r.pick(std::array{"team", "environment", "aws:autoscaling:groupName", "cost-center", "aws:cloudformation:stack-name"}));
        w.member("Value", std::string(r.pick(environments)) + "-" + r.hex(r.between(4, 20))).end_object();
    }
    w.end_array();
    w.member("VirtualizationType", "hvm");
    w.key("CpuOptions").begin_object().member("CoreCount", std::int64_t(r.between(1, 8)));
    w.member("ThreadsPerCore", std::int64_t(2)).end_object();
    w.key("CapacityReservationSpecification").begin_object().member("CapacityReservationPreference", "open").end_object();
    w.key("HibernationOptions").begin_object().member("Configured", false).end_object();
    w.key("MetadataOptions").begin_object().member("State", "applied");
    w.member("HttpTokens", r.chance(0.6) ? "required" : "optional").member("HttpPutResponseHopLimit", std::int64_t(2));
    w.member("HttpEndpoint", "enabled").member("HttpProtocolIpv6", "disabled").member("InstanceMetadataTags", "disabled");
    w.end_object();
    w.key("EnclaveOptions").begin_object().member("Enabled", false).end_object();
    w.member("PlatformDetails", "Linux/UNIX").member("UsageOperation", "RunInstances");
    w.member("UsageOperationUpdateTime", launch);
    w.key("PrivateDnsNameOptions").begin_object().member("HostnameType", "ip-name");
    w.member("EnableResourceNameDnsARecord", false).member("EnableResourceNameDnsAAAARecord", false).end_object();
    w.key("MaintenanceOptions").begin_object().member("AutoRecovery", "default").end_object();
    w.member("CurrentInstanceBootMode", "legacy-bios");
    w.end_object();
}

std::string instance_page(rng& r) {
    writer w(4);
    std::string region = r.pick(regions);
    std::string acct = account(r);
    double u = r.unit();
    auto target = static_cast<std::size_t>(2048.0 * std::pow(32.0, u * u * u));
    w.begin_object().key("Reservations").begin_array();
    do {
        w.begin_object().key("Groups").begin_array().end_array();
        w.key("Instances").begin_array();
        for (int i = 0, n = int(r.between(1, 3)); i < n; ++i) instance(w, r, region, acct);
        w.end_array();
        w.member("OwnerId", acct);
        if (r.chance(0.3)) w.member("RequesterId", "940372691376");
        w.member("ReservationId", "r-" + r.hex(17)).end_object();
    } while (w.size() + 14000 < target);
    w.end_array();
    if (r.chance(0.3)) w.member("NextToken", r.hex(64));
    w.end_object();
    return w.take();
}

template <class Make>
document_set generate(std::string name, std::size_t count, std::uint64_t seed, Make make) {
    rng r(seed);
    document_set s{std::move(name), {}};
    s.documents.reserve(count);
    for (std::size_t i = 0; i < count; ++i) s.documents.push_back(make(r));
    return s;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

document_set load_corpus(const std::string& corpus_dir, std::string_view service, std::string_view shape, std::string name) {
    document_set s{std::move(name), {}};
    std::istringstream manifest(read_file(corpus_dir + "/MANIFEST.tsv"));
    std::string line;
    std::getline(manifest, line); // header
    while (std::getline(manifest, line)) {
        std::vector<std::string_view> col;
        std::string_view rest = line;
        for (std::size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
            col.push_back(rest.substr(0, tab));
        col.push_back(rest);
        if (col.size() >= 4 && col[1] == service && col[2] == shape && col[3] == "accept")
            s.documents.push_back(read_file(corpus_dir + "/" + std::string(col[0])));
    }
    if (s.documents.empty()) throw std::runtime_error("no accepted " + std::string(shape) + " documents in " + corpus_dir);
    return s;
}

document_set generate_task_definitions(std::size_t count, std::uint64_t seed) {
    return generate("task_definitions", count, seed, task_definition);
}
document_set generate_volume_pages(std::size_t count, std::uint64_t seed) {
    return generate("volume_pages", count, seed, volume_page);
}
document_set generate_instance_pages(std::size_t count, std::uint64_t seed) {
    return generate("instance_pages", count, seed, instance_page);
}

std::string default_corpus_dir() { return AWSMODEL_BENCH_CORPUS; }

} // namespace bench
