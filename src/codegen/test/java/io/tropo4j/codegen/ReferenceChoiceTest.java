package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tropo4j.codegen.ReferenceChoice.Choice;
import io.tropo4j.codegen.Spec.Attribute;
import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.Relationship;
import io.tropo4j.codegen.Spec.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts below are the pinned specification's, for the types named. */
class ReferenceChoiceTest {
  private static final ResourceType SECURITY_GROUP = type("AWS::EC2::SecurityGroup", List.of("Id"), "GroupId", "VpcId", "Id");
  private static final ResourceType ROLE = type("AWS::IAM::Role", List.of("RoleName"), "Arn", "RoleId");
  private static final ResourceType LAG = type("AWS::DirectConnect::Lag", List.of("LagArn"), "LagArn", "LagId");
  private static final ResourceType CONNECT = type("AWS::Connect::Instance", List.of("Arn"), "Arn", "Id");
  private static final ResourceType KEY = type("AWS::KMS::Key", List.of("KeyId"), "Arn", "KeyId");
  private static final ResourceType TABLE = type("AWS::DynamoDB::Table", List.of("TableName"), "Arn", "StreamArn");
  private static final ResourceType BUCKET = type("AWS::S3::Bucket", List.of("BucketName"), "Arn", "DomainName");
  private static final ResourceType SCALABLE_TARGET = type("AWS::ApplicationAutoScaling::ScalableTarget",
      List.of("ResourceId", "ScalableDimension", "ServiceNamespace"), "Id");
  private static final ResourceType CLIENT = type("AWS::Cognito::UserPoolClient", List.of("ClientId"), "ClientId", "Name");

  @Test
  void aSecurityGroupIdIsTheGroupIdNotTheRefWhichIsANameOutsideAVpc() {
    assertEquals(attribute("GroupId"), choose("SourceSecurityGroupId", false, "The ID of the security group.", SECURITY_GROUP, "Id"));
    assertEquals(attribute("GroupId"), choose("SecurityGroupIds", true, "The IDs of the security groups.", SECURITY_GROUP, "Id"));
    assertEquals(attribute("GroupId"), choose("VPCSecurityGroups", true, "A list of the VPC security group IDs.", SECURITY_GROUP, "Id"),
        "the documentation says IDs where the name does not");
  }

  @Test
  void anArnPropertyGetsTheArnWhereTheDataNamesTheRef() {
    assertEquals(attribute("Arn"), choose("TaskRoleArn", false, "The ARN of the IAM role.", ROLE, "RoleName"));
    assertEquals(attribute("LagId"), choose("LagId", false, "The ID of the LAG.", LAG, "LagArn"));
  }

  @Test
  void anAttributeTheDataNamesIsFollowed() {
    assertEquals(attribute("StreamArn"), choose("EventSourceArn", false, "The ARN of the event source.", TABLE, "StreamArn"));
    assertEquals(attribute("Arn"), choose("KmsKeyId", false, "The ARN of the KMS key.", KEY, "Arn"));
    assertEquals(attribute("Arn"), choose("Role", false, "The role's ARN.", ROLE, "Arn"));
  }

  @Test
  void anIdPropertyDocumentedAsAnArnKeepsTheArn() {
    assertEquals(ref("Arn"), choose("InstanceId", false, "The Amazon Resource Name (ARN) of the instance.", CONNECT, "Arn"));
  }

  @Test
  void theRefIsKeptWhenItIsWhatThePropertyNames() {
    assertEquals(ref("BucketName"), choose("Bucket", false, "The bucket.", BUCKET, "BucketName"));
    assertEquals(ref("BucketName"), choose("BucketName", false, "The bucket's name.", BUCKET, "BucketName"));
  }

  @Test
  void dataNamingNothingTheResourceReturnsFallsBackToThePropertyName() {
    assertEquals(ref("ClientId"), choose("UserPoolClientId", false, "The app client ID.", CLIENT, "UserPoolId"));
    assertNull(choose("ScalingTargetId", false, "The target.", SCALABLE_TARGET, "ResourceId"), "a bare Id is not a name");
  }

  private static Choice choose(String name, boolean list, String documentation, ResourceType target, String named) {
    Property property = new Property(list ? new TypeRef.ArrayOf(TypeRef.STRING) : TypeRef.STRING, documentation, false,
        Spec.Replacement.NONE, List.of(), null, false, List.of());
    return ReferenceChoice.choose(name, list, property, new Relationship(target.cloudFormationType(), named), target);
  }

  private static Choice attribute(String name) {
    return new Choice(name, false);
  }

  private static Choice ref(String name) {
    return new Choice(name, true);
  }

  private static ResourceType type(String cloudFormationType, List<String> refIdentifier, String... attributes) {
    Map<String, Attribute> map = new LinkedHashMap<>();
    for (String attribute : attributes) {
      map.put(attribute, new Attribute(TypeRef.STRING, ""));
    }
    return new ResourceType(cloudFormationType, cloudFormationType.substring(cloudFormationType.lastIndexOf(':') + 1), "",
        Map.of(), map, refIdentifier, null, false, List.of());
  }
}
