// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_DETAIL_TRANSLATE_HPP
#define AWSMODEL_CFN_DETAIL_TRANSLATE_HPP

// The walk that carries a CloudFormation property value to the API document and back, driven by
// the API type's field table: a CloudFormation name is the field's wire name with its first
// letter upper-cased, or the field's `.cfn` where CloudFormation spells it otherwise. Intrinsic
// functions have no value until CloudFormation resolves them, so the walk stands a placeholder
// of the member's type in their place (or leaves an optional member out) and remembers where;
// the validation driver (cfn/properties.hpp) runs the rules on several such stand-ins and keeps
// only what does not depend on them.

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/core/codec.hpp>
#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/fields.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <map>
#include <span>
#include <variant>
#include <string>
#include <string_view>
#include <vector>

namespace awsmodel::cfn {

/// Something of a document that the other form cannot hold, at its pointer in the document it
/// was read from (for a CloudFormation value, relative to `Properties`).
struct note {
    std::string pointer;
    std::string text;
    friend bool operator==(const note&, const note&) = default;
};

/// What a CloudFormation value holds that its API document cannot, kept so that the Properties
/// are written again as they were read (cfn/typed_properties.hpp).
enum class kept_kind {
    function,           ///< an intrinsic function, `{"Ref": "AWS::NoValue"}` among them
    dynamic_reference,  ///< a string holding `{{resolve:...}}`
    cloudformation_only, ///< a property CloudFormation has and the API document does not
    filled_in            ///< absent: a member the API requires and CloudFormation fills in
};

/// One such value at its pointer in the Properties read. `placeholder`: the API document holds
/// a stand-in at the same place (a required member, or a list element where the list could not
/// go without it), which the kept value replaces when written (or, for `filled_in`, which is
/// taken out); otherwise it is absent there.
struct kept_value {
    std::string pointer;
    boost::json::value value;
    kept_kind kind = kept_kind::function;
    bool placeholder = false;
    friend bool operator==(const kept_value&, const kept_value&) = default;
};

namespace detail {

/// Whether a JSON value is one intrinsic function: an object of one key, `Ref` or `Fn::...`.
inline bool is_function(const boost::json::value& v) noexcept {
    const auto* o = v.if_object();
    if (!o || o->size() != 1) return false;
    std::string_view k = o->begin()->key();
    return k == "Ref" || k.starts_with("Fn::");
}

/// A value CloudFormation resolves when it deploys: an intrinsic function, or a string holding a
/// dynamic reference (`{{resolve:ssm:/images/latest}}`, `{{resolve:secretsmanager:...}}`), which
/// it replaces by the parameter's or secret's value. Neither has a value to check yet.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
inline bool is_unresolved(const boost::json::value& v) noexcept {
    if (const auto* s = v.if_string()) return std::string_view(*s).find("{{resolve:") != std::string_view::npos;
    return is_function(v);
}

/// `{"Ref": "AWS::NoValue"}`: the member is absent (usually a branch of `Fn::If`).
inline bool is_no_value(const boost::json::value& v) noexcept {
    const auto* o = v.if_object();
    if (!o || o->size() != 1) return false;
    const auto* r = o->if_contains("Ref");
    return r && r->is_string() && r->as_string() == "AWS::NoValue";
}

/// CloudFormation's name of field `F`.
template <class F>
std::string cfn_name_of() {
    if constexpr (!F::options.cfn.empty()) {
        return std::string(F::options.cfn.view());
    } else {
        std::string n(F::name);
        if (!n.empty()) n[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(n[0])));
        return n;
    }
}

inline std::string join_pointer(std::string_view base, std::string_view token) {
    std::string p(base);
    core::append_token(p, token);
    return p;
}

/// Whether `pointer` is `pattern`, where a `*` token of the pattern stands for any token (an
/// element of a list).
inline bool pointer_matches(std::string_view pattern, std::string_view pointer) noexcept {
    while (!pattern.empty() && !pointer.empty()) {
        pattern.remove_prefix(1);
        pointer.remove_prefix(1);
        auto a = pattern.find('/'), b = pointer.find('/');
        std::string_view ta = pattern.substr(0, a), tb = pointer.substr(0, b);
        if (ta != "*" && ta != tb) return false;
        pattern = a == std::string_view::npos ? std::string_view() : pattern.substr(a);
        pointer = b == std::string_view::npos ? std::string_view() : pointer.substr(b);
    }
    return pattern.empty() && pointer.empty();
}

/// What one walk produced besides the document.
struct walk_state {
    /// 0: an optional member holding a function is left out; k > 0: each function is replaced
    /// by the k-th stand-in of its type (an enumeration's k-th value, ...).
    int variant = 0;
    /// Pointers of the document written (API when going to the API) to those read.
    std::map<std::string, std::string> pointers;
    /// Pointers (of the document written) where a function stood.
    std::vector<std::string> functions;
    /// The most stand-ins any function's type has: enumerations have one per value.
    int variants_wanted = 1;
    std::vector<note> notes;
    core::diagnostics findings;
    /// The resource's own differences, by the API pointer of the structure they apply to (the
    /// same API type may be two resources' Properties: RunInstances is an Instance's and a
    /// launch template's data).
    std::span<const scoped_differences> scopes{};
    /// Whether a property CloudFormation's schema requires and the API does not is a finding:
    /// for validation, not for a conversion (the API document is whole without it).
    bool check_cfn_required = true;
    /// Reading typed Properties: what the API document cannot hold goes to `kept` (at pointers
    /// of the Properties walked) instead of notes; an optional member, a map value or (unless
    /// `placeholders_in_lists`) a list element holding a function is left out, a required member
    /// gets the stand-in `variant - 1`.
    bool keep = false;
    bool placeholders_in_lists = false;
    std::vector<kept_value> kept;

    void keep_value(std::string_view cfn, const boost::json::value& v, bool placeholder);

    const difference* find(std::string_view api_pointer, bool cfn_side, std::string_view name) const noexcept {
        for (const scoped_differences& sc : scopes)
            if (pointer_matches(sc.api_pointer, api_pointer))
                if (const difference* d = find_difference(cfn_side ? sc.cfn_only : sc.api_only, name)) return d;
        return nullptr;
    }
};

inline void walk_state::keep_value(std::string_view cfn, const boost::json::value& v, bool placeholder) {
    kept_kind kind = is_function(v) ? kept_kind::function : kept_kind::dynamic_reference;
    kept.push_back({std::string(cfn), v, kind, placeholder});
}

template <class T>
constexpr std::size_t enumerator_count() {
    if constexpr (core::codec_kind_of<T>() == core::codec_kind::optional)
        return enumerator_count<typename T::value_type>();
    else if constexpr (core::codec_kind_of<T>() == core::codec_kind::enumeration)
        return wire_names(typename T::enum_type{}).size();
    else
        return 0;
}

/// A value of type T that decodes: the k-th of its kind where the kind has several.
template <class T>
boost::json::value stand_in(int k, std::int64_t min = core::no_min) {
    constexpr core::codec_kind kind = core::codec_kind_of<T>();
    using K = core::codec_kind;
    if constexpr (kind == K::optional) {
        return stand_in<typename T::value_type>(k, min);
    } else if constexpr (kind == K::structure) {
        boost::json::object o;
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            if constexpr (F::required) o[F::name] = stand_in<typename F::value_type>(k, F::min);
        });
        return o;
    } else if constexpr (kind == K::list) {
        boost::json::array a;
        for (std::int64_t i = 0; i < std::max<std::int64_t>(min, 0); ++i)
            a.push_back(stand_in<typename T::value_type>(k));
        return a;
    } else if constexpr (kind == K::map) {
        return boost::json::object();
    } else if constexpr (kind == K::enumeration) {
        constexpr auto names = wire_names(typename T::enum_type{});
        return boost::json::string(names[static_cast<std::size_t>(k) % names.size()]);
    } else if constexpr (kind == K::boolean) {
        return k % 2 == 1;
    } else if constexpr (kind == K::integer) {
        return std::max<std::int64_t>(min, 1) + k;
    } else if constexpr (kind == K::number) {
        return 1.0 + k;
    } else if constexpr (kind == K::scalar) {
        using W = std::remove_cvref_t<typename T::wire_type>;
        if constexpr (std::is_same_v<W, std::string> || std::is_same_v<W, std::string_view>)
            return boost::json::string(std::string(std::size_t(std::max<std::int64_t>(min, 1)), char('a' + k % 26)));
        else
            return stand_in<W>(k, min);
    } else if constexpr (kind == K::one_of) {
        return stand_in<std::variant_alternative_t<0, typename T::variant_type>>(k, min);
    } else if constexpr (kind == K::timestamp) {
        return 0;
    } else {
        return boost::json::string(std::string(std::size_t(std::max<std::int64_t>(min, 1)), char('a' + k % 26)));
    }
}

/// The text CloudFormation passes for a number or boolean given where a string is taken
/// (`Cpu: 512` is "512"): the shortest decimal form, as YAML and JSON readers write it.
inline boost::json::value as_text(const boost::json::value& in) {
    char buf[32];
    char* end = buf;
    if (in.is_bool()) return boost::json::string(in.get_bool() ? "true" : "false");
    if (in.is_int64()) end = std::to_chars(buf, buf + sizeof buf, in.get_int64()).ptr;
    else if (in.is_uint64()) end = std::to_chars(buf, buf + sizeof buf, in.get_uint64()).ptr;
    else if (in.is_double()) end = std::to_chars(buf, buf + sizeof buf, in.get_double()).ptr;
    else return in;
    return boost::json::string(std::string_view(buf, static_cast<std::size_t>(end - buf)));
}

/// CloudFormation converts scalars to the property's type: "80" and "true" where the API takes
/// a number or a boolean, and 512 or true where it takes a string; the API document gets the
/// value its type takes.
template <class T>
boost::json::value coerce_leaf(const boost::json::value& in) {
    constexpr core::codec_kind kind = core::codec_kind_of<T>();
    using K = core::codec_kind;
    const auto* s = in.if_string();
    if (!s) {
        if constexpr (kind == K::string || kind == K::text || kind == K::enumeration) {
            return as_text(in);
        } else if constexpr (kind == K::scalar) {
            using W = std::remove_cvref_t<typename T::wire_type>;
            if constexpr (std::is_convertible_v<W, std::string_view>) return as_text(in);
            else return in;
        } else {
            return in;
        }
    }
    std::string_view t(*s);
    auto as_int = [&]() -> boost::json::value {
        std::int64_t n = 0;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
        if (ec == std::errc() && p == t.data() + t.size() && !t.empty()) return n;
        return in;
    };
    if constexpr (kind == K::integer) {
        return as_int();
    } else if constexpr (kind == K::boolean) {
        if (t == "true") return true;
        if (t == "false") return false;
        return in;
    } else if constexpr (kind == K::scalar) {
        using W = std::remove_cvref_t<typename T::wire_type>;
        if constexpr (std::is_integral_v<W> && !std::is_same_v<W, bool>) return as_int();
        else return in;
    } else {
        return in;
    }
}

template <class T>
void to_api(const boost::json::value& in, boost::json::value& out, walk_state& s, const std::string& api,
            const std::string& cfn);

/// The members of a structure: CloudFormation's names to the API's.
template <class T>
void struct_to_api(const boost::json::object& in, boost::json::object& out, walk_state& s, const std::string& api,
                   const std::string& cfn) {
    // Each member's pointer is known even when it is absent, so that a "required" finding
    // names the property as CloudFormation spells it.
    boost::hana::for_each(T::fields(), [&](auto f) {
        using F = decltype(f);
        s.pointers[join_pointer(api, F::name)] = join_pointer(cfn, cfn_name_of<F>());
    });
    for (const auto& kv : in) {
        std::string_view key = kv.key();
        bool found = false;
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            if (found || key != cfn_name_of<F>()) return;
            found = true;
            std::string a = join_pointer(api, F::name);
            std::string c = join_pointer(cfn, key);
            const difference* api_only = find_difference(differences<T>::api_only, F::name);
            if (!api_only) api_only = s.find(api, false, F::name);
            if (api_only) {
                s.findings.push_back({c, core::rules::unknown_member, core::severity::error,
                                      core::cat("'", key, "' is the API's, not a CloudFormation property here: ", api_only->reason)});
                return;
            }
            if (is_no_value(kv.value())) {
                if (s.keep) s.keep_value(c, kv.value(), false);
                return;
            }
            if (is_unresolved(kv.value())) {
                s.functions.push_back(a);
                s.variants_wanted = std::max(s.variants_wanted, int(enumerator_count<typename F::value_type>()) + 1);
                bool placed = F::required || (s.variant > 0 && !s.keep);
                if (s.keep) s.keep_value(c, kv.value(), placed);
                if (!placed) return;
                out[F::name] = stand_in<typename F::value_type>(std::max(s.variant - 1, 0), F::min);
                return;
            }
            to_api<typename F::value_type>(kv.value(), out[F::name], s, a, c);
        });
        if (found) continue;
        const difference* d = find_difference(differences<T>::cfn_only, key);
        if (!d) d = s.find(api, true, key);
        if (d) {
            if (s.keep) s.kept.push_back({join_pointer(cfn, key), kv.value(), kept_kind::cloudformation_only, false});
            else s.notes.push_back({join_pointer(cfn, key), core::cat(key, " is not carried over to the API document: ", d->reason)});
            continue;
        }
        std::string known;
        boost::hana::for_each(T::fields(), [&](auto f) {
            known += known.empty() ? "" : ", ";
            known += cfn_name_of<decltype(f)>();
        });
        s.findings.push_back({join_pointer(cfn, key), core::rules::unknown_member, core::severity::error,
                              core::cat("'", key, "' is not a CloudFormation property here; the properties are ", known)});
    }
    auto require = [&](const difference& d) {
        if (s.check_cfn_required && !in.contains(d.name))
            s.findings.push_back({join_pointer(cfn, d.name), core::rules::required, core::severity::error,
                                  core::cat("'", d.name, "' is required: ", d.reason)});
    };
    for (const difference& d : cfn_required_of<T>()) require(d);
    for (const scoped_differences& sc : s.scopes)
        if (pointer_matches(sc.api_pointer, api))
            for (const difference& d : sc.cfn_required) require(d);
}

template <class T>
void from_api(const boost::json::value& in, boost::json::value& out, walk_state& s, const std::string& api,
              const std::string& cfn);

template <class T>
void struct_from_api(const boost::json::object& in, boost::json::object& out, walk_state& s, const std::string& api,
                     const std::string& cfn) {
    for (const auto& kv : in) {
        std::string_view key = kv.key();
        bool found = false;
        boost::hana::for_each(T::fields(), [&](auto f) {
            using F = decltype(f);
            if (found || key != F::name) return;
            found = true;
            const difference* d = find_difference(differences<T>::api_only, key);
            if (!d) d = s.find(api, false, key);
            if (d) {
                s.notes.push_back({join_pointer(api, key),
                                   core::cat(key, " has no CloudFormation property: ", d->reason)});
                return;
            }
            std::string c = cfn_name_of<F>();
            from_api<typename F::value_type>(kv.value(), out[c], s, join_pointer(api, key), join_pointer(cfn, c));
        });
        // A member the API type does not have was kept by the decoder (unknown_members::keep):
        // CloudFormation has no name for it either.
        if (!found) s.notes.push_back({join_pointer(api, key), core::cat(key, " is not modelled; left out")});
    }
}

/// One value either way: to the API document (`ToApi`) or from it. `read` and `written` are the
/// pointers of the value in the document read and in the one written.
template <bool ToApi, class T>
void walk(const boost::json::value& in, boost::json::value& out, walk_state& s, const std::string& read,
          const std::string& written) {
    constexpr core::codec_kind kind = core::codec_kind_of<T>();
    using K = core::codec_kind;
    const std::string& api = ToApi ? written : read;
    const std::string& cfn = ToApi ? read : written;
    if constexpr (ToApi) {
        s.pointers[api] = cfn;
        if (is_unresolved(in)) { // an element of a list or a map value
            s.functions.push_back(api);
            s.variants_wanted = std::max(s.variants_wanted, int(enumerator_count<T>()) + 1);
            if (s.keep) s.keep_value(cfn, in, true);
            out = stand_in<T>(std::max(s.variant - 1, 0));
            return;
        }
    } else {
        s.pointers[cfn] = api;
    }
    if constexpr (kind == K::optional) {
        walk<ToApi, typename T::value_type>(in, out, s, read, written);
    } else if constexpr (kind == K::structure) {
        const auto* o = in.if_object();
        if (!o) out = in; // the decoder says what was expected
        else if constexpr (ToApi) struct_to_api<T>(*o, out.emplace_object(), s, api, cfn);
        else struct_from_api<T>(*o, out.emplace_object(), s, api, cfn);
    } else if constexpr (kind == K::list) {
        const auto* a = in.if_array();
        if (!a) {
            out = in;
            return;
        }
        boost::json::array& r = out.emplace_array();
        r.reserve(a->size());
        for (std::size_t i = 0; i < a->size(); ++i) {
            if (ToApi && is_no_value((*a)[i])) { // the element is left out
                if (s.keep) s.keep_value(join_pointer(read, std::to_string(i)), (*a)[i], false);
                continue;
            }
            if (ToApi && s.keep && !s.placeholders_in_lists && is_unresolved((*a)[i])) {
                s.functions.push_back(join_pointer(written, std::to_string(r.size())));
                s.keep_value(join_pointer(read, std::to_string(i)), (*a)[i], false);
                continue;
            }
            r.emplace_back(nullptr);
            walk<ToApi, typename T::value_type>((*a)[i], r.back(), s, join_pointer(read, std::to_string(i)),
                                                join_pointer(written, std::to_string(r.size() - 1)));
        }
    } else if constexpr (kind == K::map) {
        const auto* o = in.if_object();
        if (!o) {
            out = in;
            return;
        }
        boost::json::object& r = out.emplace_object();
        for (const auto& kv : *o) {
            if (ToApi && s.keep && is_unresolved(kv.value())) {
                s.functions.push_back(join_pointer(written, kv.key()));
                s.keep_value(join_pointer(read, kv.key()), kv.value(), false);
                continue;
            }
            walk<ToApi, typename T::mapped_type>(kv.value(), r[kv.key()], s, join_pointer(read, kv.key()),
                                                 join_pointer(written, kv.key()));
        }
    } else if constexpr (ToApi) {
        out = coerce_leaf<T>(in);
    } else {
        out = in;
    }
}

template <class T>
void to_api(const boost::json::value& in, boost::json::value& out, walk_state& s, const std::string& api,
            const std::string& cfn) {
    walk<true, T>(in, out, s, cfn, api);
}

template <class T>
void from_api(const boost::json::value& in, boost::json::value& out, walk_state& s, const std::string& api,
              const std::string& cfn) {
    walk<false, T>(in, out, s, api, cfn);
}

/// `pointer` of the written document as a pointer of the document read: its longest prefix the
/// walk recorded, and the rest unchanged.
inline std::string map_pointer(const std::map<std::string, std::string>& pointers, std::string_view pointer) {
    std::string_view p = pointer;
    while (true) {
        if (auto it = pointers.find(std::string(p)); it != pointers.end())
            return it->second + std::string(pointer.substr(p.size()));
        if (p.empty()) return std::string(pointer);
        p = p.substr(0, p.rfind('/'));
    }
}

/// Whether a finding at `pointer` may depend on the function at `function`: it is at the
/// function, inside it, or at a value that contains it.
inline bool related(std::string_view pointer, std::string_view function) noexcept {
    auto prefix = [](std::string_view outer, std::string_view inner) {
        return inner.starts_with(outer) && (inner.size() == outer.size() || inner[outer.size()] == '/');
    };
    return prefix(function, pointer) || prefix(pointer, function);
}

} // namespace detail
} // namespace awsmodel::cfn

#endif
