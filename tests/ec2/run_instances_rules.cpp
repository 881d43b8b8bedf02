#include <awsmodel/core/json.hpp>
#include <awsmodel/ec2/run_instances.hpp>
#include <awsmodel/testing/boost_test.hpp>

#include <boost/test/data/test_case.hpp>
#include "../support/rule_case.hpp"
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

using namespace awsmodel;
namespace bdata = boost::unit_test::data;

namespace {

// A rule case: the rule, the pointer a finding must name, a RunInstances document that breaks
// the rule there and its near miss, just inside the rule, which must not report the rule at all.
// A document that does not start with '{' is a fragment of members added to a minimal launch
// (one instance of ami-12345678).
using test_support::rule_case;

std::string document(const std::string& text) {
    if (text[0] == '{') return text;
    return std::string(R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-12345678", )") + text + "}";
}

const rule_case request_cases[] = {
    {"EC2-RI-001", "/MinCount", R"({"MinCount": 0, "MaxCount": 1, "ImageId": "ami-12345678"})",
     R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-12345678"})"},
    {"EC2-RI-001", "/MaxCount", R"({"MinCount": 1, "MaxCount": -1, "ImageId": "ami-12345678"})",
     R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-12345678"})"},
    {"EC2-RI-002", "/MinCount", R"({"MinCount": 3, "MaxCount": 2, "ImageId": "ami-12345678"})",
     R"({"MinCount": 2, "MaxCount": 2, "ImageId": "ami-12345678"})"},
    {"EC2-RI-003", "/ImageId", R"({"MinCount": 1, "MaxCount": 1})",
     R"({"MinCount": 1, "MaxCount": 1, "LaunchTemplate": {"LaunchTemplateName": "web"}})"},
    {"EC2-RI-003", "/ImageId", R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-1234567"})",
     R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-0123456789abcdef0"})"},
    {"EC2-RI-003", "/ImageId", R"({"MinCount": 1, "MaxCount": 1, "ImageId": "resolve:ssm:/golden ami"})",
     R"({"MinCount": 1, "MaxCount": 1, "ImageId": "resolve:ssm:/golden-ami:3"})"},
    {"EC2-RI-004", "/InstanceType", R"("InstanceType": "m5.lrage")", R"("InstanceType": "m5.large")"},
    {"EC2-RI-005", "/KeyName", R"("KeyName": "ops key ")", R"("KeyName": "ops key")"},
    {"EC2-RI-005", "/KeyName", R"("KeyName": "")", R"("KeyName": "k")"},
    {"EC2-RI-006", "/SubnetId", R"("SubnetId": "subnet-12345678", "NetworkInterfaces": [{"DeviceIndex": 0}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "SubnetId": "subnet-12345678"}])"},
    {"COMMON-003", "/SubnetId", R"("SubnetId": "subnet-1234567")", R"("SubnetId": "subnet-12345678")"},
    {"EC2-RI-007", "/SecurityGroupIds", R"("SecurityGroupIds": ["sg-12345678"], "NetworkInterfaces": [{"DeviceIndex": 0}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "Groups": ["sg-12345678"]}])"},
    {"COMMON-003", "/SecurityGroupIds/1", R"("SecurityGroupIds": ["sg-12345678", "web"])",
     R"("SecurityGroupIds": ["sg-12345678", "sg-0123456789abcdef0"])"},
    {"EC2-RI-008", "/SecurityGroups", R"("SecurityGroups": ["web"], "NetworkInterfaces": [{"DeviceIndex": 0}])",
     R"("SecurityGroups": ["web"])"},
    {"EC2-RI-008", "/SecurityGroups/0", R"("SecurityGroups": ["sg-12345678"])", R"("SecurityGroups": ["sg12345678"])"},
    {"EC2-RI-009", "/UserData", R"("UserData": "#!/bin/bash\necho ECS_CLUSTER=prod")", R"("UserData": "IyEvYmluL2Jhc2gK")"},
    {"EC2-RI-009", "/UserData", R"("UserData": "IyEvYmluL2Jhc2gK=")", R"("UserData": "IyEvYmluL2Jhc2g=")"},
    {"EC2-RI-010", "/IamInstanceProfile", R"("IamInstanceProfile": {})", R"("IamInstanceProfile": {"Name": "ecsInstanceRole"})"},
    {"EC2-RI-010", "/IamInstanceProfile/Arn", R"("IamInstanceProfile": {"Arn": "arn:aws:iam::123456789012:role/ecsInstanceRole"})",
     R"("IamInstanceProfile": {"Arn": "arn:aws:iam::123456789012:instance-profile/ecsInstanceRole"})"},
    {"EC2-RI-011", "/TagSpecifications/0/ResourceType", R"("TagSpecifications": [{"ResourceType": "image", "Tags": []}])",
     R"("TagSpecifications": [{"ResourceType": "spot-instances-request", "Tags": []}])"},
    {"EC2-RI-012", "/TagSpecifications/1/ResourceType",
     R"("TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "a"}]}, {"ResourceType": "instance", "Tags": [{"Key": "b"}]}])",
     R"("TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "a"}]}, {"ResourceType": "volume", "Tags": [{"Key": "b"}]}])"},
    // EC2-RI-013: the EC2 tag rules, reported under their common id.
    {"COMMON-005", "/TagSpecifications/0/Tags/0/Key", R"("TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "aws:name"}]}])",
     R"("TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "awsname"}]}])"},
    {"EC2-RI-014", "/BlockDeviceMappings/0/DeviceName", R"("BlockDeviceMappings": [{"Ebs": {"VolumeSize": 30}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 30}}])"},
    {"EC2-RI-014", "/BlockDeviceMappings/0", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 30}, "NoDevice": ""}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "NoDevice": ""}])"},
    {"EC2-RI-014", "/BlockDeviceMappings/0", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf"}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "VirtualName": "ephemeral0"}])"},
    {"EC2-RI-014", "/BlockDeviceMappings/0/NoDevice", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "NoDevice": "true"}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "NoDevice": ""}])"},
    {"EC2-RI-015", "/BlockDeviceMappings/0/DeviceName", R"("BlockDeviceMappings": [{"DeviceName": "sdf", "NoDevice": ""}])",
     R"("BlockDeviceMappings": [{"DeviceName": "xvdf", "NoDevice": ""}])"},
    {"EC2-RI-015", "/BlockDeviceMappings/0/DeviceName", R"("BlockDeviceMappings": [{"DeviceName": "/dev/nvme1n1", "NoDevice": ""}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/xvdba", "NoDevice": ""}])"},
    {"EC2-RI-016", "/BlockDeviceMappings/0/VirtualName", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral24"}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral23"}])"},
    {"EC2-RI-016", "/BlockDeviceMappings/1/VirtualName",
     R"("InstanceType": "c5d.large", "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"}, {"DeviceName": "/dev/sdc", "VirtualName": "ephemeral1"}])",
     R"("InstanceType": "c5d.large", "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"}])"},
    {"EC2-RI-016", "/BlockDeviceMappings/0/VirtualName",
     R"("InstanceType": "m5.large", "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"}])",
     R"("InstanceType": "d2.xlarge", "BlockDeviceMappings": [{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral2"}])"},
    {"EC2-RI-017", "/BlockDeviceMappings/0/Ebs/VolumeSize", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"SnapshotId": "snap-12345678"}}])"},
    {"EC2-RI-018", "/BlockDeviceMappings/0/Ebs/VolumeSize", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 124, "VolumeType": "st1"}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 125, "VolumeType": "st1"}}])"},
    {"EC2-RI-019", "/BlockDeviceMappings/0/Ebs/Iops", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 100, "VolumeType": "io1"}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 100, "VolumeType": "io1", "Iops": 100}}])"},
    {"EC2-RI-020", "/BlockDeviceMappings/0/Ebs/Iops", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "VolumeType": "gp3", "Iops": 5000}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 10, "VolumeType": "gp3", "Iops": 5000}}])"},
    {"EC2-RI-021", "/BlockDeviceMappings/0/Ebs/Throughput", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 100, "VolumeType": "gp2", "Throughput": 200}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 100, "VolumeType": "gp3", "Throughput": 200}}])"},
    {"EC2-RI-022", "/BlockDeviceMappings/0/Ebs/KmsKeyId", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "KmsKeyId": "alias/ebs"}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "KmsKeyId": "alias/ebs", "Encrypted": true}}])"},
    {"EC2-RI-023", "/BlockDeviceMappings/0/Ebs/VolumeType", R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "VolumeType": "GP2"}}])",
     R"("BlockDeviceMappings": [{"DeviceName": "/dev/sdf", "Ebs": {"VolumeSize": 8, "VolumeType": "gp2"}}])"},
    {"EC2-RI-024", "/NetworkInterfaces/0/DeviceIndex", R"("NetworkInterfaces": [{"SubnetId": "subnet-12345678"}])",
     R"("NetworkInterfaces": [{"SubnetId": "subnet-12345678", "DeviceIndex": 0}])"},
    {"EC2-RI-024", "/NetworkInterfaces/1/DeviceIndex", R"("NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 0}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 0, "NetworkCardIndex": 1}])"},
    {"EC2-RI-024", "/NetworkInterfaces", R"("NetworkInterfaces": [{"DeviceIndex": 1}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 1}, {"DeviceIndex": 0}])"},
    {"EC2-RI-025", "/NetworkInterfaces/0/SubnetId",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "NetworkInterfaceId": "eni-12345678", "SubnetId": "subnet-12345678"}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "NetworkInterfaceId": "eni-12345678"}])"},
    {"EC2-RI-025", "/NetworkInterfaces/0/DeleteOnTermination",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "NetworkInterfaceId": "eni-12345678", "DeleteOnTermination": true}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "NetworkInterfaceId": "eni-12345678", "DeleteOnTermination": false}])"},
    {"EC2-RI-026", "/NetworkInterfaces/1/AssociatePublicIpAddress",
     R"("NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 1, "AssociatePublicIpAddress": true}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 1, "AssociatePublicIpAddress": false}])"},
    {"EC2-RI-026", "/NetworkInterfaces/0/AssociatePublicIpAddress",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true}, {"DeviceIndex": 1}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": true}])"},
    {"EC2-RI-027", "/PrivateIpAddress", R"("PrivateIpAddress": "10.0.0.5", "NetworkInterfaces": [{"DeviceIndex": 0}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "PrivateIpAddress": "10.0.0.5"}])"},
    {"EC2-RI-027", "/PrivateIpAddress", R"({"MinCount": 1, "MaxCount": 2, "ImageId": "ami-12345678", "PrivateIpAddress": "10.0.0.5"})",
     R"({"MinCount": 1, "MaxCount": 1, "ImageId": "ami-12345678", "PrivateIpAddress": "10.0.0.5"})"},
    {"EC2-RI-027", "/NetworkInterfaces/0/PrivateIpAddresses/1/Primary",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "PrivateIpAddresses": [{"Primary": true, "PrivateIpAddress": "10.0.0.5"}, {"Primary": true, "PrivateIpAddress": "10.0.0.6"}]}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "PrivateIpAddresses": [{"Primary": true, "PrivateIpAddress": "10.0.0.5"}, {"Primary": false, "PrivateIpAddress": "10.0.0.6"}]}])"},
    {"EC2-RI-027", "/NetworkInterfaces/0/SecondaryPrivateIpAddressCount",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "SecondaryPrivateIpAddressCount": 1, "PrivateIpAddresses": [{"PrivateIpAddress": "10.0.0.6"}]}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "SecondaryPrivateIpAddressCount": 1, "PrivateIpAddresses": [{"Primary": true, "PrivateIpAddress": "10.0.0.5"}]}])"},
    {"EC2-RI-028", "/Ipv6Addresses", R"("Ipv6AddressCount": 1, "Ipv6Addresses": [{"Ipv6Address": "2001:db8::5"}])",
     R"("Ipv6Addresses": [{"Ipv6Address": "2001:db8::5"}])"},
    {"EC2-RI-028", "/Ipv6AddressCount", R"("Ipv6AddressCount": 1, "NetworkInterfaces": [{"DeviceIndex": 0}])",
     R"("NetworkInterfaces": [{"DeviceIndex": 0, "Ipv6AddressCount": 1}])"},
    {"EC2-RI-028", "/Ipv6Addresses", R"({"MinCount": 1, "MaxCount": 3, "ImageId": "ami-12345678", "Ipv6Addresses": [{"Ipv6Address": "2001:db8::5"}]})",
     R"({"MinCount": 1, "MaxCount": 3, "ImageId": "ami-12345678", "Ipv6AddressCount": 1})"},
    {"EC2-RI-029", "/MetadataOptions/HttpPutResponseHopLimit", R"("MetadataOptions": {"HttpPutResponseHopLimit": 65})",
     R"("MetadataOptions": {"HttpPutResponseHopLimit": 64})"},
    {"EC2-RI-029", "/MetadataOptions/HttpPutResponseHopLimit", R"("MetadataOptions": {"HttpPutResponseHopLimit": 0})",
     R"("MetadataOptions": {"HttpPutResponseHopLimit": 1})"},
    {"EC2-RI-029", "/MetadataOptions/HttpTokens", R"("MetadataOptions": {"HttpTokens": "Required"})",
     R"("MetadataOptions": {"HttpTokens": "required"})"},
    {"EC2-RI-029", "/MetadataOptions/InstanceMetadataTags", R"("MetadataOptions": {"InstanceMetadataTags": "on"})",
     R"("MetadataOptions": {"InstanceMetadataTags": "enabled"})"},
    {"EC2-RI-030", "/Placement/AvailabilityZoneId", R"("Placement": {"AvailabilityZone": "us-east-1a", "AvailabilityZoneId": "use1-az1"})",
     R"("Placement": {"AvailabilityZoneId": "use1-az1"})"},
    {"EC2-RI-030", "/Placement/GroupId", R"("Placement": {"GroupName": "hpc", "GroupId": "pg-0123456789abcdef0"})",
     R"("Placement": {"GroupId": "pg-0123456789abcdef0"})"},
    {"EC2-RI-030", "/Placement/PartitionNumber", R"("Placement": {"PartitionNumber": 2})",
     R"("Placement": {"GroupName": "kafka", "PartitionNumber": 2})"},
    {"EC2-RI-030", "/Placement/Tenancy", R"("Placement": {"Tenancy": "shared"})", R"("Placement": {"Tenancy": "dedicated"})"},
    {"EC2-RI-030", "/Placement/Affinity", R"("Placement": {"Tenancy": "host", "Affinity": "any"})",
     R"("Placement": {"Tenancy": "host", "Affinity": "host"})"},
    {"EC2-RI-030", "/Placement/HostResourceGroupArn",
     R"("Placement": {"Tenancy": "dedicated", "HostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/hosts"})",
     R"("Placement": {"Tenancy": "host", "HostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/hosts"})"},
    {"EC2-RI-031", "/CreditSpecification/CpuCredits", R"("CreditSpecification": {"CpuCredits": "Unlimited"})",
     R"("CreditSpecification": {"CpuCredits": "unlimited"})"},
    {"EC2-RI-031", "/CreditSpecification", R"("InstanceType": "m5.large", "CreditSpecification": {"CpuCredits": "standard"})",
     R"("InstanceType": "t3.micro", "CreditSpecification": {"CpuCredits": "standard"})"},
    {"EC2-RI-031", "/CreditSpecification/CpuCredits",
     R"("InstanceType": "t3.micro", "Placement": {"Tenancy": "host"}, "CreditSpecification": {"CpuCredits": "unlimited"})",
     R"("InstanceType": "t3.micro", "Placement": {"Tenancy": "host"}, "CreditSpecification": {"CpuCredits": "standard"})"},
    {"EC2-RI-032", "/InstanceMarketOptions/MarketType", R"("InstanceMarketOptions": {"MarketType": "Spot"})",
     R"("InstanceMarketOptions": {"MarketType": "spot"})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions",
     R"("InstanceMarketOptions": {"MarketType": "capacity-block", "SpotOptions": {"MaxPrice": "0.05"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.05"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/InstanceInterruptionBehavior",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent", "InstanceInterruptionBehavior": "stop"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/InstanceInterruptionBehavior",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"InstanceInterruptionBehavior": "stop"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"InstanceInterruptionBehavior": "terminate"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/ValidUntil",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "one-time", "ValidUntil": "2030-01-01T00:00:00Z"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent", "InstanceInterruptionBehavior": "stop", "ValidUntil": "2030-01-01T00:00:00Z"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/MaxPrice",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.001"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"MaxPrice": "0.0011"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/MaxPrice",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"MaxPrice": "$0.05"}})",
     R"("InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"MaxPrice": ".05"}})"},
    {"EC2-RI-032", "/InstanceMarketOptions/SpotOptions/InstanceInterruptionBehavior",
     R"("HibernationOptions": {"Configured": true}, "InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent", "InstanceInterruptionBehavior": "stop"}})",
     R"("HibernationOptions": {"Configured": true}, "InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {"SpotInstanceType": "persistent", "InstanceInterruptionBehavior": "hibernate"}})"},
    {"EC2-RI-033", "/InstanceInitiatedShutdownBehavior", R"("InstanceInitiatedShutdownBehavior": "hibernate")",
     R"("InstanceInitiatedShutdownBehavior": "terminate")"},
    {"EC2-RI-035", "/ClientToken", R"("ClientToken": "0123456789012345678901234567890123456789012345678901234567890123x")",
     R"("ClientToken": "0123456789012345678901234567890123456789012345678901234567890123")"},
    {"EC2-RI-036", "/LaunchTemplate", R"("LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0", "LaunchTemplateName": "web"})",
     R"("LaunchTemplate": {"LaunchTemplateId": "lt-0123456789abcdef0"})"},
    {"EC2-RI-036", "/LaunchTemplate", R"("LaunchTemplate": {"Version": "2"})",
     R"("LaunchTemplate": {"LaunchTemplateName": "web", "Version": "2"})"},
    {"EC2-RI-036", "/LaunchTemplate/Version", R"("LaunchTemplate": {"LaunchTemplateName": "web", "Version": "0"})",
     R"("LaunchTemplate": {"LaunchTemplateName": "web", "Version": "1"})"},
    {"EC2-RI-036", "/LaunchTemplate/Version", R"("LaunchTemplate": {"LaunchTemplateName": "web", "Version": "$latest"})",
     R"("LaunchTemplate": {"LaunchTemplateName": "web", "Version": "$Latest"})"},
    {"EC2-RI-037", "/EbsOptimized", R"("InstanceType": "t2.micro", "EbsOptimized": true)",
     R"("InstanceType": "c3.xlarge", "EbsOptimized": true)"},
    {"EC2-RI-037", "/ImageId",
     R"({"MinCount": 1, "MaxCount": 1, "InstanceType": "m5.large", "ImageId": "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id"})",
     R"({"MinCount": 1, "MaxCount": 1, "InstanceType": "m7g.large", "ImageId": "resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id"})"},
    {"EC2-RI-038", "/HibernationOptions/Configured", R"("InstanceType": "x1e.xlarge", "HibernationOptions": {"Configured": true})",
     R"("InstanceType": "x1e.xlarge", "HibernationOptions": {"Configured": false})"},
    {"EC2-RI-038", "/BlockDeviceMappings/0/Ebs/Encrypted",
     R"("InstanceType": "m5.large", "HibernationOptions": {"Configured": true}, "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 30}}])",
     R"("InstanceType": "m5.large", "HibernationOptions": {"Configured": true}, "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 30, "Encrypted": true}}])"},
    {"EC2-RI-038", "/BlockDeviceMappings/0/Ebs/VolumeSize",
     R"("InstanceType": "r5.large", "HibernationOptions": {"Configured": true}, "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 16, "Encrypted": true}}])",
     R"("InstanceType": "r5.large", "HibernationOptions": {"Configured": true}, "BlockDeviceMappings": [{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 17, "Encrypted": true}}])"},
    {"EC2-RI-039", "/Ipv6AddressCount", R"("InstanceType": "m1.small", "Ipv6AddressCount": 1)",
     R"("InstanceType": "m1.small", "Ipv6AddressCount": 0)"},
    {"EC2-RI-039", "/NetworkInterfaces/0/Ipv6AddressCount", R"("InstanceType": "t3.micro", "NetworkInterfaces": [{"DeviceIndex": 0, "Ipv6AddressCount": 3}])",
     R"("InstanceType": "t3.micro", "NetworkInterfaces": [{"DeviceIndex": 0, "Ipv6AddressCount": 2}])"},
    {"EC2-RI-040", "/NetworkInterfaces", R"("InstanceType": "t3.micro", "NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 1}, {"DeviceIndex": 2}])",
     R"("InstanceType": "t3.micro", "NetworkInterfaces": [{"DeviceIndex": 0}, {"DeviceIndex": 1}])"},
    {"EC2-RI-041", "/CpuOptions/CoreCount", R"("InstanceType": "m5.large", "CpuOptions": {"CoreCount": 2})",
     R"("InstanceType": "m5.large", "CpuOptions": {"CoreCount": 1, "ThreadsPerCore": 1})"},
    {"EC2-RI-041", "/CpuOptions/ThreadsPerCore", R"("InstanceType": "m7g.large", "CpuOptions": {"ThreadsPerCore": 2})",
     R"("InstanceType": "m7g.large", "CpuOptions": {"CoreCount": 2, "ThreadsPerCore": 1})"},
};

core::diagnostics findings(const std::string& json) {
    auto r = core::decode<ec2::run_instances_request>(json);
    BOOST_TEST_REQUIRE(r.has_value(), "the test document must decode: " << json << "\n" << testing::verdict(r.diagnostics()).message().str());
    return core::validate(*r);
}

bool has_rule(const core::diagnostics& ds, std::string_view rule) {
    return std::any_of(ds.begin(), ds.end(), [&](const core::diagnostic& d) { return d.rule == rule; });
}

} // namespace

BOOST_AUTO_TEST_SUITE(run_instances_rules)

BOOST_DATA_TEST_CASE(breaking_document_reports_the_rule_at_its_pointer, bdata::make(request_cases), c) {
    test_support::check_breaking(c, [](const std::string& text) { return findings(document(text)); });
}

BOOST_DATA_TEST_CASE(near_miss_does_not_report_the_rule, bdata::make(request_cases), c) {
    test_support::check_near_miss(c, [](const std::string& text) { return findings(document(text)); });
}

BOOST_AUTO_TEST_CASE(user_data_is_at_most_16_kib_once_decoded) {
    // EC2-RI-009: the limit applies to the decoded bytes, not to the longer base64 text.
    ec2::run_instances_request r;
    r.image_id = ec2::image_reference::from_wire("ami-12345678");
    r.user_data = ec2::user_data_from_text(std::string(16385, '#'));
    BOOST_TEST(testing::reports(core::validate(r), "EC2-RI-009", "/UserData"));
    r.user_data = ec2::user_data_from_text(std::string(16384, '#'));
    BOOST_TEST(r.user_data->str().size() > 16384u);
    BOOST_TEST(!has_rule(core::validate(r), "EC2-RI-009"));
}

BOOST_AUTO_TEST_CASE(key_names_are_at_most_255_ascii_characters) {
    ec2::run_instances_request r;
    r.image_id = ec2::image_reference::from_wire("ami-12345678");
    r.key_name = std::string(256, 'k');
    BOOST_TEST(testing::reports(core::validate(r), "EC2-RI-005", "/KeyName"));
    r.key_name = "cl\xC3\xA9";
    BOOST_TEST(testing::reports(core::validate(r), "EC2-RI-005", "/KeyName"));
    r.key_name = std::string(255, 'k');
    BOOST_TEST(!has_rule(core::validate(r), "EC2-RI-005"));
}

BOOST_AUTO_TEST_CASE(monitoring_needs_enabled_which_decoding_reports) {
    // EC2-RI-034 is structural: RunInstancesMonitoringEnabled requires Enabled.
    auto bad = core::decode<ec2::run_instances_request>(R"({"MinCount": 1, "MaxCount": 1, "Monitoring": {}})");
    BOOST_TEST(!bad.has_value());
    BOOST_TEST(testing::reports(bad.diagnostics(), core::rules::required, "/Monitoring/Enabled"));
    auto ok = core::decode<ec2::run_instances_request>(R"({"MinCount": 1, "MaxCount": 1, "Monitoring": {"Enabled": false}})");
    BOOST_TEST(ok.has_value());
}

BOOST_AUTO_TEST_CASE(min_and_max_count_are_required_by_decoding) {
    // EC2-RI-001's "both required" part, as botocore reports it.
    auto r = core::decode<ec2::run_instances_request>(R"({"ImageId": "ami-12345678", "MinCount": 1})");
    BOOST_TEST(!r.has_value());
    BOOST_TEST(testing::reports(r.diagnostics(), core::rules::required, "/MaxCount"));
}

BOOST_AUTO_TEST_CASE(every_violation_is_reported_not_just_the_first) {
    auto ds = findings(R"({"MinCount": 2, "MaxCount": 1, "KeyName": " k", "SubnetId": "subnet-12345678",
        "NetworkInterfaces": [{"DeviceIndex": 1}], "MetadataOptions": {"HttpPutResponseHopLimit": 99},
        "ClientToken": "\u00e9", "InstanceInitiatedShutdownBehavior": "halt"})");
    for (const char* rule : {"EC2-RI-002", "EC2-RI-003", "EC2-RI-005", "EC2-RI-006", "EC2-RI-024", "EC2-RI-029",
                             "EC2-RI-033", "EC2-RI-035"})
        BOOST_TEST(has_rule(ds, rule), rule);
}

BOOST_AUTO_TEST_SUITE_END()
