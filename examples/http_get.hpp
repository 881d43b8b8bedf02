// A plain HTTP/1.1 GET with Boost.Beast, for the examples and tests that talk to the ECS agent's
// endpoints (the library itself does no networking). http://host[:port]/path only: the task
// metadata endpoint and the introspection API are plain HTTP on a link-local or loopback address.
#ifndef AWSMODEL_EXAMPLES_HTTP_GET_HPP
#define AWSMODEL_EXAMPLES_HTTP_GET_HPP

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace awsmodel_examples {

struct http_url {
    std::string host;
    std::string port = "80";
    std::string path = "/";
};

/// `http://host[:port][/path]`, or nothing for anything else.
inline std::optional<http_url> parse_http_url(std::string_view url) {
    constexpr std::string_view scheme = "http://";
    if (url.substr(0, scheme.size()) != scheme) return std::nullopt;
    url.remove_prefix(scheme.size());
    http_url u;
    std::size_t slash = url.find('/');
    std::string_view authority = url.substr(0, slash);
    if (slash != std::string_view::npos) u.path = std::string(url.substr(slash));
    std::size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos) {
        u.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
    }
    u.host = std::string(authority);
    if (u.host.empty() || u.port.empty()) return std::nullopt;
    return u;
}

struct http_response {
    unsigned status = 0;
    std::string body;
};

/// GET `path` from `url`'s host; throws boost::system::system_error when the connection fails.
inline http_response http_get(const http_url& url, const std::string& path) {
    namespace beast = boost::beast;
    namespace http = beast::http;
    boost::asio::io_context io;
    boost::asio::ip::tcp::resolver resolver(io);
    beast::tcp_stream stream(io);
    stream.expires_after(std::chrono::seconds(10));
    stream.connect(resolver.resolve(url.host, url.port));
    http::request<http::empty_body> request{http::verb::get, path, 11};
    request.set(http::field::host, url.host);
    request.set(http::field::user_agent, "awsmodel-example");
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    beast::error_code ec;
    stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
    return {response.result_int(), std::move(response.body())};
}

} // namespace awsmodel_examples

#endif
