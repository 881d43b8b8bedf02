// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
//
// JSON templates: Boost.JSON parses and checks the text; a second pass over the text, which is
// then known to be valid JSON, finds where each value starts and which keys repeat, which
// Boost.JSON neither records nor reports.

#include "reader.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/parser.hpp>

#include <algorithm>
#include <string>
#include <unordered_set>

namespace awsmodel::cloudformation::detail {
namespace {

class scanner {
public:
    scanner(std::string_view text, location_map& locations) : text_(text), locations_(locations) {}

    void value(std::string& pointer) {
        skip_space();
        locations_.add(pointer, here());
        switch (text_[pos_]) {
        case '{': object(pointer); break;
        case '[': array(pointer); break;
        case '"': string(); break;
        default: // a number, true, false or null
            while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos) ++pos_;
        }
    }

private:
    void object(std::string& pointer) {
        ++pos_;
        std::unordered_set<std::string> keys;
        skip_space();
        if (text_[pos_] == '}') {
            ++pos_;
            return;
        }
        for (;;) {
            skip_space();
            const location key_at = here();
            const std::size_t start = pos_;
            string();
            // the key as JSON decodes it, escapes and all: the text between is valid JSON
            std::string key(boost::json::parse(text_.substr(start, pos_ - start)).as_string());
            const std::size_t size = pointer.size();
            core::append_token(pointer, key);
            if (!keys.insert(key).second)
                fail(core::rules::duplicate, pointer, key_at,
                         core::cat("the key \"", key, "\" is given twice in one object; CloudFormation would keep only one "
                                                 "of the two values"));
            skip_space();
            ++pos_; // ':'
            value(pointer);
            pointer.resize(size);
            skip_space();
            if (text_[pos_++] == '}') return;
        }
    }

    void array(std::string& pointer) {
        ++pos_;
        skip_space();
        if (text_[pos_] == ']') {
            ++pos_;
            return;
        }
        for (std::size_t i = 0;; ++i) {
            const std::size_t size = pointer.size();
            pointer += '/';
            pointer += std::to_string(i);
            value(pointer);
            pointer.resize(size);
            skip_space();
            if (text_[pos_++] == ']') return;
        }
    }

    void string() {
        ++pos_;
        while (text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
        ++pos_;
    }

    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r' || text_[pos_] == '\n')) {
            if (text_[pos_] == '\n') {
                ++line_;
                counted_ = pos_ + 1;
                column_ = 1;
            }
            ++pos_;
        }
    }

    // Columns count characters, not bytes; the scanner only moves forward, so each byte is counted once.
    location here() noexcept {
        for (; counted_ < pos_; ++counted_)
            if ((static_cast<unsigned char>(text_[counted_]) & 0xC0) != 0x80) ++column_;
        return {line_, column_};
    }

    std::string_view text_;
    location_map& locations_;
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
    std::size_t counted_ = 0; // bytes of the line before here are counted in column_
};

constexpr std::size_t max_json_depth = 1000;

// What the parser stopped at, for the message: a few characters of the line, or the end.
std::string near(std::string_view text, std::size_t at) {
    if (at >= text.size()) return " at the end of the text";
    std::string_view rest = text.substr(at, 20);
    rest = rest.substr(0, rest.find('\n'));
    return core::cat(" at `", rest, "`");
}

} // namespace

void read_json(std::string_view text, const read_options& options, parsed_template& out) {
    std::size_t skipped = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark
    std::string_view body = text.substr(skipped);
    boost::json::parse_options po;
    // the scanner below recurses once per level: bounded, whatever the options say
    const std::size_t max_depth = std::min<std::size_t>(options.max_depth, max_json_depth);
    po.max_depth = max_depth;
    boost::json::parser p(boost::json::storage_ptr(), po);
    boost::system::error_code ec;
    std::size_t used = p.write_some(body.data(), body.size(), ec);
    if (ec) {
        const bool deep = ec == boost::json::error::too_deep;
        fail(deep ? core::rules::limit : core::rules::syntax, "", position_of(body, used),
             deep ? core::cat("the template nests more than ", max_depth, " levels of objects and arrays")
                  : core::cat("JSON syntax: ", ec.message(), near(body, used)));
    }
    for (std::size_t i = used; i < body.size(); ++i)
        if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r' && body[i] != '\n')
            fail(core::rules::syntax, "", position_of(body, i),
                 "JSON syntax: text after the end of the template's object");
    out.root = p.release();
    std::string pointer;
    // positions count from after a byte order mark, as an editor shows them
    scanner(body, out.locations).value(pointer);
}

} // namespace awsmodel::cloudformation::detail
