// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_CHECKER_HPP
#define AWSMODEL_CORE_CHECKER_HPP

// What rules need: the checker they report to, and the search for repeated keys. The headers of
// value types include this with their rules; the walk that runs them is core/validate.hpp, which
// only code that validates includes.

#include <awsmodel/core/context.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/pointer.hpp>
#include <awsmodel/core/rule_id.hpp>

#include <boost/container/small_vector.hpp>

#include <charconv>
#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsmodel::core {

/// Collects findings while `validate()` walks a value; rules of a type receive it positioned at
/// that value, and name members relative to it, by their field tables
/// (`c.error("EBS-CV-005", core::member<&create_volume_request::iops>, ...)`).
class checker {
public:
    // Deeper than any modelled shape nests: the walk then never regrows the path.
    explicit checker(diagnostics& out) : out_(out) { path_.reserve(16); }
    checker(diagnostics& out, const validation_context& context) : out_(out), context_(context) {
        path_.reserve(16);
    }

    /// A finding at `relative`, a pointer relative to the value being checked ("" for the value
    /// itself; `core::pointer(...)` builds longer ones).
    void error(rule_id rule, std::string_view relative, std::string message) {
        add(rule, severity::error, relative, std::move(message));
    }
    void warning(rule_id rule, std::string_view relative, std::string message) {
        add(rule, severity::warning, relative, std::move(message));
    }
    void error(rule_id rule, member_token m, std::string message) {
        add(rule, severity::error, core::pointer(m), std::move(message));
    }
    void warning(rule_id rule, member_token m, std::string message) {
        add(rule, severity::warning, core::pointer(m), std::move(message));
    }
    void add(rule_id rule, severity level, std::string_view relative, std::string message) {
        std::string p = pointer(relative.size());
        p.append(relative);
        out_.push_back({std::move(p), rule.view(), level, std::move(message)});
    }

    /// The context document of type `D`: given to `validate`, or a value that encloses the one
    /// being checked (`core::encloses_context`); nullptr when there is none, and the rule that
    /// needs it is then skipped.
    template <class D>
    const D* document() const noexcept {
        return context_.find<D>();
    }
    /// Runs `f` with `d` in the context (the walk does this for an enclosing value).
    template <class D, class F>
    void within(const D& d, F&& f) {
        context_.with(d, f);
    }
    /// The pointer of the value being checked.
    // built only when a finding needs it; walking keeps the tokens, not the text.
    std::string pointer(std::size_t room = 0) const {
        // One allocation: the length is known before the text but for escapes, which are rare.
        for (const token& t : path_) room += t.is_index ? 2 + std::numeric_limits<std::size_t>::digits10 : 1 + t.name.size();
        std::string p;
        p.reserve(room);
        for (const token& t : path_) {
            if (t.is_index) {
                char digits[std::numeric_limits<std::size_t>::digits10 + 2];
                char* end = std::to_chars(digits, digits + sizeof digits, t.index).ptr;
                p += '/';
                p.append(digits, end);
            } else {
                append_token(p, t.name);
            }
        }
        return p;
    }

    /// Runs `f` with the position moved to a member or element.
    template <class F>
    void at(std::string_view token, F&& f) {
        path_.push_back({token, 0, false});
        f();
        path_.pop_back();
    }
    template <class F>
    void at(std::size_t index, F&& f) {
        path_.push_back({{}, index, true});
        f();
        path_.pop_back();
    }

private:
    struct token {
        std::string_view name;
        std::size_t index;
        bool is_index;
    };
    diagnostics& out_;
    std::vector<token> path_;
    validation_context context_;
};

/// An element whose key repeats the key of an earlier element: its position and the position of
/// the first element with that key.
struct repeat {
    std::size_t index;
    std::size_t first;
    friend bool operator==(const repeat&, const repeat&) = default;
};
/// Repeats in increasing `index`; no allocation for the few a list usually has (none).
using repeats = boost::container::small_vector<repeat, 4>;

// Long lists: defined in core/validate.hpp, with the hash table it uses; rules, which are
// instantiated only by validate(), find it there.
template <class KeyOf>
repeats find_repeats_hashed(std::size_t n, KeyOf& key_of);

// Short lists: views of the keys in a small vector, no allocation.
template <class KeyOf>
repeats find_repeats_pairwise(std::size_t n, KeyOf& key_of) {
    repeats out;
    boost::container::small_vector<std::pair<std::string_view, std::size_t>, 16> keys;
    for (std::size_t i = 0; i < n; ++i)
        if (std::optional<std::string_view> k = key_of(i)) keys.emplace_back(*k, i);
    // Comparing pairs for equality mostly stops at their lengths, which beats hashing short lists.
    for (std::size_t i = 1; i < keys.size(); ++i)
        for (std::size_t k = 0; k < i; ++k)
            if (keys[k].first == keys[i].first) {
                out.push_back({keys[i].second, keys[k].second});
                break;
            }
    return out;
}

/// The repeated keys among `n` elements, where `key_of(i)` is the key of element `i`, or nothing
/// when it has none (such elements repeat nothing). Rules that report duplicates walk their list
/// with it and report each repeat where they reach its index, so findings keep document order.
// Views of the keys in a small vector cost no allocation for short lists, unlike a set of strings;
// long lists (environments run to hundreds of variables) go through a hash table of views, which
// finds the repeats in one pass, in index order.
template <class KeyOf>
repeats find_repeats(std::size_t n, KeyOf&& key_of) {
    // Each branch returns its own `out` (elided): one function returning either of two objects
    // would move a small_vector, which GCC 12 misreads as an overread (-Wstringop-overread).
    return n > 16 ? find_repeats_hashed(n, key_of) : find_repeats_pairwise(n, key_of);
}

/// What rules receive. Rules take it as `core::checker_like auto&`, which makes each of them a
/// template: a TU that holds values without validating them instantiates none of their bodies.
template <class C>
concept checker_like = std::same_as<C, checker>;

} // namespace awsmodel::core

#endif
