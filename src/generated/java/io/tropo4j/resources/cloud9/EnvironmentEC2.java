// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloud9;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Cloud9::EnvironmentEC2</code> resource creates an Amazon EC2 development
 * environment in AWS Cloud9 . For more information, see <a
 * href="https://docs.aws.amazon.com/cloud9/latest/user-guide/create-environment.html">Creating an
 * Environment</a> in the <em>AWS Cloud9 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Cloud9::EnvironmentEC2}.
 */
public final class EnvironmentEC2 extends Resource<EnvironmentEC2> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cloud9::EnvironmentEC2")
      .required("ImageId", "InstanceType")
      .constrain("AutomaticStopTimeMinutes", Constraint.of().minimum(0).maximum(20160))
      .allowed("ConnectionType", "CONNECT_SSH", "CONNECT_SSM")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("ImageId", Constraint.of().minLength(0).maxLength(512))
      .constrain("InstanceType", Constraint.of().pattern("^[a-z]+[1-9][.][a-z0-9]+$").minLength(5).maxLength(20))
      .constrain("Name", Constraint.of().minLength(1).maxLength(60))
      .constrain("OwnerArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):(iam|sts)::\\d+:(root|(user\\/[\\w+=/:,.@-]{1,64}|federated-user\\/[\\w+=/:,.@-]{2,32}|assumed-role\\/[\\w+=:,.@-]{1,64}\\/[\\w+=,.@-]{1,64}))$"))
      .constrain("SubnetId", Constraint.of().pattern("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$").minLength(15).maxLength(24).format("AWS::EC2::Subnet.Id"))
      .refYields("Id")
      .attributes("Arn", "Id", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EnvironmentEC2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The number of minutes until the running instance is shut down after the environment was last
   * used.
   *
   * <p>Changing it replaces the resource. Range: 0 to 20160. CloudFormation property {@code
   * AutomaticStopTimeMinutes}.
   */
  public EnvironmentEC2 automaticStopTimeMinutes(int value) {
    return set("AutomaticStopTimeMinutes", Value.of(value));
  }

  /**
   * Sets {@code AutomaticStopTimeMinutes} to this value; see {@link
   * #automaticStopTimeMinutes(int)}.
   */
  public EnvironmentEC2 automaticStopTimeMinutes(Value<Integer> value) {
    return set("AutomaticStopTimeMinutes", value);
  }

  /**
   * The connection type used for connecting to an Amazon EC2 environment. Valid values are
   * <code>CONNECT_SSH</code> (default) and <code>CONNECT_SSM</code> (connected through AWS Systems
   * Manager ).
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CONNECT_SSH}, {@code CONNECT_SSM}.
   * CloudFormation property {@code ConnectionType}.
   */
  public EnvironmentEC2 connectionType(String value) {
    return set("ConnectionType", Value.of(value));
  }

  /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
  public EnvironmentEC2 connectionType(Value<String> value) {
    return set("ConnectionType", value);
  }

  /**
   * The description of the environment to create.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public EnvironmentEC2 description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EnvironmentEC2 description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier for the Amazon Machine Image (AMI) that's used to create the EC2 instance. To
   * choose an AMI for the instance, you must specify a valid AMI alias or a valid AWS Systems
   * Manager path.
   *
   * <p>From December 04, 2023, you will be required to include the <code>ImageId</code> parameter
   * for the <code>CreateEnvironmentEC2</code> action. This change will be reflected across all
   * direct methods of communicating with the API, such as AWS SDK, AWS CLI and AWS CloudFormation.
   * This change will only affect direct API consumers, and not AWS Cloud9 console users.
   *
   * <p>Since Ubuntu 18.04 has ended standard support as of May 31, 2023, we recommend you choose
   * Ubuntu 22.04.
   *
   * <p><em>AMI aliases</em>
   *
   * <ul> <li>Amazon Linux 2: <code>amazonlinux-2-x86_64</code> <li>Amazon Linux 2023 (recommended):
   * <code>amazonlinux-2023-x86_64</code> <li>Ubuntu 18.04: <code>ubuntu-18.04-x86_64</code>
   * <li>Ubuntu 22.04: <code>ubuntu-22.04-x86_64</code> </ul>
   *
   * <p><em>SSM paths</em>
   *
   * <ul> <li>Amazon Linux 2: <code>resolve:ssm:/aws/service/cloud9/amis/amazonlinux-2-x86_64</code>
   * <li>Amazon Linux 2023 (recommended):
   * <code>resolve:ssm:/aws/service/cloud9/amis/amazonlinux-2023-x86_64</code> <li>Ubuntu 18.04:
   * <code>resolve:ssm:/aws/service/cloud9/amis/ubuntu-18.04-x86_64</code> <li>Ubuntu 22.04:
   * <code>resolve:ssm:/aws/service/cloud9/amis/ubuntu-22.04-x86_64</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. CloudFormation
   * property {@code ImageId}.
   */
  public EnvironmentEC2 imageId(String value) {
    return set("ImageId", Value.of(value));
  }

  /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
  public EnvironmentEC2 imageId(Value<String> value) {
    return set("ImageId", value);
  }

  /**
   * The type of instance to connect to the environment (for example, <code>t2.micro</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 20 characters. Pattern: {@code
   * ^[a-z]+[1-9][.][a-z0-9]+$}. CloudFormation property {@code InstanceType}.
   */
  public EnvironmentEC2 instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public EnvironmentEC2 instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The name of the environment.
   *
   * <p>Length: 1 to 60 characters. CloudFormation property {@code Name}.
   */
  public EnvironmentEC2 name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EnvironmentEC2 name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the environment owner. This ARN can be the ARN of any AWS
   * Identity and Access Management principal. If this value is not specified, the ARN defaults to
   * this environment's creator.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):(iam|sts)::&#92;d+:(root|(user&#92;/[&#92;w+=/:,.&#64;-]{1,64}|federated-user&#92;/[&#92;w+=/:,.&#64;-]{2,32}|assumed-role&#92;/[&#92;w+=:,.&#64;-]{1,64}&#92;/[&#92;w+=,.&#64;-]{1,64}))$}.
   * CloudFormation property {@code OwnerArn}.
   */
  public EnvironmentEC2 ownerArn(String value) {
    return set("OwnerArn", Value.of(value));
  }

  /** Sets {@code OwnerArn} to this value; see {@link #ownerArn(String)}. */
  public EnvironmentEC2 ownerArn(Value<String> value) {
    return set("OwnerArn", value);
  }

  /**
   * Any AWS CodeCommit source code repositories to be cloned into the development environment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Repositories}.
   */
  public EnvironmentEC2 repositories(List<Repository> value) {
    return set("Repositories", Value.listOf(value));
  }

  /** Sets {@code Repositories} to this value; see {@link #repositories(List)}. */
  public EnvironmentEC2 repositories(Value<List<Repository>> value) {
    return set("Repositories", value);
  }

  /** Sets {@code Repositories} to a list of these; see {@link #repositories(List)}. */
  public EnvironmentEC2 repositories(Repository... values) {
    return set("Repositories", Value.list(values));
  }

  /**
   * The ID of the subnet in Amazon Virtual Private Cloud (Amazon VPC) that AWS Cloud9 will use to
   * communicate with the Amazon Elastic Compute Cloud (Amazon EC2) instance.
   *
   * <p>Changing it replaces the resource. Length: 15 to 24 characters. Pattern: {@code
   * ^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$}. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public EnvironmentEC2 subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public EnvironmentEC2 subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * An array of key-value pairs that will be associated with the new AWS Cloud9 development
   * environment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EnvironmentEC2 tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EnvironmentEC2 tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EnvironmentEC2 tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the development environment, such as
   * <code>arn:aws:cloud9:us-east-2:123456789012:environment:2bc3642873c342e485f7e0c561234567</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The <code>Repository</code> property type specifies an AWS CodeCommit source code repository to
   * be cloned into an AWS Cloud9 development environment.
   *
   * <p>Property type {@code AWS::Cloud9::EnvironmentEC2.Repository}.
   */
  public static final class Repository extends Struct<Repository> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cloud9::EnvironmentEC2.Repository")
        .required("PathComponent", "RepositoryUrl")
        .constrain("PathComponent", Constraint.of().maxLength(1000))
        .constrain("RepositoryUrl", Constraint.of().maxLength(1000))
        .build();

    public Repository() {
      super(SCHEMA);
    }

    /**
     * The path within the development environment's default file system location to clone the AWS
     * CodeCommit repository into. For example, <code>/REPOSITORY_NAME</code> would clone the
     * repository into the <code>/home/USER_NAME/environment/REPOSITORY_NAME</code> directory in the
     * environment.
     *
     * <p>Required. Length: at most 1000 characters. CloudFormation property {@code PathComponent}.
     */
    public Repository pathComponent(String value) {
      return set("PathComponent", Value.of(value));
    }

    /** Sets {@code PathComponent} to this value; see {@link #pathComponent(String)}. */
    public Repository pathComponent(Value<String> value) {
      return set("PathComponent", value);
    }

    /**
     * The clone URL of the AWS CodeCommit repository to be cloned. For example, for an AWS
     * CodeCommit repository this might be
     * <code>https://git-codecommit.us-east-2.amazonaws.com/v1/repos/REPOSITORY_NAME</code> .
     *
     * <p>Required. Length: at most 1000 characters. CloudFormation property {@code RepositoryUrl}.
     */
    public Repository repositoryUrl(String value) {
      return set("RepositoryUrl", Value.of(value));
    }

    /** Sets {@code RepositoryUrl} to this value; see {@link #repositoryUrl(String)}. */
    public Repository repositoryUrl(Value<String> value) {
      return set("RepositoryUrl", value);
    }
  }
}
