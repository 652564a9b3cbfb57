// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.secretsmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SecretsManager::SecretTargetAttachment</code> resource completes the final link
 * between a Secrets Manager secret and the associated database by adding the database connection
 * information to the secret JSON. If you want to turn on automatic rotation for a database
 * credential secret, the secret must contain the database connection information. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html">JSON
 * structure of Secrets Manager database credential secrets</a> .
 *
 * <p>A single secret resource can only have one target attached to it.
 *
 * <p>When you remove a <code>SecretTargetAttachment</code> from a stack, Secrets Manager removes
 * the database connection information from the secret with a <code>PutSecretValue</code> call.
 *
 * <p>For Amazon RDS master user credentials, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
 * MasterUserSecret</a> .
 *
 * <p>For Amazon Redshift admin user credentials, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::SecretsManager::SecretTargetAttachment}.
 */
public final class SecretTargetAttachment extends Resource<SecretTargetAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::SecretTargetAttachment")
      .required("SecretId", "TargetId", "TargetType")
      .constrain("SecretId", Constraint.of().minLength(1).maxLength(2048))
      .refYields("SecretId")
      .attributes("Id")
      .build();

  public SecretTargetAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN or name of the secret. To reference a secret also created in this template, use the see
   * <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a>
   * function with the secret's logical ID. This field is unique for each target attachment
   * definition.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code SecretId}.
   */
  public SecretTargetAttachment secretId(String value) {
    return set("SecretId", Value.of(value));
  }

  /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
  public SecretTargetAttachment secretId(Value<String> value) {
    return set("SecretId", value);
  }

  /**
   * The ID of the database or cluster.
   *
   * <p>Required. CloudFormation property {@code TargetId}.
   */
  public SecretTargetAttachment targetId(String value) {
    return set("TargetId", Value.of(value));
  }

  /** Sets {@code TargetId} to this value; see {@link #targetId(String)}. */
  public SecretTargetAttachment targetId(Value<String> value) {
    return set("TargetId", value);
  }

  /**
   * A string that defines the type of service or database associated with the secret. This value
   * instructs Secrets Manager how to update the secret with the details of the service or database.
   * This value must be one of the following:
   *
   * <ul> <li>AWS::RDS::DBInstance <li>AWS::RDS::DBCluster <li>AWS::Redshift::Cluster
   * <li>AWS::RedshiftServerless::Namespace <li>AWS::DocDB::DBInstance <li>AWS::DocDB::DBCluster
   * <li>AWS::DocDBElastic::Cluster </ul>
   *
   * <p>Required. CloudFormation property {@code TargetType}.
   */
  public SecretTargetAttachment targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public SecretTargetAttachment targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
