// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CLUSTER_QUERY_EVAL_HPP
#define AWSMODEL_ECS_CLUSTER_QUERY_EVAL_HPP

/// Evaluating a cluster query language expression (ecs/cluster_query.hpp parses it) against one
/// container instance, as a memberOf placement constraint does.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html
///
///   auto q = ecs::compile_cluster_query("attribute:ecs.instance-type =~ t3.*");
///   if (q.query && q.query->holds(facts)) ...
///
/// The documentation leaves the meaning of several cases open; docs/placement.md gives the
/// decisions (from ../shared/research/placement.md section 8), and each has a scenario:
///
/// - a subject the instance lacks makes every operator false except `!exists`: `attribute:stack
///   != prod` selects "instances with the custom attribute stack unless the value is prod";
/// - `task:group` holds several values (the groups of the instance's tasks): an operator holds
///   when it holds for one of them, and on an instance without tasks only `!exists` holds, so
///   anti-affinity is written `not(task:group == X)`;
/// - `=~` and `!~` match the whole value, as Java's `Pattern.matches`: `web-.*` does not match
///   `xweb-03`;
/// - agentVersion compares dotted numbers (1.9.0 < 1.14.5, 1.9 = 1.9.0), registeredAt instants (a
///   date alone is midnight UTC, a time without zone UTC), runningTasksCount integers, an attribute
///   numbers when both sides are numbers and text otherwise; agentConnected reads true and false in
///   any case.
///
/// Regular expressions are ECS's Java syntax run by std::regex (ECMAScript grammar). The common
/// forms (classes, groups, alternation, `*+?{n,m}`, lazy quantifiers, anchors, `\d\w\s\b`,
/// lookahead) agree. Java constructs ECMAScript lacks or reads otherwise are refused by name by
/// `compile_cluster_query`, never matched wrongly: possessive quantifiers (`a*+`, which libstdc++
/// would read as `a*` then `+`), atomic groups `(?>...)`, lookbehind, named groups, inline flags
/// `(?i)`, `\p{...}` classes, `\A`, `\Z`, `\z`, `\G`, `\Q...\E`, `\h`, `\R`, `\X` (ECMAScript would
/// read the last ones as letters). Still different, and not detected: inside a character class
/// Java has intersections (`[a-z&&[^e]]`) and nested classes, which ECMAScript reads as literal
/// characters.

#include <awsmodel/core/timestamp.hpp>
#include <awsmodel/ecs/cluster_query.hpp>
#include <awsmodel/ecs/task_size.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What an expression can ask about one instance. Absent members are subjects the instance lacks.
struct query_facts {
    std::optional<bool> agent_connected;
    std::optional<std::string_view> agent_version;
    std::optional<std::string_view> ec2_instance_id;
    std::optional<core::time_point> registered_at;
    std::optional<std::int64_t> running_tasks_count;
    /// The value of a custom or built-in attribute; nullopt when the instance lacks it, an empty
    /// view when it has the attribute without a value.
    struct attribute_lookup {
        const void* self = nullptr;
        std::optional<std::string_view> (*find)(const void*, std::string_view) = nullptr;
    } attributes;
    /// The groups of the instance's live tasks, each once.
    const std::vector<std::string>* task_groups = nullptr;
};

namespace detail {

// Dotted numbers, missing parts 0; false when a part is not a number.
inline bool version_parts(std::string_view v, std::vector<std::int64_t>& out) {
    out.clear();
    if (v.empty()) return false;
    std::size_t pos = 0;
    while (pos <= v.size()) {
        std::size_t dot = v.find('.', pos);
        std::string_view part = v.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
        std::int64_t n = 0;
        auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
        if (part.empty() || ec != std::errc{} || p != part.data() + part.size()) return false;
        out.push_back(n);
        if (dot == std::string_view::npos) break;
        pos = dot + 1;
    }
    return true;
}

inline std::optional<int> compare_versions(std::string_view a, std::string_view b) {
    std::vector<std::int64_t> x, y;
    if (!version_parts(a, x) || !version_parts(b, y)) return std::nullopt;
    while (x.size() < y.size()) x.push_back(0);
    while (y.size() < x.size()) y.push_back(0);
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

inline std::optional<double> as_number(std::string_view s) {
    double d = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return d;
}

template <class T>
bool ordered(query_operator op, const T& a, const T& b) {
    switch (op) {
    case query_operator::equals: return a == b;
    case query_operator::not_equals: return !(a == b);
    case query_operator::greater: return b < a;
    case query_operator::greater_equal: return !(a < b);
    case query_operator::less: return a < b;
    case query_operator::less_equal: return !(b < a);
    default: return false;
    }
}

// A Java regular expression construct that ECMAScript lacks or reads otherwise, or nothing.
// std::regex would reject some and silently misread others (libstdc++ takes `a*+` as `a*` then
// `+`, and `\h` as the letter h), so they are refused by name before it sees them.
inline std::optional<std::string> java_only_construct(std::string_view re) {
    bool in_class = false;
    for (std::size_t i = 0; i < re.size(); ++i) {
        const char c = re[i];
        if (c == '\\' && i + 1 < re.size()) {
            const char e = re[++i];
            if (std::string_view("pPAZzQEhHRGXK").find(e) != std::string_view::npos)
                return core::cat("\\", std::string(1, e), " (Java only)");
            continue;
        }
        if (in_class) {
            if (c == ']') in_class = false;
            continue;
        }
        if (c == '[') in_class = true;
        else if (c == '(' && i + 1 < re.size() && re[i + 1] == '?') {
            const char k = i + 2 < re.size() ? re[i + 2] : '\0';
            if (k != ':' && k != '=' && k != '!')
                return core::cat("the group \"(?", std::string(1, k), "\" (lookbehind, atomic, named or inline-flag groups "
                                 "are Java only)");
        } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < re.size() && re[i + 1] == '+') {
            return core::cat("the possessive quantifier \"", std::string(1, c), "+\" (Java only)");
        }
    }
    return std::nullopt;
}

} // namespace detail

struct compiled_query_result;

/// A parsed expression whose regular expressions and typed arguments are prepared once, so that
/// evaluating it against many instances repeats no work.
class compiled_cluster_query {
public:
    const cluster_query& query() const noexcept { return query_; }

    /// Whether the result can change when a task is placed on the instance (it reads
    /// runningTasksCount or task:group); otherwise it is a fact of the instance alone.
    bool depends_on_tasks() const noexcept { return depends_on_tasks_; }

    /// Whether the expression holds for the instance `facts` describes.
    bool holds(const query_facts& facts) const { return eval(query_.root(), facts); }

    /// What `compile_cluster_query` does.
    static compiled_query_result compile(std::string_view expression);

private:
    struct prepared {
        std::optional<std::regex> regex;
        std::optional<core::time_point> instant;
        std::optional<std::int64_t> integer;
    };

    cluster_query query_;
    std::vector<prepared> prepared_;
    bool depends_on_tasks_ = false;

    bool eval(const cluster_query::node& n, const query_facts& f) const {
        switch (n.kind) {
        case cluster_query::node_kind::and_:
            return eval(query_.nodes()[n.left], f) && eval(query_.nodes()[n.right], f);
        case cluster_query::node_kind::or_:
            return eval(query_.nodes()[n.left], f) || eval(query_.nodes()[n.right], f);
        case cluster_query::node_kind::not_: return !eval(query_.nodes()[n.left], f);
        case cluster_query::node_kind::condition: break;
        }
        return condition(query_.conditions()[n.condition], prepared_[n.condition], f);
    }

    // One value against the condition, for the subjects compared as text.
    static bool text_holds(const query_condition& c, const prepared& p, std::string_view v) {
        using o = query_operator;
        switch (c.op) {
        case o::exists: return true;
        case o::not_exists: return false;
        case o::in:
        case o::not_in: {
            bool found = false;
            for (const auto& a : c.arguments) found = found || a == v;
            return c.op == o::in ? found : !found;
        }
        case o::matches: return std::regex_match(v.begin(), v.end(), *p.regex);
        case o::not_matches: return !std::regex_match(v.begin(), v.end(), *p.regex);
        default: break;
        }
        const std::string& a = c.arguments.front();
        if (c.subject == query_subject::attribute && c.op != o::equals && c.op != o::not_equals) {
            auto x = detail::as_number(v), y = detail::as_number(a);
            if (x && y) return detail::ordered(c.op, *x, *y);
        }
        return detail::ordered(c.op, v, std::string_view(a));
    }

    bool condition(const query_condition& c, const prepared& p, const query_facts& f) const {
        using o = query_operator;
        const bool absent_result = c.op == o::not_exists;
        switch (c.subject) {
        case query_subject::agent_connected: {
            if (!f.agent_connected) return absent_result;
            if (c.op == o::exists) return true;
            if (c.op == o::not_exists) return false;
            bool want = detail::unit_equals_ignoring_case(c.arguments.front(), "true");
            return c.op == o::equals ? *f.agent_connected == want : *f.agent_connected != want;
        }
        case query_subject::agent_version: {
            if (!f.agent_version) return absent_result;
            if (c.op == o::exists) return true;
            if (c.op == o::not_exists) return false;
            auto cmp = detail::compare_versions(*f.agent_version, c.arguments.front());
            if (!cmp) return false; // the instance reports a version that is not dotted numbers
            return detail::ordered(c.op, *cmp, 0);
        }
        case query_subject::registered_at: {
            if (!f.registered_at) return absent_result;
            if (c.op == o::exists) return true;
            if (c.op == o::not_exists) return false;
            return detail::ordered(c.op, *f.registered_at, *p.instant);
        }
        case query_subject::running_tasks_count: {
            if (!f.running_tasks_count) return absent_result;
            if (c.op == o::exists) return true;
            if (c.op == o::not_exists) return false;
            return detail::ordered(c.op, *f.running_tasks_count, *p.integer);
        }
        case query_subject::ec2_instance_id:
            if (!f.ec2_instance_id) return absent_result;
            return text_holds(c, p, *f.ec2_instance_id);
        case query_subject::attribute: {
            std::optional<std::string_view> v =
                f.attributes.find ? f.attributes.find(f.attributes.self, c.attribute) : std::nullopt;
            if (!v) return absent_result;
            return text_holds(c, p, *v);
        }
        case query_subject::task_group: {
            if (!f.task_groups || f.task_groups->empty()) return absent_result;
            if (c.op == o::not_exists) return false;
            for (const auto& g : *f.task_groups)
                if (text_holds(c, p, g)) return true;
            return false;
        }
        }
        return false;
    }
};

/// A compiled query, or why the expression cannot be evaluated: it does not parse, a regular
/// expression is not one std::regex reads (see the header comment), or an agentVersion or
/// registeredAt argument is not a version or a date.
struct compiled_query_result {
    std::optional<compiled_cluster_query> query;
    std::optional<query_error> error;
    explicit operator bool() const noexcept { return query.has_value(); }
};

/// Parses `expression` and prepares it for evaluation.
inline compiled_query_result compile_cluster_query(std::string_view expression) {
    return compiled_cluster_query::compile(expression);
}

inline compiled_query_result compiled_cluster_query::compile(std::string_view expression) {
    compiled_query_result r;
    auto parsed = parse_cluster_query(expression);
    if (!parsed) {
        r.error = std::move(parsed.error);
        return r;
    }
    compiled_cluster_query q;
    q.query_ = std::move(*parsed.query);
    for (const auto& c : q.query_.conditions()) {
        prepared p;
        const bool has_value = !c.arguments.empty() && c.op != query_operator::in && c.op != query_operator::not_in;
        if (c.op == query_operator::matches || c.op == query_operator::not_matches) {
            if (auto java = detail::java_only_construct(c.arguments.front())) {
                r.error = query_error{0, core::cat("the regular expression \"", c.arguments.front(), "\" uses ", *java,
                                                   ", which std::regex (ECMAScript) does not evaluate as Java does: "
                                                   "rewrite it without")};
                return r;
            }
            try {
                p.regex.emplace(c.arguments.front(), std::regex::ECMAScript);
            } catch (const std::regex_error&) {
                r.error = query_error{0, core::cat("the regular expression \"", c.arguments.front(),
                                                   "\" is not one std::regex reads (ECMAScript); Java-only constructs "
                                                   "such as possessive quantifiers, lookbehind, (?i) or \\p{...} are not "
                                                   "evaluated: rewrite it without them")};
                return r;
            }
        } else if (c.subject == query_subject::registered_at && has_value) {
            p.instant = core::parse_iso8601(c.arguments.front());
            if (!p.instant) {
                r.error = query_error{0, core::cat("registeredAt compares with a date such as 2018-06-18T22:28:28+00:00, "
                                                   "2018-06-18T22:28:28Z or 2018-06-18; got \"", c.arguments.front(), "\"")};
                return r;
            }
        } else if (c.subject == query_subject::agent_version && has_value) {
            std::vector<std::int64_t> parts;
            if (!detail::version_parts(c.arguments.front(), parts)) {
                r.error = query_error{0, core::cat("agentVersion compares with a dotted version such as 1.77.0; got \"",
                                                   c.arguments.front(), "\"")};
                return r;
            }
        } else if (c.subject == query_subject::running_tasks_count && has_value) {
            std::int64_t n = 0;
            const std::string& a = c.arguments.front();
            std::from_chars(a.data(), a.data() + a.size(), n);
            p.integer = n;
        }
        if (c.subject == query_subject::running_tasks_count || c.subject == query_subject::task_group)
            q.depends_on_tasks_ = true;
        q.prepared_.push_back(std::move(p));
    }
    r.query = std::move(q);
    return r;
}

} // namespace awsmodel::ecs

#endif
