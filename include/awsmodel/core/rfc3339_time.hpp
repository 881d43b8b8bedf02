// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CORE_RFC3339_TIME_HPP
#define AWSMODEL_CORE_RFC3339_TIME_HPP

// A point in time as Go's encoding/json writes a time.Time (RFC 3339 with 0 to 9 fractional
// digits, the trailing zeros of the fraction dropped: `2020-10-02T00:43:06.31288465Z`), kept as
// the text it came in, so that a document re-encodes byte for byte. Go's zero time,
// `0001-01-01T00:00:00Z`, is what the ECS agent writes for a time it does not have (stats
// `read` and `preread` of a container without stats), and `is_zero()` says so.
// core::timestamp is the AWS APIs' form (microseconds, milliseconds written back); this type
// has nanoseconds, which Docker's stats need for rates.

#include <awsmodel/core/codec.hpp>
#include <awsmodel/core/timestamp.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace awsmodel::core {

/// Seconds since 1970 in UTC and nanoseconds within the second: years 0001 to 9999 fit, which
/// one 64-bit count of nanoseconds would not (it spans 1678 to 2262).
struct rfc3339_instant {
    std::chrono::sys_seconds seconds{};
    std::uint32_t nanoseconds = 0;
    friend constexpr auto operator<=>(const rfc3339_instant&, const rfc3339_instant&) = default;
};

/// RFC 3339 date-time, section 5.6: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to 9
/// digits, and `Z` or `+hh:mm`/`-hh:mm` (T and Z in either case). Nothing else: Go's
/// time.Time.UnmarshalJSON accepts the same.
constexpr std::optional<rfc3339_instant> parse_rfc3339(std::string_view s) noexcept {
    using namespace std::chrono;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (s.size() < 20 || !detail::digits(s, 0, 4, y) || s[4] != '-' || !detail::digits(s, 5, 2, mo) || s[7] != '-' ||
        !detail::digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't') || !detail::digits(s, 11, 2, h) ||
        s[13] != ':' || !detail::digits(s, 14, 2, mi) || s[16] != ':' || !detail::digits(s, 17, 2, sec))
        return std::nullopt;
    std::size_t pos = 19;
    std::uint32_t nanos = 0;
    if (s[pos] == '.') {
        ++pos;
        std::size_t start = pos;
        std::uint32_t scale = 100000000;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (pos - start == 9) return std::nullopt; // Go writes at most nanoseconds
            nanos += static_cast<std::uint32_t>(s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start) return std::nullopt;
    }
    if (pos >= s.size()) return std::nullopt;
    int offset_minutes = 0;
    if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
        // UTC
    } else if ((s[pos] == '+' || s[pos] == '-') && pos + 6 == s.size()) {
        int oh = 0, om = 0;
        if (!detail::digits(s, pos + 1, 2, oh) || s[pos + 3] != ':' || !detail::digits(s, pos + 4, 2, om) || oh > 23 ||
            om > 59)
            return std::nullopt;
        offset_minutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (y < 1 || !ymd.ok() || h > 23 || mi > 59 || sec > 59) return std::nullopt; // Go refuses leap seconds
    auto t = sys_days(ymd) + std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(sec) -
             std::chrono::minutes(offset_minutes);
    return rfc3339_instant{time_point_cast<std::chrono::seconds>(t), nanos};
}

/// A Go time.Time on the wire: the text as sent and the instant it names.
class rfc3339_time {
public:
    using wire_type = std::string;
    rfc3339_time() = default;

    /// The text, when it is RFC 3339; nothing otherwise.
    static std::optional<rfc3339_time> parse(std::string_view text) {
        auto t = parse_rfc3339(text);
        if (!t) return std::nullopt;
        rfc3339_time r;
        r.text_.assign(text.data(), text.size());
        r.instant_ = *t;
        return r;
    }
    /// The instant as Go writes it in UTC: the fraction without trailing zeros, none when whole.
    static rfc3339_time from(rfc3339_instant t) {
        using namespace std::chrono;
        auto day_point = floor<days>(t.seconds);
        year_month_day ymd(day_point);
        hh_mm_ss tod(t.seconds - day_point);
        char buf[40];
        char* p = buf;
        auto put = [&](long v, int width) {
            for (int i = width - 1; i >= 0; --i, v /= 10) p[i] = static_cast<char>('0' + v % 10);
            p += width;
        };
        put(static_cast<int>(ymd.year()), 4);
        *p++ = '-';
        put(static_cast<unsigned>(ymd.month()), 2);
        *p++ = '-';
        put(static_cast<unsigned>(ymd.day()), 2);
        *p++ = 'T';
        put(tod.hours().count(), 2);
        *p++ = ':';
        put(tod.minutes().count(), 2);
        *p++ = ':';
        put(static_cast<long>(tod.seconds().count()), 2);
        if (t.nanoseconds) {
            *p++ = '.';
            long f = t.nanoseconds;
            int n = 9;
            while (f % 10 == 0) {
                f /= 10;
                --n;
            }
            put(f, n);
        }
        *p++ = 'Z';
        rfc3339_time r;
        r.text_.assign(buf, p);
        r.instant_ = t;
        return r;
    }
    /// Go's zero time, 0001-01-01T00:00:00Z.
    static rfc3339_time zero() { return *parse("0001-01-01T00:00:00Z"); }

    std::string_view text() const noexcept { return text_; }
    const std::string& wire() const noexcept { return text_; }
    rfc3339_instant instant() const noexcept { return instant_; }
    /// Go's zero time: the agent had no time to give.
    bool is_zero() const noexcept { return instant_ == zero_instant(); }
    /// Nanoseconds from `earlier` to this (negative when this is before it).
    std::int64_t nanoseconds_since(const rfc3339_time& earlier) const noexcept {
        return (instant_.seconds - earlier.instant_.seconds).count() * 1000000000LL +
               (static_cast<std::int64_t>(instant_.nanoseconds) - earlier.instant_.nanoseconds);
    }

    /// Equal when the texts are: `…:00Z` and `…:00.0Z`… name one instant but are not one value
    /// on the wire, and this type is about the wire.
    friend bool operator==(const rfc3339_time& a, const rfc3339_time& b) noexcept { return a.text_ == b.text_; }
    friend std::ostream& operator<<(std::ostream& os, const rfc3339_time& t) { return os << t.text_; }

private:
    static constexpr rfc3339_instant zero_instant() noexcept {
        using namespace std::chrono;
        return {sys_seconds(sys_days(year{1} / January / 1).time_since_epoch()), 0};
    }
    std::string text_ = "0001-01-01T00:00:00Z";
    rfc3339_instant instant_ = zero_instant();
};

template <>
struct codec<rfc3339_time> : scalar_checks<rfc3339_time> {
    static constexpr detail::type_ops decode_ops() noexcept {
        using namespace detail;
        type_ops o{};
        o.shape = shape_kind::string;
        o.on_string = +[](void* p, std::string_view s) -> conv {
            auto t = rfc3339_time::parse(s);
            if (!t) return conv::bad_timestamp;
            *static_cast<rfc3339_time*>(p) = std::move(*t);
            return conv::ok;
        };
        return o;
    }
    template <class Sink>
    static void encode(Sink& out, const rfc3339_time& v) {
        detail::write_escaped(out, v.text());
    }
    static void to_value(const rfc3339_time& v, boost::json::value& jv) { jv = boost::json::string_view(v.text()); }
    template <class Generator, class Bounds>
    static boost::json::object schema(Generator&, const Bounds&) {
        return boost::json::object{{"type", "string"}, {"format", "date-time"}};
    }
};

} // namespace awsmodel::core

#endif
