// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_CFN_EC2_KEY_PAIR_HPP
#define AWSMODEL_CFN_EC2_KEY_PAIR_HPP

// AWS::EC2::KeyPair is one of two requests: with `PublicKeyMaterial` CloudFormation imports the
// key (ImportKeyPair), without it creates one (CreateKeyPair). The key pair's tags are `Tags`.
// The imported key is text in CloudFormation ("ssh-ed25519 AAAA..."), and base64 of that text
// in the API request.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-keypair.html

#include <awsmodel/cfn/differences.hpp>
#include <awsmodel/cfn/tags.hpp>
#include <awsmodel/core/base64.hpp>
#include <awsmodel/ec2/key_pair.hpp>

#include <array>
#include <string_view>

namespace awsmodel::cfn {

namespace detail {
inline constexpr difference key_pair_read_only[] = {
    detail::read_only("KeyPairId"),
    detail::read_only("KeyFingerprint"),
};
} // namespace detail

/// AWS::EC2::KeyPair without PublicKeyMaterial: CreateKeyPair.
struct ec2_key_pair {
    static constexpr std::string_view type = "AWS::EC2::KeyPair";
    static constexpr std::string_view request = "CreateKeyPair";
    using api_type = ec2::create_key_pair_request;
    static constexpr std::array<difference, 3> cfn_only{{
        detail::key_pair_read_only[0],
        detail::key_pair_read_only[1],
        {"PublicKeyMaterial", "a key pair with key material is imported: cfn::ec2_key_pair_import"},
    }};
    static constexpr std::array<difference, 1> api_only{{{"DryRun", "CloudFormation never makes a dry run"}}};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};

    static bool takes(const boost::json::value& properties) {
        const auto* o = properties.if_object();
        return !o || !o->contains("PublicKeyMaterial");
    }
    static void reshape_to_api(detail::reshaper& r) { tags_to_specification(r, "key-pair"); }
    static void reshape_to_cfn(boost::json::object& props, std::vector<note>& notes) {
        tags_from_specification(props, "key-pair", notes);
    }
    static void describe_reshaped(boost::json::object& o) { describe_tags_for_specification(o); }
};

/// AWS::EC2::KeyPair with PublicKeyMaterial: ImportKeyPair.
struct ec2_key_pair_import {
    static constexpr std::string_view type = "AWS::EC2::KeyPair";
    static constexpr std::string_view request = "ImportKeyPair";
    using api_type = ec2::import_key_pair_request;
    static constexpr std::array<difference, 4> cfn_only{{
        detail::key_pair_read_only[0],
        detail::key_pair_read_only[1],
        {"KeyType", "an imported key's type is the material's; ImportKeyPair takes none"},
        {"KeyFormat", "the format of a created private key; an imported key has no private key in AWS"},
    }};
    static constexpr std::array<difference, 1> api_only{{{"DryRun", "CloudFormation never makes a dry run"}}};
    static constexpr std::array<scoped_differences, 1> scopes{{{"", cfn_only, api_only}}};

    static bool takes(const boost::json::value& properties) { return !ec2_key_pair::takes(properties); }
    static void reshape_to_api(detail::reshaper& r) {
        tags_to_specification(r, "key-pair");
        // the API's blob is base64 of the key's text; a function stays one (the walk leaves it out)
        if (auto* m = r.props.if_contains("PublicKeyMaterial"); m && m->is_string())
            *m = boost::json::string(core::base64_encode(std::string_view(m->as_string())));
    }
    static void reshape_to_cfn(boost::json::object& props, std::vector<note>& notes) {
        tags_from_specification(props, "key-pair", notes);
        if (auto* m = props.if_contains("PublicKeyMaterial"); m && m->is_string()) {
            core::base64_decoded text = core::base64_decode(std::string_view(m->as_string()));
            if (text) *m = boost::json::string(text.bytes);
        }
    }
    static void describe_reshaped(boost::json::object& o) { describe_tags_for_specification(o); }
};

} // namespace awsmodel::cfn

#endif
