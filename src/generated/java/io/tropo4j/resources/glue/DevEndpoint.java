// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::DevEndpoint</code> resource specifies a development endpoint where a
 * developer can remotely debug ETL scripts for AWS Glue . For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-dev-endpoint.html#aws-glue-api-jobs-dev-endpoint-DevEndpoint">DevEndpoint
 * Structure</a> in the AWS Glue Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Glue::DevEndpoint}.
 */
public final class DevEndpoint extends Resource<DevEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::DevEndpoint")
      .required("RoleArn")
      .constrain("Arguments", Constraint.of().format("json"))
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("EndpointName")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DevEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A map of arguments used to configure the <code>DevEndpoint</code> .
   *
   * <p>Valid arguments are:
   *
   * <ul> <li><code>"--enable-glue-datacatalog": ""</code> <li><code>"GLUE_PYTHON_VERSION":
   * "3"</code> <li><code>"GLUE_PYTHON_VERSION": "2"</code> </ul>
   *
   * <p>You can specify a version of Python support for development endpoints by using the
   * <code>Arguments</code> parameter in the <code>CreateDevEndpoint</code> or
   * <code>UpdateDevEndpoint</code> APIs. If no arguments are provided, the version defaults to
   * Python 2.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Arguments}.
   */
  public DevEndpoint arguments(Value<Json> value) {
    return set("Arguments", value);
  }

  /**
   * The name of the <code>DevEndpoint</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EndpointName}.
   */
  public DevEndpoint endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public DevEndpoint endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The path to one or more Java <code>.jar</code> files in an S3 bucket that should be loaded in
   * your <code>DevEndpoint</code> .
   *
   * <p>You can only use pure Java/Scala libraries with a <code>DevEndpoint</code> .
   *
   * <p>CloudFormation property {@code ExtraJarsS3Path}.
   */
  public DevEndpoint extraJarsS3Path(String value) {
    return set("ExtraJarsS3Path", Value.of(value));
  }

  /** Sets {@code ExtraJarsS3Path} to this value; see {@link #extraJarsS3Path(String)}. */
  public DevEndpoint extraJarsS3Path(Value<String> value) {
    return set("ExtraJarsS3Path", value);
  }

  /**
   * The paths to one or more Python libraries in an Amazon S3 bucket that should be loaded in your
   * <code>DevEndpoint</code> . Multiple values must be complete paths separated by a comma.
   *
   * <p>You can only use pure Python libraries with a <code>DevEndpoint</code> . Libraries that rely
   * on C extensions, such as the <a
   * href="https://docs.aws.amazon.com/http://pandas.pydata.org/">pandas</a> Python data analysis
   * library, are not currently supported.
   *
   * <p>CloudFormation property {@code ExtraPythonLibsS3Path}.
   */
  public DevEndpoint extraPythonLibsS3Path(String value) {
    return set("ExtraPythonLibsS3Path", Value.of(value));
  }

  /**
   * Sets {@code ExtraPythonLibsS3Path} to this value; see {@link #extraPythonLibsS3Path(String)}.
   */
  public DevEndpoint extraPythonLibsS3Path(Value<String> value) {
    return set("ExtraPythonLibsS3Path", value);
  }

  /**
   * The AWS Glue version determines the versions of Apache Spark and Python that AWS Glue supports.
   * The Python version indicates the version supported for running your ETL scripts on development
   * endpoints.
   *
   * <p>For more information about the available AWS Glue versions and corresponding Spark and
   * Python versions, see <a href="https://docs.aws.amazon.com/glue/latest/dg/add-job.html">Glue
   * version</a> in the developer guide.
   *
   * <p>Development endpoints that are created without specifying a Glue version default to Glue
   * 0.9.
   *
   * <p>You can specify a version of Python support for development endpoints by using the
   * <code>Arguments</code> parameter in the <code>CreateDevEndpoint</code> or
   * <code>UpdateDevEndpoint</code> APIs. If no arguments are provided, the version defaults to
   * Python 2.
   *
   * <p>CloudFormation property {@code GlueVersion}.
   */
  public DevEndpoint glueVersion(String value) {
    return set("GlueVersion", Value.of(value));
  }

  /** Sets {@code GlueVersion} to this value; see {@link #glueVersion(String)}. */
  public DevEndpoint glueVersion(Value<String> value) {
    return set("GlueVersion", value);
  }

  /**
   * The number of AWS Glue Data Processing Units (DPUs) allocated to this <code>DevEndpoint</code>
   * .
   *
   * <p>CloudFormation property {@code NumberOfNodes}.
   */
  public DevEndpoint numberOfNodes(int value) {
    return set("NumberOfNodes", Value.of(value));
  }

  /** Sets {@code NumberOfNodes} to this value; see {@link #numberOfNodes(int)}. */
  public DevEndpoint numberOfNodes(Value<Integer> value) {
    return set("NumberOfNodes", value);
  }

  /**
   * The number of workers of a defined <code>workerType</code> that are allocated to the
   * development endpoint.
   *
   * <p>The maximum number of workers you can define are 299 for <code>G.1X</code> , and 149 for
   * <code>G.2X</code> .
   *
   * <p>CloudFormation property {@code NumberOfWorkers}.
   */
  public DevEndpoint numberOfWorkers(int value) {
    return set("NumberOfWorkers", Value.of(value));
  }

  /** Sets {@code NumberOfWorkers} to this value; see {@link #numberOfWorkers(int)}. */
  public DevEndpoint numberOfWorkers(Value<Integer> value) {
    return set("NumberOfWorkers", value);
  }

  /**
   * The public key to be used by this <code>DevEndpoint</code> for authentication. This attribute
   * is provided for backward compatibility because the recommended attribute to use is public keys.
   *
   * <p>CloudFormation property {@code PublicKey}.
   */
  public DevEndpoint publicKey(String value) {
    return set("PublicKey", Value.of(value));
  }

  /** Sets {@code PublicKey} to this value; see {@link #publicKey(String)}. */
  public DevEndpoint publicKey(Value<String> value) {
    return set("PublicKey", value);
  }

  /**
   * A list of public keys to be used by the <code>DevEndpoints</code> for authentication. Using
   * this attribute is preferred over a single public key because the public keys allow you to have
   * a different private key per client.
   *
   * <p>If you previously created an endpoint with a public key, you must remove that key to be able
   * to set a list of public keys. Call the <code>UpdateDevEndpoint</code> API operation with the
   * public key content in the <code>deletePublicKeys</code> attribute, and the list of new keys in
   * the <code>addPublicKeys</code> attribute.
   *
   * <p>CloudFormation property {@code PublicKeys}.
   */
  public DevEndpoint publicKeys(List<String> value) {
    return set("PublicKeys", Value.listOf(value));
  }

  /** Sets {@code PublicKeys} to this value; see {@link #publicKeys(List)}. */
  public DevEndpoint publicKeys(Value<List<String>> value) {
    return set("PublicKeys", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role used in this <code>DevEndpoint</code> .
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DevEndpoint roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DevEndpoint roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The name of the <code>SecurityConfiguration</code> structure to be used with this
   * <code>DevEndpoint</code> .
   *
   * <p>CloudFormation property {@code SecurityConfiguration}.
   */
  public DevEndpoint securityConfiguration(String value) {
    return set("SecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public DevEndpoint securityConfiguration(Value<String> value) {
    return set("SecurityConfiguration", value);
  }

  /**
   * A list of security group identifiers used in this <code>DevEndpoint</code> .
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public DevEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public DevEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The subnet ID for this <code>DevEndpoint</code> .
   *
   * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
   */
  public DevEndpoint subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public DevEndpoint subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The tags to use with this DevEndpoint.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public DevEndpoint tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public DevEndpoint tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type of predefined worker that is allocated to the development endpoint. Accepts a value of
   * Standard, G.1X, or G.2X.
   *
   * <ul> <li>For the <code>Standard</code> worker type, each worker provides 4 vCPU, 16 GB of
   * memory and a 50GB disk, and 2 executors per worker. <li>For the <code>G.1X</code> worker type,
   * each worker maps to 1 DPU (4 vCPU, 16 GB of memory, 64 GB disk), and provides 1 executor per
   * worker. We recommend this worker type for memory-intensive jobs. <li>For the <code>G.2X</code>
   * worker type, each worker maps to 2 DPU (8 vCPU, 32 GB of memory, 128 GB disk), and provides 1
   * executor per worker. We recommend this worker type for memory-intensive jobs. </ul>
   *
   * <p>Known issue: when a development endpoint is created with the <code>G.2X</code>
   * <code>WorkerType</code> configuration, the Spark drivers for the development endpoint will run
   * on 4 vCPU, 16 GB of memory, and a 64 GB disk.
   *
   * <p>CloudFormation property {@code WorkerType}.
   */
  public DevEndpoint workerType(String value) {
    return set("WorkerType", Value.of(value));
  }

  /** Sets {@code WorkerType} to this value; see {@link #workerType(String)}. */
  public DevEndpoint workerType(Value<String> value) {
    return set("WorkerType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
