// Prints the RunInstances request (AWS CLI --cli-input-json form) that starts three ECS
// container instances on m7g.large, joining cluster "prod":
//
//   ecs_container_instances > launch.json
//   aws ec2 run-instances --cli-input-json file://launch.json
//
// m7g is Graviton (arm64), so the recipe picks the arm64 ECS-optimized Amazon Linux 2023 AMI;
// EC2 resolves its public parameter to the current AMI id at launch.
#include <awsmodel/core/json.hpp>
#include <awsmodel/ecs/container_instance_launch.hpp>

#include <iostream>

int main() {
    using namespace awsmodel;

    ecs::container_instance_launch launch;
    launch.cluster = "prod";
    launch.instance_type = ec2::instance_type_name{"m7g.large"};
    launch.instance_profile.name = "ecsInstanceRole";
    launch.count = 3;
    launch.subnet = ec2::subnet_id{"subnet-0123456789abcdef0"};
    launch.security_groups = {ec2::security_group_id{"sg-0123456789abcdef0"}};
    launch.agent_settings.insert_or_assign("ECS_ENABLE_CONTAINER_METADATA", "true");
    launch.tags = {ec2::tag{{}, "Name", "prod-ecs", {}}};

    auto request = ecs::run_instances(launch);
    for (const auto& d : request.diagnostics()) std::cerr << d << '\n';
    if (!request) return 1;
    std::cout << core::encode(*request) << '\n';
    return 0;
}
