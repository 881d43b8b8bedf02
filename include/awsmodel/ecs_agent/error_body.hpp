// awsmodel: strongly typed AWS ECS and EC2 resources.
// Distributed under the Boost Software License, Version 1.0.
#ifndef AWSMODEL_ECS_AGENT_ERROR_BODY_HPP
#define AWSMODEL_ECS_AGENT_ERROR_BODY_HPP

/// The body of an error response of the task metadata endpoint and the agent API (HTTP 400, 404,
/// 500): a bare JSON string (`"V4 container metadata handler: unable to get task arn from
/// request"`), not an object; the HTTP status is the error. amazon-ecs-agent
/// `ecs-agent/tmds/utils/utils.go` writes it with json.Marshal of the message.

#include <awsmodel/core/diagnostic.hpp>
#include <awsmodel/core/result.hpp>
#include <awsmodel/rules.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace awsmodel::ecs_agent {

/// The message of an error body; a finding when the body is not one JSON string.
inline core::result<std::string> decode_error_body(std::string_view body) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec)
        return core::result<std::string>(core::diagnostics{
            {"", core::rules::syntax, core::severity::error, "the error body is not JSON; the agent writes a JSON string"}});
    if (!v.is_string())
        return core::result<std::string>(core::diagnostics{
            {"", core::rules::wrong_type, core::severity::error,
             "the error body is not a JSON string, as the agent writes it (an object here would be another endpoint's answer)"}});
    return core::result<std::string>(std::string(v.get_string()));
}

} // namespace awsmodel::ecs_agent

#endif
