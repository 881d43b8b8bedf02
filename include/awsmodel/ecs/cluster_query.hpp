// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_CLUSTER_QUERY_HPP
#define AWSMODEL_ECS_CLUSTER_QUERY_HPP

/// The cluster query language of `memberOf` placement constraints (task definitions, RunTask,
/// CreateService): `subject operator argument` conditions combined with and/or/not and
/// parentheses, e.g. `attribute:ecs.instance-type =~ t3.* and not(attribute:ecs.availability-zone
/// in [us-east-1a, us-east-1b])`.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html
///
/// The parser checks the form, the subjects, which operators a subject takes and the arguments
/// whose form the documentation fixes (integers, booleans). Whether an attribute exists on any
/// instance is for the service to say.

#include <awsmodel/core/rule_id.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/checker.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::ecs {

/// What a condition tests.
enum class query_subject {
    agent_connected,     ///< agentConnected: true|false
    agent_version,       ///< agentVersion: a version such as 1.77.0
    attribute,           ///< attribute:<name>, a built-in (ecs.instance-type) or custom attribute
    ec2_instance_id,     ///< ec2InstanceId
    registered_at,       ///< registeredAt: a date
    running_tasks_count, ///< runningTasksCount: an integer
    task_group,          ///< task:group
};
constexpr auto wire_names(query_subject) noexcept {
    return std::to_array<std::string_view>({"agentConnected", "agentVersion", "attribute", "ec2InstanceId",
                                            "registeredAt", "runningTasksCount", "task:group"});
}

/// A comparison; each has a symbol and (most) a word spelling, which mean the same.
enum class query_operator {
    equals, not_equals, greater, greater_equal, less, less_equal, exists, not_exists, in, not_in, matches, not_matches
};
/// The symbol of each operator, as `str()` writes it.
constexpr auto wire_names(query_operator) noexcept {
    return std::to_array<std::string_view>({"==", "!=", ">", ">=", "<", "<=", "exists", "!exists", "in", "!in", "=~", "!~"});
}

/// One `subject operator argument` condition.
struct query_condition {
    query_subject subject = query_subject::attribute;
    std::string attribute; ///< the name after `attribute:`; empty for other subjects
    query_operator op = query_operator::equals;
    /// The argument (quotes removed); a list for in/!in; none for exists/!exists.
    std::vector<std::string> arguments;
    friend bool operator==(const query_condition&, const query_condition&) = default;
};

namespace detail {
class query_parser;
} // namespace detail

/// A parsed expression: a tree of conditions joined by and, or and not.
class cluster_query {
public:
    enum class node_kind { condition, and_, or_, not_ };
    struct node {
        node_kind kind = node_kind::condition;
        std::size_t condition = 0;   ///< index into `conditions()`, for a condition
        std::size_t left = 0, right = 0; ///< children (`not` uses `left` only)
        friend bool operator==(const node&, const node&) = default;
    };

    /// Every condition, in the order written.
    const std::vector<query_condition>& conditions() const noexcept { return conditions_; }
    const std::vector<node>& nodes() const noexcept { return nodes_; }
    const node& root() const noexcept { return nodes_[root_]; }

    /// The expression with every group parenthesized and symbolic operators: shows how it was read.
    std::string str() const { return str(root_); }

    friend bool operator==(const cluster_query&, const cluster_query&) = default;

private:
    friend class detail::query_parser;
    std::string str(std::size_t n) const {
        const node& x = nodes_[n];
        switch (x.kind) {
        case node_kind::and_: return core::cat("(", str(x.left), " and ", str(x.right), ")");
        case node_kind::or_: return core::cat("(", str(x.left), " or ", str(x.right), ")");
        case node_kind::not_: return core::cat("not(", str(x.left), ")");
        default: break;
        }
        const query_condition& c = conditions_[x.condition];
        std::string s = c.subject == query_subject::attribute ? core::cat("attribute:", c.attribute)
                                                              : std::string(wire_names(c.subject)[std::size_t(c.subject)]);
        s += core::cat(" ", wire_names(c.op)[std::size_t(c.op)]);
        if (c.op == query_operator::in || c.op == query_operator::not_in) {
            s += " [";
            for (std::size_t i = 0; i < c.arguments.size(); ++i) s += core::cat(i ? ", " : "", quoted(c.arguments[i]));
            s += "]";
        } else if (!c.arguments.empty()) {
            s += core::cat(" ", quoted(c.arguments[0]));
        }
        return s;
    }
    // A value that would not read back as one word is quoted: parse_value's rules in reverse.
    static std::string quoted(const std::string& v) {
        bool plain = !v.empty() && std::string_view("=!<>~'\"[").find(v[0]) == std::string_view::npos;
        int depth = 0;
        for (std::size_t i = 0; plain && i < v.size(); ++i) {
            char ch = v[i];
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == ',' || ch == ']') plain = false;
            if ((ch == '&' || ch == '|') && i + 1 < v.size() && v[i + 1] == ch) plain = false;
            if (ch == '(') ++depth;
            if (ch == ')' && --depth < 0) plain = false;
        }
        if (plain && depth == 0) return v;
        char q = v.find('\'') == std::string::npos ? '\'' : '"';
        return core::cat(std::string(1, q), v, std::string(1, q));
    }

    std::vector<query_condition> conditions_;
    std::vector<node> nodes_;
    std::size_t root_ = 0;
};

/// Why an expression does not parse: where (a byte offset into it) and what to write instead.
struct query_error {
    std::size_t offset = 0;
    std::string message;
};

/// The outcome of parsing: a query, or the first error.
struct query_parse_result {
    std::optional<cluster_query> query;
    std::optional<query_error> error;
    explicit operator bool() const noexcept { return query.has_value(); }
};

/// The documented limit of an expression's length.
inline constexpr std::size_t max_query_length = 2000;

namespace detail {

// Recursive descent over the text itself: what a run of characters means depends on where it
// stands (a subject, an operator, a value that may be a regular expression), so there is no
// separate tokenizer.
class query_parser {
public:
    explicit query_parser(std::string_view text) noexcept : s_(text) {}

    query_parse_result parse() {
        query_parse_result r;
        skip_space();
        if (at_end()) return fail(r, 0, "the expression is empty: write `subject operator argument`, e.g. "
                                        "attribute:ecs.instance-type == t3.large");
        auto root = parse_or(0);
        if (root) {
            skip_space();
            if (!at_end() && !error_)
                error_ = query_error{pos_, core::cat("unexpected \"", rest_preview(), "\" after a complete condition: "
                                                     "join conditions with and/&& or or/||")};
        }
        if (error_ || !root) {
            r.error = std::move(error_);
            if (!r.error) r.error = query_error{pos_, "the expression does not parse"};
            return r;
        }
        q_.root_ = *root;
        r.query = std::move(q_);
        return r;
    }

private:
    // Deeply nested parentheses are legal up to the length limit; the bound keeps the recursion
    // of hostile input (the parser also serves RunTask, whose expressions may come from anywhere) small.
    static constexpr std::size_t max_depth = 64;

    std::string_view s_;
    std::size_t pos_ = 0;
    cluster_query q_;
    std::optional<query_error> error_;

    static query_parse_result fail(query_parse_result& r, std::size_t at, std::string m) {
        r.error = query_error{at, std::move(m)};
        return std::move(r);
    }
    std::nullopt_t error(std::size_t at, std::string m) {
        if (!error_) error_ = query_error{at, std::move(m)};
        return std::nullopt;
    }

    bool at_end() const noexcept { return pos_ >= s_.size(); }
    char peek(std::size_t ahead = 0) const noexcept { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }
    static bool space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skip_space() noexcept {
        while (!at_end() && space(s_[pos_])) ++pos_;
    }
    std::string rest_preview() const {
        std::string_view r = s_.substr(pos_, 20);
        return std::string(r) + (s_.size() - pos_ > 20 ? "..." : "");
    }
    static bool word_char(char c) noexcept {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    static bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            char x = a[i], y = b[i];
            if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
            if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
            if (x != y) return false;
        }
        return true;
    }
    // The keyword at the cursor, if it stands alone (not the start of a longer word).
    bool keyword(std::string_view k) const noexcept {
        return pos_ + k.size() <= s_.size() && equal_ignoring_case(s_.substr(pos_, k.size()), k) &&
               !word_char(peek(k.size()));
    }

    std::size_t add(cluster_query::node n) {
        q_.nodes_.push_back(n);
        return q_.nodes_.size() - 1;
    }

    std::optional<std::size_t> parse_or(std::size_t depth) {
        auto left = parse_and(depth);
        while (left) {
            skip_space();
            std::size_t n = keyword("or") ? 2 : (peek() == '|' && peek(1) == '|') ? 2 : 0;
            if (!n) break;
            pos_ += n;
            auto right = parse_and(depth);
            if (!right) return std::nullopt;
            left = add({cluster_query::node_kind::or_, 0, *left, *right});
        }
        return left;
    }

    std::optional<std::size_t> parse_and(std::size_t depth) {
        auto left = parse_unary(depth);
        while (left) {
            skip_space();
            std::size_t n = keyword("and") ? 3 : (peek() == '&' && peek(1) == '&') ? 2 : 0;
            if (!n) break;
            pos_ += n;
            auto right = parse_unary(depth);
            if (!right) return std::nullopt;
            left = add({cluster_query::node_kind::and_, 0, *left, *right});
        }
        return left;
    }

    std::optional<std::size_t> parse_unary(std::size_t depth) {
        if (depth >= max_depth)
            return error(pos_, core::cat("more than ", max_depth, " nested groups: simplify the expression"));
        skip_space();
        if (at_end()) return error(pos_, "the expression ends where a condition should follow");
        std::size_t n = keyword("not") ? 3 : (peek() == '!' && peek(1) != '=' && peek(1) != '~') ? 1 : 0;
        if (n) {
            pos_ += n;
            auto inner = parse_unary(depth + 1);
            if (!inner) return std::nullopt;
            return add({cluster_query::node_kind::not_, 0, *inner, 0});
        }
        if (peek() == '(') {
            std::size_t open = pos_++;
            auto inner = parse_or(depth + 1);
            if (!inner) return std::nullopt;
            skip_space();
            if (peek() != ')')
                return error(at_end() ? open : pos_,
                             at_end() ? std::string("the parenthesis opened here is never closed: add \")\"")
                                      : core::cat("expected \")\" to close the group opened at offset ", open,
                                                  ", found \"", rest_preview(), "\""));
            ++pos_;
            return inner;
        }
        return parse_condition();
    }

    // A subject is a run of characters up to a space or an operator character.
    static bool subject_char(char c) noexcept {
        return !space(c) && std::string_view("=!<>~()[],&|'\"").find(c) == std::string_view::npos && c != '\0';
    }
    static bool attribute_name_char(char c) noexcept {
        return word_char(c) || c == '-' || c == '.' || c == '/' || c == '\\';
    }

    std::optional<std::size_t> parse_condition() {
        std::size_t start = pos_;
        while (!at_end() && subject_char(s_[pos_])) ++pos_;
        std::string_view subject = s_.substr(start, pos_ - start);
        if (subject.empty())
            return error(start, core::cat("expected a subject (attribute:<name>, ec2InstanceId, task:group, "
                                          "runningTasksCount, agentConnected, agentVersion, registeredAt), found \"",
                                          rest_preview(), "\""));
        query_condition c;
        if (subject.starts_with("attribute:")) {
            c.subject = query_subject::attribute;
            std::string_view name = subject.substr(10);
            if (name.empty() || name.size() > 128)
                return error(start, core::cat("an attribute name is 1-128 characters; \"", subject, "\" has ", name.size()));
            for (char ch : name)
                if (!attribute_name_char(ch))
                    return error(start, core::cat("the attribute name \"", name, "\" has \"", std::string(1, ch),
                                                  "\"; names use letters, digits, - _ . / and \\"));
            c.attribute = std::string(name);
        } else if (subject == "task:group") {
            c.subject = query_subject::task_group;
        } else {
            bool found = false;
            for (std::size_t i = 0; i < wire_names(query_subject{}).size(); ++i)
                if (wire_names(query_subject{})[i] == subject && subject != "attribute") {
                    c.subject = static_cast<query_subject>(i);
                    found = true;
                }
            if (!found)
                return error(start, core::cat("\"", subject, "\" is not a subject; subjects are attribute:<name>, "
                                              "ec2InstanceId, task:group, runningTasksCount, agentConnected, "
                                              "agentVersion and registeredAt (case-sensitive)"));
        }
        skip_space();
        std::size_t op_at = pos_;
        auto op = parse_operator();
        if (!op)
            return error(op_at, core::cat("expected an operator after \"", subject, "\" (==, !=, >, >=, <, <=, =~, !~, "
                                          "in, !in, exists, !exists), found \"", rest_preview(), "\""));
        c.op = *op;
        if (!operator_allowed(c.subject, c.op))
            return error(op_at, core::cat("\"", subject, "\" does not take \"", wire_names(c.op)[std::size_t(c.op)],
                                          "\"; it takes ", operators_of(c.subject)));
        if (c.op == query_operator::exists || c.op == query_operator::not_exists) {
            // Nothing follows; a stray argument shows up as unexpected text.
        } else if (c.op == query_operator::in || c.op == query_operator::not_in) {
            skip_space();
            if (peek() != '[')
                return error(pos_, core::cat("\"", wire_names(c.op)[std::size_t(c.op)],
                                             "\" takes a list: [value1, value2]"));
            ++pos_;
            for (;;) {
                skip_space();
                std::size_t at = pos_;
                auto v = parse_value(true);
                if (!v) return std::nullopt;
                if (v->empty() && !quoted_) return error(at, "a list item is empty: write [value1, value2]");
                c.arguments.push_back(std::move(*v));
                skip_space();
                if (peek() == ',') {
                    ++pos_;
                    continue;
                }
                if (peek() == ']') {
                    ++pos_;
                    break;
                }
                return error(pos_, at_end() ? std::string("the list is never closed: add \"]\"")
                                            : core::cat("expected \",\" or \"]\" in the list, found \"", rest_preview(), "\""));
            }
        } else {
            skip_space();
            std::size_t at = pos_;
            if (peek() == '[')
                return error(at, core::cat("only in and !in take a list; \"", wire_names(c.op)[std::size_t(c.op)],
                                           "\" takes one value"));
            auto v = parse_value(false);
            if (!v) return std::nullopt;
            if (v->empty() && !quoted_)
                return error(at, core::cat("\"", subject, " ", wire_names(c.op)[std::size_t(c.op)],
                                           "\" needs a value after the operator"));
            if (auto problem = argument_problem(c.subject, *v)) return error(at, std::move(*problem));
            c.arguments.push_back(std::move(*v));
        }
        q_.conditions_.push_back(std::move(c));
        return add({cluster_query::node_kind::condition, q_.conditions_.size() - 1, 0, 0});
    }

    std::optional<query_operator> parse_operator() {
        struct spelling {
            std::string_view text;
            query_operator op;
            bool word;
        };
        // Longer symbols first, so that ">=" is not read as ">".
        static constexpr spelling spellings[] = {
            {"==", query_operator::equals, false},      {"!=", query_operator::not_equals, false},
            {">=", query_operator::greater_equal, false}, {"<=", query_operator::less_equal, false},
            {"=~", query_operator::matches, false},     {"!~", query_operator::not_matches, false},
            {">", query_operator::greater, false},      {"<", query_operator::less, false},
            {"!exists", query_operator::not_exists, true}, {"!in", query_operator::not_in, true},
            {"not_exists", query_operator::not_exists, true},
            {"greater_than_equal", query_operator::greater_equal, true}, {"greater_than", query_operator::greater, true},
            {"less_than_equal", query_operator::less_equal, true}, {"less_than", query_operator::less, true},
            {"not_equals", query_operator::not_equals, true}, {"not_matches", query_operator::not_matches, true},
            {"not_in", query_operator::not_in, true},   {"equals", query_operator::equals, true},
            {"matches", query_operator::matches, true}, {"exists", query_operator::exists, true},
            {"in", query_operator::in, true},
        };
        for (const auto& sp : spellings) {
            if (sp.word ? keyword(sp.text) : s_.substr(pos_).starts_with(sp.text)) {
                pos_ += sp.text.size();
                return sp.op;
            }
        }
        return std::nullopt;
    }

    bool quoted_ = false;

    // A value: quoted ('...' or "..."), or a run of characters up to a space, a closing
    // parenthesis of an enclosing group, `&&` or `||` (and, in a list, `,` or `]`). Parentheses
    // inside a value pair up, so that regular expressions such as (t3|m5).* are one value.
    std::optional<std::string> parse_value(bool in_list) {
        quoted_ = false;
        char q = peek();
        if (q == '\'' || q == '"') {
            std::size_t open = pos_++;
            std::size_t end = s_.find(q, pos_);
            if (end == std::string_view::npos)
                return error(open, core::cat("the quote opened here is never closed: add ", std::string(1, q)));
            std::string v(s_.substr(pos_, end - pos_));
            pos_ = end + 1;
            quoted_ = true;
            return v;
        }
        std::size_t start = pos_, depth = 0;
        if (!at_end() && std::string_view("=!<>~").find(s_[pos_]) != std::string_view::npos)
            return error(pos_, core::cat("a value cannot start with \"", std::string(1, s_[pos_]),
                                         "\" (a mistyped operator?); quote it if it is meant: '", rest_preview(), "'"));
        while (!at_end()) {
            char c = s_[pos_];
            if (space(c)) break;
            if ((c == '&' && peek(1) == '&') || (c == '|' && peek(1) == '|')) break;
            if (in_list && (c == ',' || c == ']')) break;
            if (c == '(') ++depth;
            if (c == ')') {
                if (depth == 0) break;
                --depth;
            }
            ++pos_;
        }
        return std::string(s_.substr(start, pos_ - start));
    }

    static bool operator_allowed(query_subject s, query_operator op) noexcept {
        using o = query_operator;
        switch (s) {
        case query_subject::agent_connected: return op == o::equals || op == o::not_equals;
        case query_subject::agent_version:
        case query_subject::registered_at:
        case query_subject::running_tasks_count:
            return op == o::equals || op == o::not_equals || op == o::greater || op == o::greater_equal ||
                   op == o::less || op == o::less_equal;
        case query_subject::ec2_instance_id:
            return op == o::equals || op == o::not_equals || op == o::in || op == o::not_in || op == o::matches ||
                   op == o::not_matches;
        case query_subject::task_group:
            return op == o::equals || op == o::not_equals || op == o::in || op == o::not_in || op == o::matches ||
                   op == o::not_matches || op == o::exists || op == o::not_exists;
        case query_subject::attribute: return true; // depends on the attribute's type
        }
        return false;
    }
    static std::string_view operators_of(query_subject s) noexcept {
        switch (s) {
        case query_subject::agent_connected: return "== and !=";
        case query_subject::ec2_instance_id: return "==, !=, in, !in, =~ and !~";
        case query_subject::task_group: return "==, !=, in, !in, =~, !~, exists and !exists";
        default: return "==, !=, >, >=, < and <=";
        }
    }
    static std::optional<std::string> argument_problem(query_subject s, std::string_view v) {
        if (s == query_subject::agent_connected && v != "true" && v != "false")
            return core::cat("agentConnected is true or false; got \"", v, "\"");
        if (s == query_subject::running_tasks_count) {
            bool digits = !v.empty() && v.size() <= 10;
            for (char c : v) digits = digits && c >= '0' && c <= '9';
            if (!digits) return core::cat("runningTasksCount compares with a whole number; got \"", v, "\"");
        }
        return std::nullopt;
    }
};

} // namespace detail

/// Parses a cluster query language expression.
inline query_parse_result parse_cluster_query(std::string_view expression) {
    return detail::query_parser(expression).parse();
}

/// Reports under `rule`, at `pointer` relative to the checker's position, what is wrong with an
/// expression: longer than 2000 characters, or not parsing (with the offset and a fix).
inline void check_cluster_query(std::string_view expression, core::checker_like auto& c, core::rule_id rule,
                                std::string_view pointer) {
    if (expression.size() > max_query_length)
        c.error(rule, pointer,
                core::cat("the expression is ", expression.size(), " characters; the limit is ", max_query_length));
    auto r = parse_cluster_query(expression);
    if (r.error)
        c.error(rule, pointer,
                core::cat("the expression \"", expression.substr(0, 200), expression.size() > 200 ? "..." : "",
                          "\" does not parse at offset ", r.error->offset, ": ", r.error->message));
}

} // namespace awsmodel::ecs

#endif
