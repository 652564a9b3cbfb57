package io.tropo4j.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tropo4j.core.Template;
import io.tropo4j.emit.JsonWriter;
import io.tropo4j.resources.directconnect.Connection;
import io.tropo4j.resources.directconnect.Lag;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.SecurityGroupIngress;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.cognito.UserPoolClient;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Alias;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.EventSourceMapping;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.rds.DBInstance;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import org.junit.jupiter.api.Test;

/**
 * A resource passed where a property wants one of its values writes the value the property takes,
 * across services. Each expectation is what the property's reference page asks for.
 */
class ReferenceShortcutsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Template t = new Template();
  private final SecurityGroup group = t.add(new SecurityGroup("Web"));
  private final Role role = t.add(new Role("Worker"));

  @Test
  void securityGroupPropertiesTakeTheGroupIdWhichRefIsNotOutsideAVpc() throws Exception {
    t.add(new SecurityGroup("Db").securityGroupIngress(new SecurityGroup.Ingress().sourceSecurityGroupId(group)));
    t.add(new SecurityGroupIngress("Rule").groupId(group).sourceSecurityGroupId(group));
    t.add(new Instance("Box").securityGroupIds(group));
    t.add(new DBInstance("Database").vpcSecurityGroups(group));
    String groupId = "{\"Fn::GetAtt\":[\"Web\",\"GroupId\"]}";
    assertEquals(groupId, property("Db", "SecurityGroupIngress").get(0).path("SourceSecurityGroupId").toString());
    assertEquals(groupId, property("Rule", "GroupId").toString());
    assertEquals(groupId, property("Rule", "SourceSecurityGroupId").toString());
    assertEquals("[" + groupId + "]", property("Box", "SecurityGroupIds").toString());
    assertEquals("[" + groupId + "]", property("Database", "VPCSecurityGroups").toString());
  }

  @Test
  void anArnPropertyTakesTheArnWhereRefIsAName() throws Exception {
    t.add(new TaskDefinition("Task").taskRoleArn(role));
    t.add(new Function("Handler").role(role));
    assertEquals("{\"Fn::GetAtt\":[\"Worker\",\"Arn\"]}", property("Task", "TaskRoleArn").toString());
    assertEquals("{\"Fn::GetAtt\":[\"Worker\",\"Arn\"]}", property("Handler", "Role").toString());
  }

  @Test
  void theAttributeTheSpecificationNamesIsWritten() throws Exception {
    Table table = t.add(new Table("Orders"));
    t.add(new EventSourceMapping("Stream").eventSourceArn(table));
    Key key = t.add(new Key("Key"));
    t.add(new Alias("KeyAlias").targetKeyId(key));
    Lag lag = t.add(new Lag("Lag"));
    t.add(new Connection("Link").lagId(lag));
    assertEquals("{\"Fn::GetAtt\":[\"Orders\",\"StreamArn\"]}", property("Stream", "EventSourceArn").toString());
    assertEquals("{\"Fn::GetAtt\":[\"Key\",\"Arn\"]}", property("KeyAlias", "TargetKeyId").toString());
    assertEquals("{\"Fn::GetAtt\":[\"Lag\",\"LagId\"]}", property("Link", "LagId").toString(), "Ref is the LAG's ARN");
  }

  @Test
  void refIsWrittenWhereItIsWhatThePropertyTakes() throws Exception {
    Bucket bucket = t.add(new Bucket("Site"));
    t.add(new BucketPolicy("SitePolicy").bucket(bucket));
    LoadBalancer balancer = t.add(new LoadBalancer("Balancer"));
    UserPoolClient client = t.add(new UserPoolClient("Client"));
    t.add(new Listener("Https").loadBalancerArn(balancer).defaultActions(new Listener.Action()
        .authenticateCognitoConfig(new Listener.AuthenticateCognitoConfig().userPoolClientId(client))));
    assertEquals("{\"Ref\":\"Site\"}", property("SitePolicy", "Bucket").toString());
    assertEquals("{\"Ref\":\"Balancer\"}", property("Https", "LoadBalancerArn").toString());
    assertEquals("{\"Ref\":\"Client\"}",
        property("Https", "DefaultActions").get(0).path("AuthenticateCognitoConfig").path("UserPoolClientId").toString(),
        "the client's Ref is its ID; the data names the pool's");
  }

  /** The template as written, unvalidated: these resources leave out what the test does not need. */
  private JsonNode property(String logicalId, String name) throws Exception {
    return JSON.readTree(JsonWriter.write(t::writeTo)).path("Resources").path(logicalId).path("Properties").path(name);
  }
}
