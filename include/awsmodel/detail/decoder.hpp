// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_DETAIL_DECODER_HPP
#define AWSMODEL_DETAIL_DECODER_HPP

// A boost::json::basic_parser handler that writes straight into typed values: no DOM is built.
// It tracks the JSON Pointer of every value so that each structural finding names its member.

#include <awsmodel/core/decode_options.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/secret.hpp>
#include <awsmodel/detail/type_ops.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_stack.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
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
    case shape_kind::one_of: return "one of several JSON types";
    case shape_kind::raw: return "any JSON value";
    }
    return "a value";
}

/// What a value of this type is, for messages; a one_of names its alternatives ("a string or
/// an array").
inline std::string describe(const type_ops& o) {
    if (o.shape != shape_kind::one_of) return std::string(describe(o.shape));
    std::string out;
    for (std::size_t i = 0; i < o.alternative_count; ++i) {
        const type_ops* a = o.alternatives[i];
        while (a->inner) a = a->inner;
        std::string_view d = describe(a->shape);
        if (out.find(d) != std::string::npos) continue; // two object alternatives read as one
        if (!out.empty()) out += i + 1 == o.alternative_count ? " or " : ", ";
        out += d;
    }
    return out;
}

// Equal bytes, for member names: they are short, and a few loads of whole words cost less than a
// call to memcmp for each key of the document.
inline bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
    auto word = [](const char* p) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        return w;
    };
    auto half = [](const char* p) {
        std::uint32_t w;
        std::memcpy(&w, p, 4);
        return w;
    };
    if (n >= 8) {
        for (; n > 8; a += 8, b += 8, n -= 8)
            if (word(a) != word(b)) return false;
        return word(a + n - 8) == word(b + n - 8); // overlaps what was compared: n is 1 to 8 here
    }
    if (n >= 4) return half(a) == half(b) && half(a + n - 4) == half(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
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
    bool on_number_part(std::string_view s, boost::system::error_code&) {
        number_part_.append(s.data(), s.size());
        return true;
    }

    bool on_object_begin(boost::system::error_code& ec) {
        event_ = json_kind::object;
        return begin_container(true, ec);
    }
    bool on_array_begin(boost::system::error_code& ec) {
        event_ = json_kind::array;
        return begin_container(false, ec);
    }
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
        event_ = json_kind::string;
        if (capturing()) {
            capture_->push_string(s);
            return after_capture_scalar();
        }
        if (part_.empty() && takes_directly(&type_ops::set_string)) {
            void* p = nullptr;
            slot sl = direct_slot(p);
            if (sl.mode == slot::skip) return !stopped_ || fail(ec);
            conv c = sl.ops->set_string(p, s);
            if (c != conv::ok)
                report_conv(c, *sl.ops, "a string", s, true);
            else if (current_min_ != no_min && static_cast<std::int64_t>(utf8_length(s)) < current_min_)
                min_violation(cat("is ", utf8_length(s), " characters long; the shortest allowed is ", current_min_));
            return !stopped_ || fail(ec);
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
            "a string", [&] { capture_->push_string(s); }, s, true);
        // Escaped strings are assembled here; one may be a private key (KeyMaterial).
        if (!part_.empty()) core::secure_wipe(part_.data(), part_.size());
        part_.clear();
        return ok || fail(ec);
    }
    bool on_int64(std::int64_t i, std::string_view text, boost::system::error_code& ec) {
        event_ = json_kind::number;
        number n{number::int64, i, 0, 0, number_text(text)};
        if (capturing()) {
            capture_->push_int64(i);
            return after_capture_scalar();
        }
        return direct_number(n, [&] { capture_->push_int64(i); }) || fail(ec);
    }
    bool on_uint64(std::uint64_t u, std::string_view text, boost::system::error_code& ec) {
        event_ = json_kind::number;
        number n{number::uint64, 0, u, 0, number_text(text)};
        if (capturing()) {
            capture_->push_uint64(u);
            return after_capture_scalar();
        }
        return direct_number(n, [&] { capture_->push_uint64(u); }) || fail(ec);
    }
    bool on_double(double d, std::string_view text, boost::system::error_code& ec) {
        event_ = json_kind::number;
        number n{number::real, 0, 0, d, number_text(text)};
        // Boost.JSON 1.81 converts long mantissas imprecisely (500...0 with 105 digits is not
        // 5e104), so its double would not read back as itself; from_chars rounds correctly.
        // Out of range (1e400, 1e-400) it leaves the value alone and Boost.JSON's stands.
        if (!n.text.empty()) std::from_chars(n.text.data(), n.text.data() + n.text.size(), n.d);
        if (capturing()) {
            capture_double(n);
            return (after_capture_scalar() && !stopped_) || fail(ec);
        }
        return direct_number(n, [&] { capture_double(n); }) || fail(ec);
    }
    bool on_bool(bool b, boost::system::error_code& ec) {
        event_ = json_kind::boolean;
        if (capturing()) {
            capture_->push_bool(b);
            return after_capture_scalar();
        }
        return scalar([&](const type_ops& o, void* p) { return o.on_bool ? o.on_bool(p, b) : conv::wrong_type; },
                      b ? "the boolean true" : "the boolean false", [&] { capture_->push_bool(b); },
                      b ? "true" : "false") ||
               fail(ec);
    }
    bool on_null(boost::system::error_code& ec) {
        event_ = json_kind::null;
        if (capturing()) {
            capture_->push_null();
            return after_capture_scalar();
        }
        slot s = next_slot();
        if (s.mode == slot::skip) return !stopped_ || fail(ec);
        if (s.mode == slot::capture) {
            start_capture(s);
            capture_->push_null();
            return after_capture_scalar() || fail(ec);
        }
        if (reaches_nullable(s.ops)) {
            // Only the optionals around the nullable engage: the nullable itself takes the null.
            if (!frames_.empty() && frames_.back().kind == frame::list && s.target == nullptr)
                s.target = frames_.back().ops->append(frames_.back().target);
            while (!s.ops->on_null) {
                s.target = s.ops->engage(s.target);
                s.ops = s.ops->inner;
            }
            s.ops->on_null(s.target);
            return !stopped_ || fail(ec);
        }
        if (takes_null(s.ops)) {
            void* p = address_of(s);
            start_raw(s.ops, p);
            capture_->push_null();
            return after_capture_scalar() || fail(ec);
        }
        report(rules::wrong_type, cat("expected ", describe(*s.ops),
                                      ", got null; AWS does not accept null: leave the member out instead"));
        return !stopped_ || fail(ec);
    }

    // --- results ---------------------------------------------------------------------------
    /// The JSON Pointer of the value being read; used for syntax errors too.
    std::string pointer() const {
        std::string p;
        // keys_ grows only when a map key or an unknown name is first kept at a depth.
        static const std::string no_key;
        for (std::size_t i = 0; i < frames_.size(); ++i) append_child(p, frames_[i], i < keys_.size() ? keys_[i] : no_key);
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
        // choosing: an object whose one_of alternative its first key decides
        enum kind_t : unsigned char { structure, list, map, skip, capture, choosing } kind;
        const type_ops* ops;
        void* target;
        std::uint64_t seen[2];
        std::size_t index;  // list: elements so far; structure/map: keys so far; skip/capture: nesting depth
        std::int64_t min;   // list: botocore's min length
        const field_entry* field; // structure: the member being read
        extra_members* extras;    // capture: where the member goes
    };

    const decode_options& opt_;
    diagnostics& out_;
    slot root_;
    bool root_used_ = false;
    std::vector<frame> frames_;
    slot pending_{nullptr, nullptr, nullptr, slot::skip};
    std::string part_;
    std::string number_part_;
    std::string number_text_;
    std::string shown_;
    std::int64_t current_min_ = no_min;
    std::size_t errors_ = 0;
    std::size_t element_bytes_ = 0;
    bool stopped_ = false;
    std::unique_ptr<boost::json::value_stack> capture_;
    bool capture_active_ = false;
    json_kind event_ = json_kind::null; // what the current event starts, for a one_of's choice

    bool fail(boost::system::error_code& ec) {
        if (stopped_) ec = boost::json::error::exception; // our own stop: too many findings
        return false;
    }

    // one reusable key string per depth instead of one std::string in every frame.
    std::vector<std::string> keys_;
    std::string& key_here() {
        if (keys_.size() < frames_.size()) keys_.resize(frames_.size() + 8);
        return keys_[frames_.size() - 1];
    }
    static void append_child(std::string& p, const frame& f, const std::string& key) {
        // Before its first key or element a container is itself the position ("" is a valid key).
        if (f.index == 0 && (f.kind == frame::structure || f.kind == frame::map || f.kind == frame::list ||
                             f.kind == frame::choosing))
            return;
        switch (f.kind) {
        case frame::structure:
            if (f.field)
                append_token(p, f.field->name);
            else
                append_token(p, key);
            break;
        case frame::map: append_token(p, key); break;
        case frame::list: p += cat('/', f.index - 1); break;
        case frame::skip:
        case frame::capture:
        case frame::choosing: break;
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
    // Counts one more list or map element against max_element_bytes; past it, decoding stops.
    bool charge(std::size_t bytes) {
        element_bytes_ += bytes;
        if (element_bytes_ <= opt_.max_element_bytes) return true;
        report(rules::limit, cat("the lists and maps of this document would take more than ", opt_.max_element_bytes,
                                 " bytes (decode_options::max_element_bytes); decoding stopped here"));
        stopped_ = true;
        return false;
    }

    void min_violation(std::string what) { report(rules::min, cat("the value ", what)); }

    // The whole text of a number; the parser splits one only across separate writes.
    std::string_view number_text(std::string_view last) {
        if (number_part_.empty()) return last;
        number_text_.assign(number_part_).append(last.data(), last.size());
        number_part_.clear();
        return number_text_;
    }

    // A number as the document wrote it, for messages; a replayed DOM has only the value.
    std::string_view shown_text(const number& n) {
        if (!n.text.empty()) return n.text;
        if (n.kind == number::int64)
            shown_ = cat(n.i);
        else if (n.kind == number::uint64)
            shown_ = cat(n.u);
        else {
            char buf[32];
            auto r = std::to_chars(buf, buf + sizeof buf, n.d);
            shown_.assign(buf, r.ptr);
        }
        return shown_;
    }

    // At most 60 bytes of a value, cut at a character boundary.
    static std::string excerpt(std::string_view v) {
        if (v.size() <= 60) return std::string(v);
        std::size_t n = 57;
        while (n > 0 && (static_cast<unsigned char>(v[n]) & 0xC0) == 0x80) --n;
        return cat(v.substr(0, n), "...");
    }

    static std::string range_of(const type_ops& o) {
        if (!o.integer_signed)
            return cat("0 to ", o.integer_bits >= 64 ? UINT64_MAX : (std::uint64_t(1) << o.integer_bits) - 1);
        std::int64_t max = o.integer_bits >= 64 ? INT64_MAX : (std::int64_t(1) << (o.integer_bits - 1)) - 1;
        return cat(-max - 1, " to ", max);
    }

    static std::string out_of_range_message(const type_ops& o, std::string_view shown) {
        switch (o.shape) {
        case shape_kind::integer:
            return cat("the number ", shown, " does not fit this member, a ", o.integer_bits, "-bit integer (",
                       range_of(o), ")");
        case shape_kind::timestamp:
            return cat("the timestamp ", shown,
                       " lies outside the years 0001 to 9999, the range both wire forms of a timestamp can write");
        default:
            return cat("the number ", shown,
                       " does not fit a double-precision number (at most about 1.8e308); JSON cannot write infinity");
        }
    }
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
            if (!charge(top.ops->element_size)) return {nullptr, nullptr, nullptr, slot::skip};
            return {nullptr, top.ops->element, nullptr, slot::value};
        }
        default: return {nullptr, nullptr, nullptr, slot::skip};
        }
    }

    // A list element is created only once its value starts, so the address is resolved here.
    void* address_of(slot& s) {
        if (!frames_.empty() && frames_.back().kind == frame::list && s.target == nullptr && s.mode == slot::value)
            s.target = frames_.back().ops->append(frames_.back().target);
        for (;;) {
            while (s.ops->engage) {
                s.target = s.ops->engage(s.target);
                s.ops = s.ops->inner;
            }
            // A one_of takes the alternative for this kind of JSON value; objects that several
            // alternatives take wait for their first key. When none takes it, the one_of stays,
            // and takes no value: the caller reports what it expected.
            if (!s.ops->choose || (event_ == json_kind::object && s.ops->objects_by_key)) return s.target;
            const type_ops* alternative = nullptr;
            void* t = s.ops->choose(s.target, event_, &alternative);
            if (!t) return s.target;
            s.target = t;
            s.ops = alternative;
        }
    }

    void start_capture(const slot& s) {
        if (!capture_) capture_ = std::make_unique<boost::json::value_stack>();
        capture_->reset();
        capture_active_ = true;
        frames_.push_back(frame{frame::capture, nullptr, nullptr, {0, 0}, 0, no_min, nullptr, nullptr}); key_here().clear();
        frames_.back().extras = static_cast<extra_members*>(s.target);
        key_here() = pending_key_;
    }
    // A raw member is captured as a kept unknown one is, and handed to its own type at the end.
    void start_raw(const type_ops* ops, void* target) {
        if (!capture_) capture_ = std::make_unique<boost::json::value_stack>();
        capture_->reset();
        capture_active_ = true;
        frames_.push_back(frame{frame::capture, ops, target, {0, 0}, 0, no_min, nullptr, nullptr});
        key_here().clear();
    }
    static bool reaches_nullable(const type_ops* o) noexcept {
        for (;; o = o->inner) {
            if (o->on_null) return true;
            if (!o->engage) return false;
        }
    }
    // Whether null has a taker here: only a raw value (possibly as a one_of's alternative) does.
    static bool takes_null(const type_ops* o) noexcept {
        while (o->inner) o = o->inner;
        if (o->shape == shape_kind::raw) return true;
        if (o->shape != shape_kind::one_of) return false;
        for (std::size_t i = 0; i < o->alternative_count; ++i)
            if (takes_null(o->alternatives[i])) return true;
        return false;
    }
    std::string pending_key_;

    // A kept member is written back as JSON, which has no infinity: 1e400 cannot be kept.
    void capture_double(const number& n) {
        if (!std::isfinite(n.d)) {
            report(rules::wrong_type, cat("the number ", excerpt(shown_text(n)),
                                          " is beyond a double's range (about 1.8e308), so this ",
                                          frames_.back().ops ? "value" : "unknown member", " cannot be kept"));
            capture_->push_double(0);
            return;
        }
        capture_->push_double(n.d);
    }

    bool after_capture_scalar() {
        frame& f = frames_.back();
        if (f.index == 0) finish_capture();
        return true;
    }
    void finish_capture() {
        frame f = frames_.back();
        std::string key = std::move(key_here());
        frames_.pop_back();
        capture_active_ = false;
        boost::json::value v = capture_->release();
        if (f.ops)
            f.ops->take_json(f.target, std::move(v));
        else
            f.extras->push_back({std::move(key), boost::json::serialize(v)});
    }

    template <class Conv, class Capture>
    bool scalar(Conv&& conv_fn, std::string_view got, Capture&& capture, std::string_view shown, bool quoted = false) {
        slot s = next_slot();
        if (s.mode == slot::skip) return !stopped_;
        if (s.mode == slot::capture) {
            start_capture(s);
            capture();
            return after_capture_scalar() && !stopped_;
        }
        void* p = address_of(s);
        if (s.ops->shape == shape_kind::raw) {
            start_raw(s.ops, p);
            capture();
            return after_capture_scalar() && !stopped_;
        }
        conv c = conv_fn(*s.ops, p);
        if (c != conv::ok) report_conv(c, *s.ops, got, shown, quoted);
        return !stopped_;
    }

    void report_conv(conv c, const type_ops& o, std::string_view got, std::string_view shown, bool quoted) {
        switch (c) {
        case conv::ok: break;
        case conv::wrong_type:
            report(rules::wrong_type, cat("expected ", describe(o), ", got ", got, quoted ? " (\"" : " (",
                                          excerpt(shown), quoted ? "\")" : ")"));
            break;
        case conv::out_of_range: report(rules::wrong_type, out_of_range_message(o, excerpt(shown))); break;
        case conv::bad_timestamp:
            report(rules::wrong_type, cat("expected a timestamp: ISO 8601 such as 2024-01-02T03:04:05Z, or epoch seconds; got \"",
                                          excerpt(shown), "\""));
            break;
        }
    }

    // Whether the next value, if it is this kind of scalar, can be stored by the target type's
    // one-step setter: a known member, a map entry or a list element whose type takes it.
    template <class Setter>
    bool takes_directly(Setter type_ops::*setter) const noexcept {
        if (capture_active_ || frames_.empty()) return false;
        const frame& top = frames_.back();
        switch (top.kind) {
        case frame::structure:
        case frame::map: return pending_.mode == slot::value && pending_.ops->*setter != nullptr;
        case frame::list: return top.ops->element->*setter != nullptr;
        default: return false;
        }
    }
    // The slot of a value takes_directly() accepted, its target created: a list's element is
    // appended here, an optional is left for the setter to engage.
    slot direct_slot(void*& target) {
        if (frames_.back().kind != frame::list) {
            // next_slot()'s member case, inline: this is the path of most values.
            slot s = pending_;
            pending_.mode = slot::skip;
            current_min_ = s.field ? s.field->min : no_min;
            target = s.target;
            return s;
        }
        slot s = next_slot();
        if (s.mode == slot::value) target = frames_.back().ops->append(frames_.back().target);
        return s;
    }

    template <class Capture>
    bool direct_number(const number& n, Capture&& capture) {
        if (!takes_directly(&type_ops::set_number)) return number_event(n, capture);
        void* p = nullptr;
        slot sl = direct_slot(p);
        if (sl.mode == slot::skip) return !stopped_;
        conv c = sl.ops->set_number(p, n);
        if (c != conv::ok)
            report_conv(c, *sl.ops, n.kind == number::real ? "a number with a fraction or exponent" : "a number",
                        shown_text(n), false);
        else if (current_min_ != no_min && number_as_double(n) < static_cast<double>(current_min_))
            min_violation(cat("is below the minimum ", current_min_));
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
            n.kind == number::real ? "a number with a fraction or exponent" : "a number", capture, shown_text(n));
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
        void* direct = nullptr;
        slot s = frames_.empty() ? next_slot() : direct_slot(direct);
        if (s.mode == slot::skip) {
            frames_.push_back(frame{frame::skip, nullptr, nullptr, {0, 0}, 1, no_min, nullptr, nullptr});
            return !stopped_ || fail(ec);
        }
        if (s.mode == slot::capture) {
            start_capture(s);
            frames_.back().index = 1;
            return true;
        }
        std::int64_t min = current_min_;
        if (direct) s.target = direct; // a list's new element
        void* p = address_of(s);
        shape_kind want = s.ops->shape;
        if (want == shape_kind::raw) {
            start_raw(s.ops, p);
            frames_.back().index = 1;
            return true;
        }
        if (object && want == shape_kind::one_of && s.ops->objects_by_key) {
            // Which object alternative: the first key decides (key()), or end_container for {}.
            frames_.push_back(frame{frame::choosing, s.ops, p, {0, 0}, 0, no_min, nullptr, nullptr});
        } else if (object && want == shape_kind::structure) {
            frames_.push_back(frame{frame::structure, s.ops, p, {0, 0}, 0, no_min, nullptr, nullptr});
        } else if (object && want == shape_kind::map) {
            frames_.push_back(frame{frame::map, s.ops, p, {0, 0}, 0, no_min, nullptr, nullptr});
        } else if (!object && want == shape_kind::list) {
            frames_.push_back(frame{frame::list, s.ops, p, {0, 0}, 0, min, nullptr, nullptr});
        } else {
            report(rules::wrong_type, cat("expected ", describe(*s.ops), ", got ", object ? "an object" : "an array"));
            frames_.push_back(frame{frame::skip, nullptr, nullptr, {0, 0}, 1, no_min, nullptr, nullptr});
        }
        return !stopped_ || fail(ec);
    }

    // The object alternative of a one_of, chosen by the object's first key ("" for {}).
    void choose_object(frame& f, std::string_view first_key) {
        const type_ops* alternative = nullptr;
        void* t = f.ops->choose_by_key(f.target, first_key, &alternative);
        while (alternative->engage) {
            t = alternative->engage(t);
            alternative = alternative->inner;
        }
        f.target = t;
        f.ops = alternative;
        f.kind = alternative->shape == shape_kind::map ? frame::map : frame::structure;
    }

    bool end_container(bool object, std::size_t n, boost::system::error_code& ec) {
        frame& f = frames_.back();
        if (f.kind == frame::choosing) choose_object(f, "");
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
            std::size_t keys = f.index;
            frames_.pop_back();
            if (ops->single_member && keys == 0) {
                std::string names;
                for (std::size_t i = 0; i < ops->field_count; ++i) names += cat(i ? ", " : "", ops->fields[i].name);
                report(rules::required, cat("the object is empty; it holds exactly one of: ", names));
                return !stopped_ || fail(ec);
            }
            // one comparison with the type's mask of required members instead of a loop.
            if ((seen[0] & ops->required_mask[0]) == ops->required_mask[0] &&
                (seen[1] & ops->required_mask[1]) == ops->required_mask[1])
                return !stopped_ || fail(ec);
            for (std::size_t i = 0; i < ops->field_count; ++i) {
                const field_entry& fe = ops->fields[i];
                if (fe.required && !(seen[i / 64] >> (i % 64) & 1))
                    report(rules::required, cat("the required member \"", fe.name, "\" is missing"), fe.name);
            }
            return !stopped_ || fail(ec);
        } else if (f.kind == frame::list && f.ops->arity != 0 && n != f.ops->arity) {
            frame copy = std::move(f);
            frames_.pop_back();
            report(rules::wrong_type, cat("the array has ", n, n == 1 ? " element; it takes exactly " : " elements; it takes exactly ",
                                          copy.ops->arity, ": ", copy.ops->arity_shape));
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
        if (f.kind == frame::choosing) choose_object(f, k);
        ++f.index;
        if (f.kind == frame::map) {
            key_here().assign(k.data(), k.size());
            if (!charge(f.ops->element_size)) return false;
            // Without reject_duplicate_keys the last occurrence wins, as in botocore's json.loads.
            void* e = f.ops->insert(f.target, k, !opt_.reject_duplicate_keys);
            if (!e) {
                pending_ = {nullptr, nullptr, nullptr, slot::skip};
                report(rules::duplicate, cat("the key \"", k, "\" appears more than once in this object; keep one"));
                return !stopped_;
            }
            pending_ = {e, f.ops->element, nullptr, slot::value};
            return true;
        }
        if (f.ops->single_member && f.index > 1) {
            f.field = nullptr;
            key_here().assign(k.data(), k.size());
            pending_ = {nullptr, nullptr, nullptr, slot::skip};
            report(rules::unknown_member,
                   cat("\"", k, "\" is a second member; this object holds exactly one: remove all but one"));
            return !stopped_;
        }
        // structure: an open-addressing table per type, built when compiled, instead of
        // comparing the key with every member name.
        for (std::size_t h = key_hash(k) & f.ops->slot_mask; f.ops->slots[h]; h = (h + 1) & f.ops->slot_mask) {
            std::size_t i = f.ops->slots[h] - 1u;
            const field_entry& fe = f.ops->fields[i];
            if (fe.name.size() == k.size() && same_bytes(fe.name.data(), k.data(), k.size())) {
                f.field = &fe;
                std::uint64_t bit = std::uint64_t(1) << (i % 64);
                if (f.seen[i / 64] & bit) {
                    if (opt_.reject_duplicate_keys) {
                        pending_ = {nullptr, nullptr, nullptr, slot::skip};
                        report(rules::duplicate,
                               cat("the member \"", k, "\" appears more than once; AWS would use only one of them: keep one"));
                        return !stopped_;
                    }
                    fe.reset(f.target); // the last occurrence wins
                }
                f.seen[i / 64] |= bit;
                if (f.ops->order) f.ops->order(f.target)->push(static_cast<std::uint8_t>(i));
                pending_ = {fe.address(f.target), fe.ops, &fe, slot::value};
                return true;
            }
        }
        f.field = nullptr;
        key_here().assign(k.data(), k.size());
        pending_ = {nullptr, nullptr, nullptr, slot::skip};
        unknown_members mode = opt_.unknown;
        if (mode == unknown_members::reject && f.ops->open_members && !opt_.strict) mode = unknown_members::keep;
        switch (mode) {
        case unknown_members::reject:
            report(rules::unknown_member, unknown_message(f, k));
            break;
        case unknown_members::ignore: break;
        case unknown_members::keep:
            if (f.ops->extras) {
                extra_members* extras = f.ops->extras(f.target);
                auto same = std::find_if(extras->begin(), extras->end(), [&](const extra_member& e) { return e.name == k; });
                if (same != extras->end()) {
                    if (opt_.reject_duplicate_keys) {
                        report(rules::duplicate, cat("the member \"", k, "\" appears more than once; keep one"));
                        return !stopped_;
                    }
                    extras->erase(same); // the last occurrence wins
                }
                pending_ = {extras, nullptr, nullptr, slot::capture};
                pending_key_.assign(k.data(), k.size());
                if (f.ops->order) f.ops->order(f.target)->push(member_order::extra_entry);
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
