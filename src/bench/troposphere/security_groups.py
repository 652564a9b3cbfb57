"""500 security groups, 2 ingress rules and 2 tags each, in troposphere: the twin of
src/bench/java/io/tropo4j/bench/SecurityGroupsTemplate.java. As a program it prints the template;
build() is the in-process workload (build and serialize).
"""

from troposphere import Parameter, Ref, StackName, Tags, Template
from troposphere.ec2 import SecurityGroup, SecurityGroupRule


def template():
    t = Template()
    t.set_version()
    t.set_description("500 security groups")
    vpc = t.add_parameter(Parameter("Vpc", Type="AWS::EC2::VPC::Id"))
    for i in range(500):
        t.add_resource(SecurityGroup(
            "Group%d" % i,
            GroupDescription="group %d" % i,
            VpcId=Ref(vpc),
            SecurityGroupIngress=[
                SecurityGroupRule(IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0"),
                SecurityGroupRule(IpProtocol="tcp", FromPort=443, ToPort=443, CidrIp="0.0.0.0/0"),
            ],
            Tags=Tags(Name="group-%d" % i, Stack=StackName),
        ))
    return t


def build():
    return template().to_json()


if __name__ == "__main__":
    print(build())
