// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::Agent</code> resource activates an AWS DataSync agent that you've
 * deployed for storage discovery or data transfers. The activation process associates the agent
 * with your AWS account .
 *
 * <p>For more information, see the following topics in the <em>AWS DataSync User Guide</em> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/agent-requirements.html">DataSync
 * agent requirements</a> <li><a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/datasync-network.html">DataSync
 * network requirements</a> <li><a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/configure-agent.html">Create a
 * DataSync agent</a> </ul>
 *
 * <p>CloudFormation type {@code AWS::DataSync::Agent}.
 */
public final class Agent extends Resource<Agent> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::Agent")
      .constrain("ActivationKey", Constraint.of().pattern("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}").minLength(0).maxLength(29))
      .constrain("AgentName", Constraint.of().pattern("^[a-zA-Z0-9\\s+=._:@/-]+$").minLength(0).maxLength(256))
      .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/.*$").minLength(0).maxLength(128))
      .constrain("SubnetArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:subnet/.*$").minLength(0).maxLength(128))
      .constrain("VpcEndpointId", Constraint.of().pattern("^vpce-[0-9a-f]{17}$"))
      .refYields("AgentArn")
      .attributes("AgentArn", "EndpointType")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Agent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies your DataSync agent's activation key. If you don't have an activation key, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/activate-agent.html">Activating
   * your agent</a> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 29 characters. Pattern: {@code
   * [A-Z0-9]{5}(-[A-Z0-9]{5}){4}}. CloudFormation property {@code ActivationKey}.
   */
  public Agent activationKey(String value) {
    return set("ActivationKey", Value.of(value));
  }

  /** Sets {@code ActivationKey} to this value; see {@link #activationKey(String)}. */
  public Agent activationKey(Value<String> value) {
    return set("ActivationKey", value);
  }

  /**
   * Specifies a name for your agent. We recommend specifying a name that you can remember.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[a-zA-Z0-9&#92;s+=._:&#64;/-]+$}.
   * CloudFormation property {@code AgentName}.
   */
  public Agent agentName(String value) {
    return set("AgentName", Value.of(value));
  }

  /** Sets {@code AgentName} to this value; see {@link #agentName(String)}. */
  public Agent agentName(Value<String> value) {
    return set("AgentName", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the security groups used to protect your data transfer task
   * subnets. See <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_Ec2Config.html#DataSync-Type-Ec2Config-SecurityGroupArns">SecurityGroupArns</a>
   * .
   *
   * <p><em>Pattern</em> :
   * <code>^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]<em>:[0-9]{12}:security-group/.</em>$</code>
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/.*$}.
   * CloudFormation property {@code SecurityGroupArns}.
   */
  public Agent securityGroupArns(List<String> value) {
    return set("SecurityGroupArns", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
  public Agent securityGroupArns(Value<List<String>> value) {
    return set("SecurityGroupArns", value);
  }

  /**
   * Specifies the ARN of the subnet where your VPC service endpoint is located. You can only
   * specify one ARN.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:subnet/.*$}.
   * CloudFormation property {@code SubnetArns}.
   */
  public Agent subnetArns(List<String> value) {
    return set("SubnetArns", Value.listOf(value));
  }

  /** Sets {@code SubnetArns} to this value; see {@link #subnetArns(List)}. */
  public Agent subnetArns(Value<List<String>> value) {
    return set("SubnetArns", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least one tag for your agent.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Agent tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Agent tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Agent tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the virtual private cloud (VPC) endpoint that the agent has access to. This is the
   * client-side VPC endpoint, powered by AWS PrivateLink . If you don't have an AWS PrivateLink VPC
   * endpoint, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/userguide/endpoint-services-overview.html">AWS
   * PrivateLink and VPC endpoints</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>For more information about activating your agent in a private network based on a VPC, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/datasync-in-vpc.html">Using AWS
   * DataSync in a Virtual Private Cloud</a> in the <em>AWS DataSync User Guide.</em>
   *
   * <p>A VPC endpoint ID looks like this: <code>vpce-01234d5aff67890e1</code> .
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^vpce-[0-9a-f]{17}$}. CloudFormation
   * property {@code VpcEndpointId}.
   */
  public Agent vpcEndpointId(String value) {
    return set("VpcEndpointId", Value.of(value));
  }

  /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
  public Agent vpcEndpointId(Value<String> value) {
    return set("VpcEndpointId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the agent. Use the <code>ListAgents</code> operation to
   * return a list of agents for your account and AWS Region .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentArn}.
   */
  public Value<String> agentArn() {
    return getAtt("AgentArn");
  }

  /**
   * The type of endpoint that your agent is connected to. If the endpoint is a VPC endpoint, the
   * agent is not accessible over the public internet.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointType}.
   */
  public Value<String> endpointType() {
    return getAtt("EndpointType");
  }
}
