// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_ECS_CONFIG_HPP
#define AWSMODEL_ECS_AGENT_ECS_CONFIG_HPP

/// /etc/ecs/ecs.config, the file the ECS agent's settings are written to (by user data, most
/// often), as ecs-init reads it for the agent (amazon-ecs-agent `ecs-init/docker/docker.go`,
/// getEnvVars): the text trimmed and split into lines, each line trimmed and split at its first
/// `=`; a line without `=` is skipped; nothing else. No comments (`# ECS_X=1` sets a variable
/// named `# ECS_X`, which nothing reads), no quotes removed (`ECS_X='[1]'` hands the agent the
/// quotes), no `export`, no `$VAR` expanded (the shell of the user data expands them, or not),
/// and a later line of a variable wins over an earlier one.
///
///   auto config = ecs_agent::ecs_config::parse(text);  // every text is an ecs.config
///   config.set("ECS_RESERVED_MEMORY", "256");          // replaces the line that counts, or appends one
///   std::string out = config.text();                    // the other lines exactly as they were
///   auto findings = core::validate(config);             // ECS-AG rules, at /<VARIABLE>
///
/// The file is kept line by line, so that a round trip changes nothing: comments, blank lines,
/// unknown variables, repeated ones, white space and the line ends stay where they are. The
/// typed value of a variable is `config.value(name)` (ecs_agent/config_value.hpp). Its JSON form
/// (a top-level shape needs one) is the text of the file as one JSON string.

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/ecs_agent/config_value.hpp>
#include <awsmodel/ecs_agent/config_variables.hpp>
#include <awsmodel/shapes.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace awsmodel::ecs_agent {

/// A line of ecs.config, as written (without its `\n`; a `\r` before it stays in the text).
struct ecs_config_line {
    std::string text;

    /// Whether ecs-init takes it as a setting: it has an `=` after trimming.
    bool is_setting() const noexcept { return trimmed().find('=') != std::string_view::npos; }
    /// The variable's name as ecs-init passes it: the trimmed line up to its first `=`, white
    /// space before the `=` included (which no variable's name has).
    std::string_view key() const noexcept {
        std::string_view t = trimmed();
        std::size_t eq = t.find('=');
        return eq == std::string_view::npos ? std::string_view{} : t.substr(0, eq);
    }
    /// The value as ecs-init passes it: after the first `=`, to the end of the trimmed line.
    std::string_view value() const noexcept {
        std::string_view t = trimmed();
        std::size_t eq = t.find('=');
        return eq == std::string_view::npos ? std::string_view{} : t.substr(eq + 1);
    }
    std::string_view trimmed() const noexcept { return detail::trim_go(text); }
    friend bool operator==(const ecs_config_line&, const ecs_config_line&) = default;
};

/// The file.
class ecs_config {
public:
    using wire_type = std::string;

    ecs_config() = default;

    /// The file of `text`. Every text is one: what ecs-init cannot use, it skips.
    static ecs_config parse(std::string_view text) {
        ecs_config c;
        c.lines_.clear();
        for (std::size_t start = 0;;) {
            std::size_t nl = text.find('\n', start);
            c.lines_.push_back({std::string(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start))});
            if (nl == std::string_view::npos) break;
            start = nl + 1;
        }
        return c;
    }
    /// The text: the lines as they were read or set, each ended as it was.
    std::string text() const {
        std::string out;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (i) out += '\n';
            out += lines_[i].text;
        }
        return out;
    }

    /// The lines, in order (the last is what follows the last `\n`, usually empty).
    const std::vector<ecs_config_line>& lines() const noexcept { return lines_; }

    /// The index of the line that sets `key` for the agent (the last), or nothing.
    std::optional<std::size_t> line_of(std::string_view key) const noexcept {
        for (std::size_t i = lines_.size(); i-- > 0;)
            if (lines_[i].is_setting() && lines_[i].key() == key) return i;
        return std::nullopt;
    }
    /// The value the agent gets for `key`, or nothing when no line sets it.
    std::optional<std::string_view> get(std::string_view key) const noexcept {
        if (auto i = line_of(key)) return lines_[*i].value();
        return std::nullopt;
    }
    /// The typed value of `key` as the agent parses it: nothing when the file does not set it
    /// or the agent does not know it, a config_value_error when the agent would not take it.
    std::optional<std::variant<config_value, config_value_error>> value(std::string_view key) const {
        const config_variable* v = find_config_variable(key);
        auto text = get(key);
        if (!v || !text) return std::nullopt;
        return parse_config_value(*v, *text);
    }
    /// The value of `key` when it is set and of type T (bool, std::chrono::nanoseconds, ...).
    template <class T>
    std::optional<T> get_as(std::string_view key) const {
        auto v = value(key);
        if (!v) return std::nullopt;
        if (auto* ok = std::get_if<config_value>(&*v))
            if (auto* t = std::get_if<T>(ok)) return *t;
        return std::nullopt;
    }

    /// Sets `key`: the line that counts now reads `key=value` (earlier lines of the key stay, as
    /// the agent ignores them); without one, a line is added after the last non-empty line.
    void set(std::string_view key, std::string_view value) {
        std::string line;
        line.reserve(key.size() + 1 + value.size());
        line.append(key).append("=").append(value);
        if (auto i = line_of(key)) {
            lines_[*i].text = std::move(line);
            return;
        }
        // Keep the file's end: a file that ended with a new line still does.
        std::size_t at = lines_.size();
        if (at > 0 && lines_.back().text.empty()) --at;
        lines_.insert(lines_.begin() + static_cast<std::ptrdiff_t>(at), ecs_config_line{std::move(line)});
        if (lines_.size() == 1) lines_.push_back({});
    }
    /// Removes every line that sets `key`; how many there were.
    std::size_t erase(std::string_view key) {
        std::size_t before = lines_.size();
        std::erase_if(lines_, [&](const ecs_config_line& l) { return l.is_setting() && l.key() == key; });
        return before - lines_.size();
    }

    /// The JSON form: the file's text as a string.
    std::string wire() const { return text(); }
    static ecs_config from_wire(const std::string& text) { return parse(text); }

    friend bool operator==(const ecs_config&, const ecs_config&) = default;

private:
    std::vector<ecs_config_line> lines_{ecs_config_line{}};
};

/// The file's rules (ecs_agent/ecs_config_rules.hpp), found by the validation walk.
template <core::checker_like C>
void validate_rules(const ecs_config& config, C& c);

} // namespace awsmodel::ecs_agent

template <>
inline constexpr bool awsmodel::core::is_top_level_document<awsmodel::ecs_agent::ecs_config> = true;

#include <awsmodel/ecs_agent/ecs_config_rules.hpp>

AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_ECS_AGENT_ECS_CONFIG);

#endif
