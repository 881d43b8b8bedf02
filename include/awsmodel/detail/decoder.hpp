// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_DECODER_HPP
#define AWSMODEL_DETAIL_DECODER_HPP

// A boost::json::basic_parser handler that writes straight into typed values: no DOM is built.
// It tracks the JSON Pointer of every value so that each structural finding names its member.

#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/detail/type_ops.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_stack.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace awsmodel::core::detail {

inline std::string_view describe(shape_kind k) noexcept {
    switch (k) {
    case shape_kind::structure: return "an object";
    case shape_kind::list: return "an array";
    case shape_kind::map: return "an object (a map of names to values)";
    case shape_kind::string: return "a string";
    case shape_kind::integer: return "an integer";
    case shape_kind::number: return "a number";
    case shape_kind::boolean: return "a boolean (true or false)";
    case shape_kind::timestamp: return "a timestamp (ISO 8601 string or epoch seconds)";
    }
    return "a value";
}

inline std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

class decoder {
public:
    decoder(const decode_options& opt, diagnostics& out, void* root, const type_ops* root_ops)
        : opt_(opt), out_(out), root_{root, root_ops, nullptr, slot::value} {
        frames_.reserve(16);
    }

    // --- basic_parser handler interface ---------------------------------------------------
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) { return true; }
    bool on_number_part(std::string_view, boost::system::error_code&) { return true; }

    bool on_object_begin(boost::system::error_code& ec) { return begin_container(true, ec); }
    bool on_array_begin(boost::system::error_code& ec) { return begin_container(false, ec); }
    bool on_object_end(std::size_t n, boost::system::error_code& ec) { return end_container(true, n, ec); }
    bool on_array_end(std::size_t n, boost::system::error_code& ec) { return end_container(false, n, ec); }

    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&) {
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_key(std::string_view s, std::size_t, boost::system::error_code& ec) {
        if (!part_.empty()) {
            part_.append(s.data(), s.size());
            s = part_;
        }
        bool ok = key(s);
        part_.clear();
        return ok || fail(ec);
    }
    bool on_string_part(std::string_view s, std::size_t, boost::system::error_code&) {
        if (capturing()) {
            capture_->push_chars(s);
            return true;
        }
        part_.append(s.data(), s.size());
        return true;
    }
    bool on_string(std::string_view s, std::size_t, boost::system::error_code& ec) {
        if (capturing()) {
            capture_->push_string(s);
            return after_capture_scalar();
        }
        if (!part_.empty()) {
            part_.append(s.data(), s.size());
            s = part_;
        }
        bool ok = scalar(
            [&](const type_ops& o, void* p) {
                if (!o.on_string) return conv::wrong_type;
                conv c = o.on_string(p, s);
                if (c == conv::ok && current_min_ != no_min && static_cast<std::int64_t>(utf8_length(s)) < current_min_)
                    min_violation(cat("is ", utf8_length(s), " characters long; the shortest allowed is ", current_min_));
                return c;
            },
            "a string", [&] { capture_->push_string(s); });
        part_.clear();
        return ok || fail(ec);
    }
    bool on_int64(std::int64_t i, std::string_view, boost::system::error_code& ec) {
        number n{number::int64, i, 0, 0};
        if (capturing()) {
            capture_->push_int64(i);
            return after_capture_scalar();
        }
        return number_event(n, [&] { capture_->push_int64(i); }) || fail(ec);
    }
    bool on_uint64(std::uint64_t u, std::string_view, boost::system::error_code& ec) {
        number n{number::uint64, 0, u, 0};
        if (capturing()) {
            capture_->push_uint64(u);
            return after_capture_scalar();
        }
        return number_event(n, [&] { capture_->push_uint64(u); }) || fail(ec);
    }
    bool on_double(double d, std::string_view, boost::system::error_code& ec) {
        number n{number::real, 0, 0, d};
        if (capturing()) {
            capture_->push_double(d);
            return after_capture_scalar();
        }
        return number_event(n, [&] { capture_->push_double(d); }) || fail(ec);
    }
    bool on_bool(bool b, boost::system::error_code& ec) {
        if (capturing()) {
            capture_->push_bool(b);
            return after_capture_scalar();
        }
        return scalar([&](const type_ops& o, void* p) { return o.on_bool ? o.on_bool(p, b) : conv::wrong_type; },
                      b ? "the boolean true" : "the boolean false", [&] { capture_->push_bool(b); }) ||
               fail(ec);
    }
    bool on_null(boost::system::error_code& ec) {
        if (capturing()) {
            capture_->push_null();
            return after_capture_scalar();
        }
        slot s = next_slot();
        if (s.mode == slot::skip) return true;
        if (s.mode == slot::capture) {
            start_capture(s);
            capture_->push_null();
            return after_capture_scalar() || fail(ec);
        }
        report(rules::wrong_type, cat("expected ", describe(s.ops->shape),
                                      ", got null; AWS does not accept null: leave the member out instead"));
        return !stopped_ || fail(ec);
    }

    // --- results ---------------------------------------------------------------------------
    /// The JSON Pointer of the value being read; used for syntax errors too.
    std::string pointer() const {
        std::string p;
        for (const frame& f : frames_) append_child(p, f);
        return p;
    }
    bool stopped() const noexcept { return stopped_; }

private:
    struct slot {
        void* target;
        const type_ops* ops;
        const field_entry* field;
        enum mode_t : unsigned char { value, skip, capture } mode;
    };
    struct frame {
        enum kind_t : unsigned char { structure, list, map, skip, capture } kind;
        const type_ops* ops;
        void* target;
        std::uint64_t seen[2];
        std::size_t index;  // list: elements so far; skip/capture: nesting depth
        std::int64_t min;   // list: botocore's min length
        const field_entry* field; // structure: the member being read
        std::string key;          // map or unknown member: the key being read
        extra_members* extras;    // capture: where the member goes
    };

    const decode_options& opt_;
    diagnostics& out_;
    slot root_;
    bool root_used_ = false;
    std::vector<frame> frames_;
    slot pending_{nullptr, nullptr, nullptr, slot::skip};
    std::string part_;
    std::int64_t current_min_ = no_min;
    std::size_t errors_ = 0;
    bool stopped_ = false;
    std::unique_ptr<boost::json::value_stack> capture_;
    bool capture_active_ = false;

    bool fail(boost::system::error_code& ec) {
        if (stopped_) ec = boost::json::error::exception; // our own stop: too many findings
        return false;
    }

    static void append_child(std::string& p, const frame& f) {
        switch (f.kind) {
        case frame::structure:
            if (f.field)
                append_token(p, f.field->name);
            else
                append_token(p, f.key);
            break;
        case frame::map: append_token(p, f.key); break;
        case frame::list: p += cat('/', f.index == 0 ? 0 : f.index - 1); break;
        case frame::skip:
        case frame::capture: break;
        }
    }

    void report(std::string_view rule, std::string message, std::string_view extra_token = {}) {
        if (stopped_) return;
        std::string p = pointer();
        if (!extra_token.empty()) append_token(p, extra_token);
        out_.push_back({std::move(p), rule, severity::error, std::move(message)});
        if (++errors_ >= opt_.max_diagnostics) {
            out_.push_back({"", rules::limit, severity::error,
                            cat("stopped after ", errors_, " findings; fix these and decode again")});
            stopped_ = true;
        }
    }
    void min_violation(std::string what) { report(rules::min, cat("the value ", what)); }

    bool capturing() const noexcept { return capture_active_; }

    slot next_slot() {
        current_min_ = no_min;
        if (frames_.empty()) {
            if (root_used_) return {nullptr, nullptr, nullptr, slot::skip};
            root_used_ = true;
            return root_;
        }
        frame& top = frames_.back();
        switch (top.kind) {
        case frame::structure:
        case frame::map: {
            slot s = pending_;
            pending_.mode = slot::skip;
            if (s.field) current_min_ = s.field->min;
            return s;
        }
        case frame::list: {
            ++top.index;
            if (top.index > opt_.max_array_length) {
                if (top.index == opt_.max_array_length + 1)
                    report(rules::limit, cat("the array has more than ", opt_.max_array_length,
                                             " elements, the most this decoder accepts"));
                return {nullptr, nullptr, nullptr, slot::skip};
            }
            return {nullptr, top.ops->element, nullptr, slot::value};
        }
        default: return {nullptr, nullptr, nullptr, slot::skip};
        }
    }

    // A list element is created only once its value starts, so the address is resolved here.
    void* address_of(slot& s) {
        if (!frames_.empty() && frames_.back().kind == frame::list && s.target == nullptr && s.mode == slot::value)
            s.target = frames_.back().ops->append(frames_.back().target);
        while (s.ops->engage) {
            s.target = s.ops->engage(s.target);
            s.ops = s.ops->inner;
        }
        return s.target;
    }

    void start_capture(const slot& s) {
        if (!capture_) capture_ = std::make_unique<boost::json::value_stack>();
        capture_->reset();
        capture_active_ = true;
        frames_.push_back(frame{frame::capture, nullptr, nullptr, {0, 0}, 0, no_min, nullptr, {}, nullptr});
        frames_.back().extras = static_cast<extra_members*>(s.target);
        frames_.back().key = pending_key_;
    }
    std::string pending_key_;

    bool after_capture_scalar() {
        frame& f = frames_.back();
        if (f.index == 0) finish_capture();
        return true;
    }
    void finish_capture() {
        frame f = std::move(frames_.back());
        frames_.pop_back();
        capture_active_ = false;
        boost::json::value v = capture_->release();
        f.extras->push_back({std::move(f.key), boost::json::serialize(v)});
    }

    template <class Conv, class Capture>
    bool scalar(Conv&& conv_fn, std::string_view got, Capture&& capture) {
        slot s = next_slot();
        if (s.mode == slot::skip) return !stopped_;
        if (s.mode == slot::capture) {
            start_capture(s);
            capture();
            return after_capture_scalar();
        }
        void* p = address_of(s);
        switch (conv_fn(*s.ops, p)) {
        case conv::ok: break;
        case conv::wrong_type: report(rules::wrong_type, cat("expected ", describe(s.ops->shape), ", got ", got)); break;
        case conv::out_of_range:
            report(rules::wrong_type, cat("the number does not fit ", describe(s.ops->shape),
                                          s.ops->shape == shape_kind::integer ? " of this member's size" : ""));
            break;
        case conv::bad_timestamp:
            report(rules::wrong_type, "expected a timestamp: ISO 8601 such as 2024-01-02T03:04:05Z, or epoch seconds");
            break;
        }
        return !stopped_;
    }

    template <class Capture>
    bool number_event(const number& n, Capture&& capture) {
        return scalar(
            [&](const type_ops& o, void* p) {
                if (!o.on_number) return conv::wrong_type;
                conv c = o.on_number(p, n);
                if (c == conv::ok && current_min_ != no_min && number_as_double(n) < static_cast<double>(current_min_))
                    min_violation(cat("is below the minimum ", current_min_));
                return c;
            },
            n.kind == number::real ? "a number with a fraction or exponent" : "a number", capture);
    }

    bool begin_container(bool object, boost::system::error_code& ec) {
        if (capturing()) {
            ++frames_.back().index;
            return true;
        }
        if (!frames_.empty() && frames_.back().kind == frame::skip) {
            ++frames_.back().index;
            return true;
        }
        slot s = next_slot();
        if (s.mode == slot::skip) {
            frames_.push_back(frame{frame::skip, nullptr, nullptr, {0, 0}, 1, no_min, nullptr, {}, nullptr});
            return !stopped_ || fail(ec);
        }
        if (s.mode == slot::capture) {
            start_capture(s);
            frames_.back().index = 1;
            return true;
        }
        std::int64_t min = current_min_;
        void* p = address_of(s);
        shape_kind want = s.ops->shape;
        if (object && want == shape_kind::structure) {
            frames_.push_back(frame{frame::structure, s.ops, p, {0, 0}, 0, no_min, nullptr, {}, nullptr});
        } else if (object && want == shape_kind::map) {
            frames_.push_back(frame{frame::map, s.ops, p, {0, 0}, 0, no_min, nullptr, {}, nullptr});
        } else if (!object && want == shape_kind::list) {
            frames_.push_back(frame{frame::list, s.ops, p, {0, 0}, 0, min, nullptr, {}, nullptr});
        } else {
            report(rules::wrong_type, cat("expected ", describe(want), ", got ", object ? "an object" : "an array"));
            frames_.push_back(frame{frame::skip, nullptr, nullptr, {0, 0}, 1, no_min, nullptr, {}, nullptr});
        }
        return !stopped_ || fail(ec);
    }

    bool end_container(bool object, std::size_t n, boost::system::error_code& ec) {
        frame& f = frames_.back();
        if (f.kind == frame::capture) {
            if (object)
                capture_->push_object(n);
            else
                capture_->push_array(n);
            if (--f.index == 0) finish_capture();
            return true;
        }
        if (f.kind == frame::skip) {
            if (--f.index == 0) frames_.pop_back();
            return true;
        }
        if (f.kind == frame::structure) {
            // Popped first: the parent's current child is this object, so pointer() names it.
            const type_ops* ops = f.ops;
            std::uint64_t seen[2] = {f.seen[0], f.seen[1]};
            frames_.pop_back();
            for (std::size_t i = 0; i < ops->field_count; ++i) {
                const field_entry& fe = ops->fields[i];
                if (fe.required && !(seen[i / 64] >> (i % 64) & 1))
                    report(rules::required, cat("the required member \"", fe.name, "\" is missing"), fe.name);
            }
            return !stopped_ || fail(ec);
        } else if (f.kind == frame::list && f.min != no_min && static_cast<std::int64_t>(n) < f.min) {
            frame copy = std::move(f);
            frames_.pop_back();
            report(rules::min, cat("the array has ", n, " elements; it needs at least ", copy.min));
            return !stopped_ || fail(ec);
        }
        frames_.pop_back();
        return !stopped_ || fail(ec);
    }

    bool key(std::string_view k) {
        if (capturing()) {
            capture_->push_key(k);
            return true;
        }
        frame& f = frames_.back();
        if (f.kind == frame::skip) return true;
        if (f.kind == frame::map) {
            f.key.assign(k.data(), k.size());
            void* e = f.ops->insert(f.target, k);
            if (!e) {
                pending_ = {nullptr, nullptr, nullptr, slot::skip};
                if (opt_.reject_duplicate_keys)
                    report(rules::duplicate, cat("the key \"", k, "\" appears more than once in this object"));
                return !stopped_;
            }
            pending_ = {e, f.ops->element, nullptr, slot::value};
            return true;
        }
        // structure
        for (std::size_t i = 0; i < f.ops->field_count; ++i) {
            const field_entry& fe = f.ops->fields[i];
            if (fe.name.size() == k.size() && std::memcmp(fe.name.data(), k.data(), k.size()) == 0) {
                f.field = &fe;
                std::uint64_t bit = std::uint64_t(1) << (i % 64);
                if (f.seen[i / 64] & bit) {
                    pending_ = {nullptr, nullptr, nullptr, slot::skip};
                    if (opt_.reject_duplicate_keys)
                        report(rules::duplicate, cat("the member \"", k, "\" appears more than once; AWS would use only one of them"));
                    return !stopped_;
                }
                f.seen[i / 64] |= bit;
                pending_ = {fe.address(f.target), fe.ops, &fe, slot::value};
                return true;
            }
        }
        f.field = nullptr;
        f.key.assign(k.data(), k.size());
        pending_ = {nullptr, nullptr, nullptr, slot::skip};
        switch (opt_.unknown) {
        case unknown_members::reject:
            report(rules::unknown_member, unknown_message(f, k));
            break;
        case unknown_members::ignore: break;
        case unknown_members::keep:
            if (f.ops->extras) {
                pending_ = {f.ops->extras(f.target), nullptr, nullptr, slot::capture};
                pending_key_.assign(k.data(), k.size());
            }
            break;
        }
        return !stopped_;
    }

    static std::string unknown_message(const frame& f, std::string_view k) {
        std::string m = cat("unknown member \"", k, "\"");
        // The usual cause is a spelling from CloudFormation or another service: suggest a case-insensitive match.
        for (std::size_t i = 0; i < f.ops->field_count; ++i) {
            std::string_view n = f.ops->fields[i].name;
            if (n.size() == k.size() &&
                std::equal(n.begin(), n.end(), k.begin(), [](char a, char b) { return (a | 0x20) == (b | 0x20); }))
                return cat(m, "; member names are case-sensitive: did you mean \"", n, "\"?");
        }
        std::string names;
        for (std::size_t i = 0; i < f.ops->field_count && i < 12; ++i)
            names += cat(i ? ", " : "", f.ops->fields[i].name);
        if (f.ops->field_count > 12) names += ", ...";
        return cat(m, "; this object takes: ", names);
    }
};

} // namespace awsmodel::core::detail

#endif
