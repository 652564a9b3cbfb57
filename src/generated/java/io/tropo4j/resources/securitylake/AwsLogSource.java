// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securitylake;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds a natively supported AWS service as an AWS source. Enables source types for member accounts
 * in required AWS Regions, based on the parameters you specify. You can choose any source type in
 * any Region for either accounts that are part of a trusted organization or standalone accounts.
 * Once you add an AWS service as a source, Security Lake starts collecting logs and events from it.
 *
 * <p>If you want to create multiple sources using <code>AWS::SecurityLake::AwsLogSource</code> ,
 * you must use the <code>DependsOn</code> attribute to create the sources sequentially. With the
 * <code>DependsOn</code> attribute you can specify that the creation of a specific
 * <code>AWSLogSource</code> follows another. When you add a <code>DependsOn</code> attribute to a
 * resource, that resource is created only after the creation of the resource specified in the
 * <code>DependsOn</code> attribute. For an example, see <a
 * href="https://docs.aws.amazon.com//AWSCloudFormation/latest/UserGuide/aws-resource-securitylake-awslogsource.html#aws-resource-securitylake-awslogsource--examples">Add
 * AWS log sources</a> .
 *
 * <p>CloudFormation type {@code AWS::SecurityLake::AwsLogSource}.
 */
public final class AwsLogSource extends Resource<AwsLogSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::AwsLogSource")
      .required("DataLakeArn", "SourceName", "SourceVersion")
      .constrain("Accounts", Constraint.of().pattern("^[0-9]{12}$"))
      .constrain("DataLakeArn", Constraint.of().minLength(1).maxLength(256))
      .constrain("SourceVersion", Constraint.of().pattern("^(latest|[0-9]\\.[0-9])$"))
      .build();

  public AwsLogSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify the AWS account information where you want to enable Security Lake.
   *
   * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code Accounts}.
   */
  public AwsLogSource accounts(List<String> value) {
    return set("Accounts", Value.listOf(value));
  }

  /** Sets {@code Accounts} to this value; see {@link #accounts(List)}. */
  public AwsLogSource accounts(Value<List<String>> value) {
    return set("Accounts", value);
  }

  /**
   * The Amazon Resource Name (ARN) used to create the data lake.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code DataLakeArn}.
   */
  public AwsLogSource dataLakeArn(String value) {
    return set("DataLakeArn", Value.of(value));
  }

  /** Sets {@code DataLakeArn} to this value; see {@link #dataLakeArn(String)}. */
  public AwsLogSource dataLakeArn(Value<String> value) {
    return set("DataLakeArn", value);
  }

  /**
   * The name for a AWS source. This must be a Regionally unique value. For the list of sources
   * supported by Amazon Security Lake see <a
   * href="https://docs.aws.amazon.com//security-lake/latest/userguide/internal-sources.html">Collecting
   * data from AWS services</a> in the Amazon Security Lake User Guide.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourceName}.
   */
  public AwsLogSource sourceName(String value) {
    return set("SourceName", Value.of(value));
  }

  /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
  public AwsLogSource sourceName(Value<String> value) {
    return set("SourceName", value);
  }

  /**
   * The version for a AWS source. For more details about source versions supported by Amazon
   * Security Lake see <a
   * href="https://docs.aws.amazon.com//security-lake/latest/userguide/open-cybersecurity-schema-framework.html#ocsf-source-identification">OCSF
   * source identification</a> in the Amazon Security Lake User Guide. This must be a Regionally
   * unique value.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(latest|[0-9]&#92;.[0-9])$}.
   * CloudFormation property {@code SourceVersion}.
   */
  public AwsLogSource sourceVersion(String value) {
    return set("SourceVersion", Value.of(value));
  }

  /** Sets {@code SourceVersion} to this value; see {@link #sourceVersion(String)}. */
  public AwsLogSource sourceVersion(Value<String> value) {
    return set("SourceVersion", value);
  }
}
