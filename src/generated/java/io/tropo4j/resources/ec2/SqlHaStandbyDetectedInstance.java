// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::EC2::SqlHaStandbyDetectedInstance
 *
 * <p>CloudFormation type {@code AWS::EC2::SqlHaStandbyDetectedInstance}.
 */
public final class SqlHaStandbyDetectedInstance extends Resource<SqlHaStandbyDetectedInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SqlHaStandbyDetectedInstance")
      .required("InstanceId")
      .constrain("InstanceId", Constraint.of().pattern("^i-[0-9a-f]{8,17}$"))
      .constrain("SqlServerCredentials", Constraint.of().pattern("^(?=.{20,2048}$)arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[a-zA-Z0-9/_+=.@-]+$"))
      .refYields("InstanceId")
      .attributes("HaStatus", "LastUpdatedTime", "SqlServerLicenseUsage")
      .build();

  public SqlHaStandbyDetectedInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the EC2 instance to enable for SQL Server high availability standby detection.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^i-[0-9a-f]{8,17}$}.
   * CloudFormation property {@code InstanceId}.
   */
  public SqlHaStandbyDetectedInstance instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public SqlHaStandbyDetectedInstance instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The ARN of the AWS Secrets Manager secret containing SQL Server access credentials to the EC2
   * instance. If not specified, AWS Systems Manager agent will use default local user credentials.
   *
   * <p>Pattern: {@code
   * ^(?=.{20,2048}$)arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:&#92;d{12}:secret:[a-zA-Z0-9/_+=.&#64;-]+$}.
   * CloudFormation property {@code SqlServerCredentials}.
   */
  public SqlHaStandbyDetectedInstance sqlServerCredentials(String value) {
    return set("SqlServerCredentials", Value.of(value));
  }

  /** Sets {@code SqlServerCredentials} to this value; see {@link #sqlServerCredentials(String)}. */
  public SqlHaStandbyDetectedInstance sqlServerCredentials(Value<String> value) {
    return set("SqlServerCredentials", value);
  }

  /**
   * The SQL Server high availability status of the EC2 instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HaStatus}.
   */
  public Value<String> haStatus() {
    return getAtt("HaStatus");
  }

  /**
   * The timestamp when the EC2 instance's SQL Server high availability status was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The SQL Server license type of the EC2 instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SqlServerLicenseUsage}.
   */
  public Value<String> sqlServerLicenseUsage() {
    return getAtt("SqlServerLicenseUsage");
  }
}
