// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_IAM_POLICY_HPP
#define AWSMODEL_IAM_POLICY_HPP

/// IAM policy documents: the values (iam/policy_document.hpp), their rules (iam/policy_rules.hpp),
/// and the document as IAM's API carries it, a string member: JSON text in requests, URL-encoded
/// JSON text in answers (`iam::policy_document_text`).
///
///   auto doc = core::decode<iam::policy_document>(text);            // from text
///   auto same = core::try_value_to<iam::policy_document>(json_value);  // from a boost::json::value
///   auto answer = iam::decode_url_encoded_policy(get_role_policy_document);
///   core::validate(*doc, core::validation_context{iam::trust_policy});
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html

#include <awsmodel/core/checker.hpp>
#include <awsmodel/core/codec_fwd.hpp>
#include <awsmodel/core/json.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/iam/policy_document.hpp>
#include <awsmodel/iam/policy_kind.hpp>
#include <awsmodel/iam/policy_rules.hpp>
#include <awsmodel/iam/url_encoding.hpp>
#include <awsmodel/shapes.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace awsmodel::iam {

/// Decodes the URL-encoded JSON of a policy, as GetRolePolicy and GetPolicyVersion return it.
inline core::result<policy_document> decode_url_encoded_policy(std::string_view text,
                                                                const core::decode_options& opt = {}) noexcept {
    std::optional<std::string> json;
    try {
        json = url_decode(text);
    } catch (...) {
        return core::result<policy_document>(
            core::diagnostics{{"", core::rules::limit.view(), core::severity::error, "out of memory"}});
    }
    if (!json) {
        constexpr core::rule_id rule = "IAM-029";
        return core::result<policy_document>(core::diagnostics{
            {"", rule.view(), core::severity::error,
             "the policy document is not URL-encoded text: a % is not followed by two hex digits"}});
    }
    return core::decode<policy_document>(*json, opt);
}

/// A policy document as a string member of an IAM API shape. The string is kept exactly as it
/// came (so it re-encodes unchanged); `document()` decodes it, percent-decoding first when
/// `UrlEncoded` (IAM's answers), and validation checks the document as a policy of `Use`'s kind,
/// reporting its findings below the member's pointer.
template <const policy_use& Use, bool UrlEncoded>
class policy_document_text {
public:
    using wire_type = std::string;
    static constexpr const policy_use& use = Use;
    static constexpr bool url_encoded = UrlEncoded;

    policy_document_text() = default;
    explicit policy_document_text(std::string wire) : wire_(std::move(wire)) {}
    static policy_document_text from_wire(std::string s) { return policy_document_text(std::move(s)); }
    /// The member holding `doc`, encoded (and URL-encoded when the member is).
    static policy_document_text from(const policy_document& doc) {
        std::string json = core::encode(doc);
        return policy_document_text(UrlEncoded ? url_encode(json) : std::move(json));
    }

    const std::string& wire() const noexcept { return wire_; }
    std::string_view wire_view() const noexcept { return wire_; }

    /// The document, with the decoder's findings.
    core::result<policy_document> document(const core::decode_options& opt = {}) const noexcept {
        if constexpr (UrlEncoded)
            return decode_url_encoded_policy(wire_, opt);
        else
            return core::decode<policy_document>(wire_, opt);
    }

    friend bool operator==(const policy_document_text&, const policy_document_text&) = default;

private:
    std::string wire_;
};

/// IAM-029: the member holds a policy document; the document's own findings follow, at the
/// member's pointer followed by the document's.
template <const policy_use& Use, bool UrlEncoded>
void validate_rules(const policy_document_text<Use, UrlEncoded>& t, core::checker_like auto& c) {
    auto r = t.document();
    for (const auto& d : r.diagnostics())
        c.add(core::rule_id::custom(d.rule), d.level, d.pointer, core::cat(d.message, " (in the policy document this member holds)"));
    if (!r) {
        if (r.diagnostics().empty()) c.error("IAM-029", "", "the member does not hold a policy document");
        return;
    }
    c.within(Use, [&] { core::codec<policy_document>::walk(*r, c); });
}

} // namespace awsmodel::iam

// The codecs of the shapes awsmodel/shapes.hpp lists for this header, extern with separate compilation.
AWSMODEL_EXTERN_CODECS(AWSMODEL_SHAPES_IAM_POLICY);

#endif
