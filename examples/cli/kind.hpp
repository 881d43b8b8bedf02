// The awsmodel command line: one entry per document kind, registered by TUs generated from the
// list of top-level shapes (awsmodel/shapes.hpp).
#ifndef AWSMODEL_EXAMPLES_CLI_KIND_HPP
#define AWSMODEL_EXAMPLES_CLI_KIND_HPP

#include <awsmodel/core/json.hpp>
#include <awsmodel/core/json_schema.hpp>
#include <awsmodel/core/validate.hpp>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cli {

/// The documents given with `--context`, kept alive for the validations that consult them.
struct context_store {
    core::validation_context context;
    std::vector<std::shared_ptr<const void>> documents;
};

struct kind {
    std::string_view name;    ///< what users type: `create-volume`
    std::string_view service; ///< ecs or ec2
    std::string_view shape;   ///< the botocore shape
    /// Decodes; on success writes the canonical JSON to `out`. Findings go to `ds`.
    bool (*fmt)(std::string_view text, const core::decode_options&, std::string& out, core::diagnostics& ds);
    /// Decodes and applies every rule, with the documents of `context`.
    void (*validate)(std::string_view text, const core::decode_options&, const core::validation_context& context,
                     core::diagnostics& ds);
    /// Decodes a context document into `store`; false, with the findings in `ds`, when it does not decode.
    bool (*add_context)(std::string_view text, const core::decode_options&, context_store& store, core::diagnostics& ds);
    /// The JSON Schema of the wire form, titled `title`.
    boost::json::object (*schema)(std::string_view title);
    /// A text document (ecs.config): `fmt` writes the file itself, not JSON.
    bool text = false;
};

inline std::vector<kind>& registry() {
    static std::vector<kind> kinds;
    return kinds;
}

/// A document that is not JSON on disk (ecs.config): `T::parse(text)` reads any text,
/// `text()` writes it back; `core::validate` checks it as any other.
template <class T>
concept text_document = requires(std::string_view s, const T& v) {
    { T::parse(s) } -> std::same_as<T>;
    { v.text() } -> std::same_as<std::string>;
};

template <text_document T>
kind make_kind(std::string_view name, std::string_view service, std::string_view shape) {
    return {name, service, shape,
            [](std::string_view text, const core::decode_options&, std::string& out, core::diagnostics& ds) {
                ds.clear();
                out = T::parse(text).text();
                return true;
            },
            [](std::string_view text, const core::decode_options&, const core::validation_context& context,
               core::diagnostics& ds) { ds = core::validate(T::parse(text), context); },
            [](std::string_view text, const core::decode_options&, context_store& store, core::diagnostics& ds) {
                ds.clear();
                auto document = std::make_shared<const T>(T::parse(text));
                store.context.add(*document);
                store.documents.push_back(std::move(document));
                return true;
            },
            [](std::string_view title) { return core::json_schema<T>(title); }, true};
}

template <class T>
kind make_kind(std::string_view name, std::string_view service, std::string_view shape) {
    return {name, service, shape,
            [](std::string_view text, const core::decode_options& opt, std::string& out, core::diagnostics& ds) {
                auto r = core::decode<T>(text, opt);
                ds = std::move(r.diagnostics());
                if (!r) return false;
                out = core::encode(*r);
                return true;
            },
            [](std::string_view text, const core::decode_options& opt, const core::validation_context& context,
               core::diagnostics& ds) {
                auto r = core::decode<T>(text, opt);
                ds = std::move(r.diagnostics());
                if (!r) return;
                auto more = core::validate(*r, context);
                ds.insert(ds.end(), more.begin(), more.end());
            },
            [](std::string_view text, const core::decode_options& opt, context_store& store, core::diagnostics& ds) {
                auto r = core::decode<T>(text, opt);
                ds = std::move(r.diagnostics());
                if (!r) return false;
                auto document = std::make_shared<const T>(std::move(*r));
                store.context.add(*document);
                store.documents.push_back(std::move(document));
                return true;
            },
            [](std::string_view title) { return core::json_schema<T>(title); }};
}

/// Registers kinds at start-up: `static awsmodel::cli::registrar r{make_kind<T>(...), ...};`
struct registrar {
    registrar(std::initializer_list<kind> ks) { registry().insert(registry().end(), ks.begin(), ks.end()); }
};

} // namespace awsmodel::cli

/// Registers the kinds of one group of awsmodel/shapes.hpp, e.g.
/// `AWSMODEL_CLI_REGISTER_KINDS(AWSMODEL_SHAPES_EC2_KEY_PAIR)`, with the group's header included.
/// The TUs that do it are generated from the list (cmake/awsmodel_kinds.cmake), one per header.
#define AWSMODEL_CLI_REGISTER_KINDS(group)                                                                    \
    namespace {                                                                                               \
    ::awsmodel::cli::registrar awsmodel_cli_kinds{group(AWSMODEL_CLI_DETAIL_KIND)};                           \
    }                                                                                                         \
    static_assert(true, "")
#define AWSMODEL_CLI_DETAIL_KIND(T, kind, service, shape) ::awsmodel::cli::make_kind<T>(kind, service, shape),

#endif
