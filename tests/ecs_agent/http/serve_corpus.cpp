// Serves documents of ../shared/agent-corpus as the task metadata endpoint would, from a Boost.Beast
// server on 127.0.0.1 (a free port), then:
// - fetches every task, task stats and stats document over HTTP and checks that it decodes and
//   re-encodes as the file itself does;
// - runs examples/task_metadata_client against the server, with ECS_CONTAINER_METADATA_URI_V4
//   set, and checks what it prints (the Fargate task's limits and each container's utilisation);
// - asks for a path the endpoint lacks, and decodes the error body, a JSON string.
//
//   serve_corpus CORPUS_DIR TASK_METADATA_CLIENT
//
// Exits 0 when all pass, 1 naming the first failure.
#include "http_get.hpp"

#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs_agent/error_body.hpp>
#include <awsmodel/ecs_agent/stats.hpp>
#include <awsmodel/ecs_agent/task_metadata.hpp>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <thread>

namespace beast = boost::beast;
namespace http = beast::http;
using boost::asio::ip::tcp;
using namespace awsmodel;

namespace {

int failures = 0;
void check(bool ok, const std::string& what) {
    if (!ok) {
        ++failures;
        std::cerr << "FAIL: " << what << '\n';
    }
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

// One request per connection, as the client makes them; the routes map paths to bodies.
class server {
public:
    explicit server(std::map<std::string, std::string> routes)
        : routes_(std::move(routes)), acceptor_(io_, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)) {
        thread_ = std::thread([this] { run(); });
    }
    ~server() {
        stop_ = true;
        beast::error_code ec;
        // Wake the blocking accept with one last connection.
        tcp::socket s(io_);
        s.connect(acceptor_.local_endpoint(), ec);
        thread_.join();
    }
    unsigned short port() const { return acceptor_.local_endpoint().port(); }

private:
    void run() {
        while (!stop_) {
            tcp::socket socket(io_);
            beast::error_code ec;
            acceptor_.accept(socket, ec);
            if (ec || stop_) continue;
            beast::flat_buffer buffer;
            http::request<http::string_body> request;
            http::read(socket, buffer, request, ec);
            if (ec) continue;
            http::response<http::string_body> response;
            auto route = routes_.find(std::string(request.target()));
            if (route != routes_.end()) {
                response.result(http::status::ok);
                response.body() = route->second;
            } else {
                // What the agent answers: the status, and a JSON string saying why.
                response.result(http::status::not_found);
                response.body() = "\"V4 task metadata handler: unable to find " + std::string(request.target()) + "\"";
            }
            response.set(http::field::content_type, "application/json");
            response.prepare_payload();
            http::write(socket, response, ec);
            socket.shutdown(tcp::socket::shutdown_both, ec);
        }
    }
    std::map<std::string, std::string> routes_;
    boost::asio::io_context io_;
    tcp::acceptor acceptor_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
};

template <class T>
void round_trip_over_http(const std::filesystem::path& file, const awsmodel_examples::http_url& url, const std::string& path) {
    auto fetched = awsmodel_examples::http_get(url, path);
    check(fetched.status == 200, path + ": status " + std::to_string(fetched.status));
    auto over_http = core::decode<T>(fetched.body);
    auto from_disk = core::decode<T>(read_file(file));
    check(over_http.has_value() && from_disk.has_value(), file.string() + ": does not decode");
    if (over_http && from_disk) check(core::encode(*over_http) == core::encode(*from_disk), file.string() + ": differs over HTTP");
}

} // namespace

int main(int argc, char** argv) try {
    if (argc != 3) {
        std::cerr << "usage: serve_corpus CORPUS_DIR TASK_METADATA_CLIENT\n";
        return 2;
    }
    const std::filesystem::path corpus = argv[1];
    const std::string id = "/v4/0123456789abcdef0123456789abcdef-3935363592";
    std::map<std::string, std::string> routes;
    // A Fargate task and its stats, both live captures.
    routes[id + "/task"] = read_file(corpus / "task-metadata-v4-task/0013.json");
    routes[id + "/task/stats"] = read_file(corpus / "task-metadata-v4-task-stats/0005.json");
    int n = 0;
    for (std::string kind : {"task-metadata-v4-task", "task-metadata-v4-task-stats", "task-metadata-v4-stats"})
        for (const auto& e : std::filesystem::directory_iterator(corpus / kind))
            routes["/corpus/" + kind + "/" + e.path().filename().string()] = read_file(e.path()), ++n;
    server s(routes);
    awsmodel_examples::http_url url{"127.0.0.1", std::to_string(s.port()), id};

    for (const auto& [path, body] : routes) {
        if (path.rfind("/corpus/", 0) != 0) continue;
        std::filesystem::path file = corpus / path.substr(8);
        if (path.find("/task-metadata-v4-task/") != std::string::npos)
            round_trip_over_http<ecs_agent::task>(file, url, path);
        else if (path.find("/task-metadata-v4-task-stats/") != std::string::npos)
            round_trip_over_http<ecs_agent::task_stats>(file, url, path);
        else
            round_trip_over_http<ecs_agent::stats>(file, url, path);
    }

    auto missing = awsmodel_examples::http_get(url, id + "/nothing");
    auto message = ecs_agent::decode_error_body(missing.body);
    check(missing.status == 404 && message && message->find("unable to find") != std::string::npos, "the error body");

    // The example, as a task's container would run it.
    std::string uri = "http://127.0.0.1:" + url.port + id;
    ::setenv("ECS_CONTAINER_METADATA_URI_V4", uri.c_str(), 1);
    std::string command = std::string("\"") + argv[2] + "\" 10";
    FILE* p = ::popen(command.c_str(), "r");
    check(p != nullptr, "running the example");
    std::string out;
    if (p) {
        char buf[512];
        while (std::size_t got = std::fread(buf, 1, sizeof buf, p)) out.append(buf, got);
        check(::pclose(p) == 0, "the example's exit status; it printed:\n" + out);
    }
    for (std::string want : {"Task limits: 256 CPU units, 512 MiB", "Container prometheus: 2 CPU units, no memory limit",
                             "Stats prometheus: CPU ", "Stats ecs-exporter: CPU "})
        check(out.find(want) != std::string::npos, "the example prints \"" + want + "\"; it printed:\n" + out);
    std::cout << out;
    std::cout << n << " corpus documents served over HTTP on 127.0.0.1:" << url.port << "; " << failures << " failures\n";
    return failures ? 1 : 0;
} catch (const std::exception& e) {
    std::cerr << "serve_corpus: " << e.what() << '\n';
    return 1;
}
