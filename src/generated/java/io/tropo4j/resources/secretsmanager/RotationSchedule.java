// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.secretsmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Configure the rotation schedule and Lambda rotation function for a secret. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html">How
 * rotation works</a> .
 *
 * <p>For database credentials, refer to the following resources:
 *
 * <ul> <li>Amazon RDS master user credentials: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
 * MasterUserSecret</a> <li>Amazon Redshift admin user credentials: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
 * </ul>
 *
 * <p>Choose one of the following options for the rotation function:
 *
 * <ul> <li>Create a new rotation function using <code>HostedRotationLambda</code> based on a <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html">Secrets
 * Manager rotation function template</a> . <li>Use an existing rotation function by specifying its
 * ARN with <code>RotationLambdaARN</code> . </ul>
 *
 * <p>For database secrets defined in the same CloudFormation template as the database or service: -
 * Use the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secrettargetattachment.html">AWS::SecretsManager::SecretTargetAttachment</a>
 * resource to populate the secret with connection details. - Add a <code>DependsOn</code> attribute
 * to the <code>RotationSchedule</code> resource that uses a <code>SecretTargetAttachment</code> .
 * This ensures the rotation is configured after the secret is populated with connection details.
 * &gt; You can define only one rotation schedule per secret.
 *
 * <p>CloudFormation type {@code AWS::SecretsManager::RotationSchedule}.
 */
public final class RotationSchedule extends Resource<RotationSchedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::RotationSchedule")
      .required("SecretId")
      .constrain("ExternalSecretRotationRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public RotationSchedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of metadata needed to successfully rotate a managed external secret.
   *
   * <p>CloudFormation property {@code ExternalSecretRotationMetadata}.
   */
  public RotationSchedule externalSecretRotationMetadata(List<ExternalSecretRotationMetadataItem> value) {
    return set("ExternalSecretRotationMetadata", Value.listOf(value));
  }

  /**
   * Sets {@code ExternalSecretRotationMetadata} to this value; see {@link
   * #externalSecretRotationMetadata(List)}.
   */
  public RotationSchedule externalSecretRotationMetadata(Value<List<ExternalSecretRotationMetadataItem>> value) {
    return set("ExternalSecretRotationMetadata", value);
  }

  /**
   * Sets {@code ExternalSecretRotationMetadata} to a list of these; see {@link
   * #externalSecretRotationMetadata(List)}.
   */
  public RotationSchedule externalSecretRotationMetadata(ExternalSecretRotationMetadataItem... values) {
    return set("ExternalSecretRotationMetadata", Value.list(values));
  }

  /**
   * The ARN of the IAM role that is used by Secrets Manager to rotate a managed external secret.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * ExternalSecretRotationRoleArn}.
   */
  public RotationSchedule externalSecretRotationRoleArn(String value) {
    return set("ExternalSecretRotationRoleArn", Value.of(value));
  }

  /**
   * Sets {@code ExternalSecretRotationRoleArn} to this value; see {@link
   * #externalSecretRotationRoleArn(String)}.
   */
  public RotationSchedule externalSecretRotationRoleArn(Value<String> value) {
    return set("ExternalSecretRotationRoleArn", value);
  }

  /**
   * Creates a new Lambda rotation function based on one of the <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html">Secrets
   * Manager rotation function templates</a> . To use a rotation function that already exists,
   * specify <code>RotationLambdaARN</code> instead.
   *
   * <p>You must specify <code>Transform: AWS::SecretsManager-2024-09-16</code> at the beginning of
   * the CloudFormation template. Transforms are macros hosted by AWS CloudFormation that help you
   * create and manage complex infrastructure. The <code>Transform:
   * AWS::SecretsManager-2024-09-16</code> transform automatically extends the CloudFormation stack
   * to include a nested stack (of type <code>AWS::CloudFormation::Stack</code> ), which then
   * creates and updates on your behalf during subsequent stack operations, the appropriate rotation
   * Lambda function for your database or service. For general information on transforms, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/transform-reference.html">AWS
   * CloudFormation documentation.</a>
   *
   * <p>For Amazon RDS master user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
   * MasterUserSecret</a> .
   *
   * <p>For Amazon Redshift admin user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
   * .
   *
   * <p>CloudFormation property {@code HostedRotationLambda}.
   */
  public RotationSchedule hostedRotationLambda(Value<HostedRotationLambda> value) {
    return set("HostedRotationLambda", value);
  }

  /**
   * Determines whether to rotate the secret immediately or wait until the next scheduled rotation
   * window when the rotation schedule is updated. The rotation schedule is defined in
   * <code>RotationRules</code> .
   *
   * <p>The default for <code>RotateImmediatelyOnUpdate</code> is <code>true</code> . If you don't
   * specify this value, Secrets Manager rotates the secret immediately.
   *
   * <p>If you set <code>RotateImmediatelyOnUpdate</code> to <code>false</code> , Secrets Manager
   * tests the rotation configuration by running the <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html"><code>testSecret</code>
   * step</a> of the Lambda rotation function. This test creates an <code>AWSPENDING</code> version
   * of the secret and then removes it.
   *
   * <p>When changing an existing rotation schedule and setting
   * <code>RotateImmediatelyOnUpdate</code> to <code>false</code> : - If using
   * <code>AutomaticallyAfterDays</code> or a <code>ScheduleExpression</code> with
   * <code>rate()</code> , the previously scheduled rotation might still occur. - To prevent
   * unintended rotations, use a <code>ScheduleExpression</code> with <code>cron()</code> for
   * granular control over rotation windows.
   *
   * <p>Rotation is an asynchronous process. For more information, see <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html">How
   * rotation works</a> .
   *
   * <p>CloudFormation property {@code RotateImmediatelyOnUpdate}.
   */
  public RotationSchedule rotateImmediatelyOnUpdate(boolean value) {
    return set("RotateImmediatelyOnUpdate", Value.of(value));
  }

  /**
   * Sets {@code RotateImmediatelyOnUpdate} to this value; see {@link
   * #rotateImmediatelyOnUpdate(boolean)}.
   */
  public RotationSchedule rotateImmediatelyOnUpdate(Value<Boolean> value) {
    return set("RotateImmediatelyOnUpdate", value);
  }

  /**
   * The ARN of an existing Lambda rotation function. To specify a rotation function that is also
   * defined in this template, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a>
   * function.
   *
   * <p>For Amazon RDS master user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
   * MasterUserSecret</a> .
   *
   * <p>For Amazon Redshift admin user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
   * .
   *
   * <p>To create a new rotation function based on one of the <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html">Secrets
   * Manager rotation function templates</a> , specify <code>HostedRotationLambda</code> instead.
   *
   * <p>CloudFormation property {@code RotationLambdaARN}.
   */
  public RotationSchedule rotationLambdaARN(String value) {
    return set("RotationLambdaARN", Value.of(value));
  }

  /** Sets {@code RotationLambdaARN} to this value; see {@link #rotationLambdaARN(String)}. */
  public RotationSchedule rotationLambdaARN(Value<String> value) {
    return set("RotationLambdaARN", value);
  }

  /**
   * A structure that defines the rotation configuration for this secret.
   *
   * <p>CloudFormation property {@code RotationRules}.
   */
  public RotationSchedule rotationRules(Value<RotationRules> value) {
    return set("RotationRules", value);
  }

  /**
   * The ARN or name of the secret to rotate. This is unique for each rotation schedule definition.
   *
   * <p>To reference a secret also created in this template, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html">Ref</a>
   * function with the secret's logical ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SecretId}.
   */
  public RotationSchedule secretId(String value) {
    return set("SecretId", Value.of(value));
  }

  /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
  public RotationSchedule secretId(Value<String> value) {
    return set("SecretId", value);
  }

  /**
   * The ARN of the secret.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The metadata needed to successfully rotate a managed external secret. A list of key value pairs
   * in JSON format specified by the partner. For more information, see <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html">Managed
   * external secret partners</a> .
   *
   * <p>Property type {@code
   * AWS::SecretsManager::RotationSchedule.ExternalSecretRotationMetadataItem}.
   */
  public static final class ExternalSecretRotationMetadataItem extends Struct<ExternalSecretRotationMetadataItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::RotationSchedule.ExternalSecretRotationMetadataItem")
        .required("Key", "Value")
        .build();

    public ExternalSecretRotationMetadataItem() {
      super(SCHEMA);
    }

    /**
     * The key that identifies the item.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public ExternalSecretRotationMetadataItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ExternalSecretRotationMetadataItem key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the specified item.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ExternalSecretRotationMetadataItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ExternalSecretRotationMetadataItem value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Creates a new Lambda rotation function based on one of the <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html">Secrets
   * Manager rotation function templates</a> .
   *
   * <p>You must specify <code>Transform: AWS::SecretsManager-2024-09-16</code> at the beginning of
   * the CloudFormation template.
   *
   * <p>For Amazon RDS master user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
   * MasterUserSecret</a> .
   *
   * <p>For Amazon Redshift admin user credentials, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
   * .
   *
   * <p>Property type {@code AWS::SecretsManager::RotationSchedule.HostedRotationLambda}.
   */
  public static final class HostedRotationLambda extends Struct<HostedRotationLambda> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::RotationSchedule.HostedRotationLambda")
        .required("RotationType")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public HostedRotationLambda() {
      super(SCHEMA);
    }

    /**
     * A string of the characters that you don't want in the password.
     *
     * <p>CloudFormation property {@code ExcludeCharacters}.
     */
    public HostedRotationLambda excludeCharacters(String value) {
      return set("ExcludeCharacters", Value.of(value));
    }

    /** Sets {@code ExcludeCharacters} to this value; see {@link #excludeCharacters(String)}. */
    public HostedRotationLambda excludeCharacters(Value<String> value) {
      return set("ExcludeCharacters", value);
    }

    /**
     * The ARN of the KMS key that Secrets Manager uses to encrypt the secret. If you don't specify
     * this value, then Secrets Manager uses the key <code>aws/secretsmanager</code> . If
     * <code>aws/secretsmanager</code> doesn't yet exist, then Secrets Manager creates it for you
     * automatically the first time it encrypts the secret value.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public HostedRotationLambda kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public HostedRotationLambda kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The ARN of the secret that contains superuser credentials, if you use the <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users">Alternating
     * users rotation strategy</a> . CloudFormation grants the execution role for the Lambda
     * rotation function <code>GetSecretValue</code> permission to the secret in this property. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html">Lambda
     * rotation function execution role permissions for Secrets Manager</a> .
     *
     * <p>You must create the superuser secret before you can set this property.
     *
     * <p>You must also include the superuser secret ARN as a key in the JSON of the rotating secret
     * so that the Lambda rotation function can find it. CloudFormation does not hardcode secret
     * ARNs in the Lambda rotation function, so you can use the function to rotate multiple secrets.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html">JSON
     * structure of Secrets Manager secrets</a> .
     *
     * <p>You can specify <code>MasterSecretArn</code> or <code>SuperuserSecretArn</code> but not
     * both. They represent the same superuser secret.
     *
     * <p>CloudFormation property {@code MasterSecretArn}.
     */
    public HostedRotationLambda masterSecretArn(String value) {
      return set("MasterSecretArn", Value.of(value));
    }

    /** Sets {@code MasterSecretArn} to this value; see {@link #masterSecretArn(String)}. */
    public HostedRotationLambda masterSecretArn(Value<String> value) {
      return set("MasterSecretArn", value);
    }

    /**
     * The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use
     * the <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users">alternating
     * users strategy</a> and the superuser secret is encrypted with a customer managed key. You
     * don't need to specify this property if the superuser secret is encrypted using the key
     * <code>aws/secretsmanager</code> . CloudFormation grants the execution role for the Lambda
     * rotation function <code>Decrypt</code> , <code>DescribeKey</code> , and
     * <code>GenerateDataKey</code> permission to the key in this property. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html">Lambda
     * rotation function execution role permissions for Secrets Manager</a> .
     *
     * <p>You can specify <code>MasterSecretKmsKeyArn</code> or
     * <code>SuperuserSecretKmsKeyArn</code> but not both. They represent the same superuser secret
     * KMS key .
     *
     * <p>CloudFormation property {@code MasterSecretKmsKeyArn}.
     */
    public HostedRotationLambda masterSecretKmsKeyArn(String value) {
      return set("MasterSecretKmsKeyArn", Value.of(value));
    }

    /**
     * Sets {@code MasterSecretKmsKeyArn} to this value; see {@link #masterSecretKmsKeyArn(String)}.
     */
    public HostedRotationLambda masterSecretKmsKeyArn(Value<String> value) {
      return set("MasterSecretKmsKeyArn", value);
    }

    /**
     * The name of the Lambda rotation function.
     *
     * <p>CloudFormation property {@code RotationLambdaName}.
     */
    public HostedRotationLambda rotationLambdaName(String value) {
      return set("RotationLambdaName", Value.of(value));
    }

    /** Sets {@code RotationLambdaName} to this value; see {@link #rotationLambdaName(String)}. */
    public HostedRotationLambda rotationLambdaName(Value<String> value) {
      return set("RotationLambdaName", value);
    }

    /**
     * The rotation template to base the rotation function on, one of the following:
     *
     * <ul> <li><code>Db2SingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-db2-singleuser">SecretsManagerRDSDb2RotationSingleUser</a>
     * . <li><code>Db2MultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-db2-multiuser">SecretsManagerRDSDb2RotationMultiUser</a>
     * . <li><code>MySQLSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mysql-singleuser">SecretsManagerRDSMySQLRotationSingleUser</a>
     * . <li><code>MySQLMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mysql-multiuser">SecretsManagerRDSMySQLRotationMultiUser</a>
     * . <li><code>PostgreSQLSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-postgre-singleuser">SecretsManagerRDSPostgreSQLRotationSingleUser</a>
     * <li><code>PostgreSQLMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-postgre-multiuser">SecretsManagerRDSPostgreSQLRotationMultiUser</a>
     * . <li><code>OracleSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-oracle-singleuser">SecretsManagerRDSOracleRotationSingleUser</a>
     * . <li><code>OracleMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-oracle-multiuser">SecretsManagerRDSOracleRotationMultiUser</a>
     * . <li><code>MariaDBSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mariadb-singleuser">SecretsManagerRDSMariaDBRotationSingleUser</a>
     * . <li><code>MariaDBMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mariadb-multiuser">SecretsManagerRDSMariaDBRotationMultiUser</a>
     * . <li><code>SQLServerSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-sqlserver-singleuser">SecretsManagerRDSSQLServerRotationSingleUser</a>
     * . <li><code>SQLServerMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-sqlserver-multiuser">SecretsManagerRDSSQLServerRotationMultiUser</a>
     * . <li><code>RedshiftSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-redshift-singleuser">SecretsManagerRedshiftRotationSingleUsr</a>
     * . <li><code>RedshiftMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-redshift-multiuser">SecretsManagerRedshiftRotationMultiUser</a>
     * . <li><code>MongoDBSingleUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mongodb-singleuser">SecretsManagerMongoDBRotationSingleUser</a>
     * . <li><code>MongoDBMultiUser</code> to use the template <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html#sar-template-mongodb-multiuser">SecretsManagerMongoDBRotationMultiUser</a>
     * . </ul>
     *
     * <p>Required. CloudFormation property {@code RotationType}.
     */
    public HostedRotationLambda rotationType(String value) {
      return set("RotationType", Value.of(value));
    }

    /** Sets {@code RotationType} to this value; see {@link #rotationType(String)}. */
    public HostedRotationLambda rotationType(Value<String> value) {
      return set("RotationType", value);
    }

    /**
     * Do not set this value if you are using <code>Transform: AWS::SecretsManager-2024-09-16</code>
     * . Over time, the updated rotation lambda artifacts vended by AWS may not be compatible with
     * the code or shared object files defined in the rotation function deployment package. Only
     * define the <code>Runtime</code> key if: - You are using <code>Transform:
     * AWS::SecretsManager-2020-07-23</code> . - The code or shared object files defined in the
     * rotation function deployment package are incompatible with Python 3.10.
     *
     * <p>The Python Runtime version for with the rotation function. By default, CloudFormation
     * deploys Python 3.10 binaries for the rotation function. To use a different version of Python,
     * you must do the following two steps:
     *
     * <ul> <li>Deploy the matching version Python binaries with your rotation function. <li>Set the
     * version number in this field. For example, for Python 3.10, enter <em>python3.10</em> . </ul>
     *
     * <p>If you only do one of the steps, your rotation function will be incompatible with the
     * binaries. For more information, see <a
     * href="https://docs.aws.amazon.com/https://repost.aws/knowledge-center/secrets-manager-lambda-rotation">Why
     * did my Lambda rotation function fail with a "pg module not found" error</a> .
     *
     * <p>CloudFormation property {@code Runtime}.
     */
    public HostedRotationLambda runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public HostedRotationLambda runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * The ARN of the secret that contains superuser credentials, if you use the <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users">Alternating
     * users rotation strategy</a> . CloudFormation grants the execution role for the Lambda
     * rotation function <code>GetSecretValue</code> permission to the secret in this property. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html">Lambda
     * rotation function execution role permissions for Secrets Manager</a> .
     *
     * <p>You must create the superuser secret before you can set this property.
     *
     * <p>You must also include the superuser secret ARN as a key in the JSON of the rotating secret
     * so that the Lambda rotation function can find it. CloudFormation does not hardcode secret
     * ARNs in the Lambda rotation function, so you can use the function to rotate multiple secrets.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html">JSON
     * structure of Secrets Manager secrets</a> .
     *
     * <p>You can specify <code>MasterSecretArn</code> or <code>SuperuserSecretArn</code> but not
     * both. They represent the same superuser secret.
     *
     * <p>CloudFormation property {@code SuperuserSecretArn}.
     */
    public HostedRotationLambda superuserSecretArn(String value) {
      return set("SuperuserSecretArn", Value.of(value));
    }

    /** Sets {@code SuperuserSecretArn} to this value; see {@link #superuserSecretArn(String)}. */
    public HostedRotationLambda superuserSecretArn(Value<String> value) {
      return set("SuperuserSecretArn", value);
    }

    /**
     * The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use
     * the <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users">alternating
     * users strategy</a> and the superuser secret is encrypted with a customer managed key. You
     * don't need to specify this property if the superuser secret is encrypted using the key
     * <code>aws/secretsmanager</code> . CloudFormation grants the execution role for the Lambda
     * rotation function <code>Decrypt</code> , <code>DescribeKey</code> , and
     * <code>GenerateDataKey</code> permission to the key in this property. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html">Lambda
     * rotation function execution role permissions for Secrets Manager</a> .
     *
     * <p>You can specify <code>MasterSecretKmsKeyArn</code> or
     * <code>SuperuserSecretKmsKeyArn</code> but not both. They represent the same superuser secret
     * KMS key .
     *
     * <p>CloudFormation property {@code SuperuserSecretKmsKeyArn}.
     */
    public HostedRotationLambda superuserSecretKmsKeyArn(String value) {
      return set("SuperuserSecretKmsKeyArn", Value.of(value));
    }

    /**
     * Sets {@code SuperuserSecretKmsKeyArn} to this value; see {@link
     * #superuserSecretKmsKeyArn(String)}.
     */
    public HostedRotationLambda superuserSecretKmsKeyArn(Value<String> value) {
      return set("SuperuserSecretKmsKeyArn", value);
    }

    /**
     * A comma-separated list of security group IDs applied to the target database.
     *
     * <p>The template applies the same security groups as on the Lambda rotation function that is
     * created as part of this stack.
     *
     * <p>CloudFormation property {@code VpcSecurityGroupIds}.
     */
    public HostedRotationLambda vpcSecurityGroupIds(String value) {
      return set("VpcSecurityGroupIds", Value.of(value));
    }

    /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(String)}. */
    public HostedRotationLambda vpcSecurityGroupIds(Value<String> value) {
      return set("VpcSecurityGroupIds", value);
    }

    /**
     * A comma separated list of VPC subnet IDs of the target database network. The Lambda rotation
     * function is in the same subnet group.
     *
     * <p>CloudFormation property {@code VpcSubnetIds}.
     */
    public HostedRotationLambda vpcSubnetIds(String value) {
      return set("VpcSubnetIds", Value.of(value));
    }

    /** Sets {@code VpcSubnetIds} to this value; see {@link #vpcSubnetIds(String)}. */
    public HostedRotationLambda vpcSubnetIds(Value<String> value) {
      return set("VpcSubnetIds", value);
    }
  }

  /**
   * The rotation schedule and window. We recommend you use <code>ScheduleExpression</code> to set a
   * cron or rate expression for the schedule and <code>Duration</code> to set the length of the
   * rotation window.
   *
   * <p>When changing an existing rotation schedule and setting
   * <code>RotateImmediatelyOnUpdate</code> to <code>false</code> : - If using
   * <code>AutomaticallyAfterDays</code> or a <code>ScheduleExpression</code> with
   * <code>rate()</code> , the previously scheduled rotation might still occur. - To prevent
   * unintended rotations, use a <code>ScheduleExpression</code> with <code>cron()</code> for
   * granular control over rotation windows.
   *
   * <p>Property type {@code AWS::SecretsManager::RotationSchedule.RotationRules}.
   */
  public static final class RotationRules extends Struct<RotationRules> {
    private static final Schema SCHEMA = Schema.of("AWS::SecretsManager::RotationSchedule.RotationRules");

    public RotationRules() {
      super(SCHEMA);
    }

    /**
     * The number of days between automatic scheduled rotations of the secret. You can use this
     * value to check that your secret meets your compliance guidelines for how often secrets must
     * be rotated.
     *
     * <p>In <code>DescribeSecret</code> and <code>ListSecrets</code> , this value is calculated
     * from the rotation schedule after every successful rotation. In <code>RotateSecret</code> ,
     * you can set the rotation schedule in <code>RotationRules</code> with
     * <code>AutomaticallyAfterDays</code> or <code>ScheduleExpression</code> , but not both.
     *
     * <p>CloudFormation property {@code AutomaticallyAfterDays}.
     */
    public RotationRules automaticallyAfterDays(int value) {
      return set("AutomaticallyAfterDays", Value.of(value));
    }

    /**
     * Sets {@code AutomaticallyAfterDays} to this value; see {@link #automaticallyAfterDays(int)}.
     */
    public RotationRules automaticallyAfterDays(Value<Integer> value) {
      return set("AutomaticallyAfterDays", value);
    }

    /**
     * The length of the rotation window in hours, for example <code>3h</code> for a three hour
     * window. Secrets Manager rotates your secret at any time during this window. The window must
     * not extend into the next rotation window or the next UTC day. The window starts according to
     * the <code>ScheduleExpression</code> . If you don't specify a <code>Duration</code> , for a
     * <code>ScheduleExpression</code> in hours, the window automatically closes after one hour. For
     * a <code>ScheduleExpression</code> in days, the window automatically closes at the end of the
     * UTC day. For more information, including examples, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html">Schedule
     * expressions in Secrets Manager rotation</a> in the <em>Secrets Manager Users Guide</em> .
     *
     * <p>CloudFormation property {@code Duration}.
     */
    public RotationRules duration(String value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(String)}. */
    public RotationRules duration(Value<String> value) {
      return set("Duration", value);
    }

    /**
     * A <code>cron()</code> or <code>rate()</code> expression that defines the schedule for
     * rotating your secret. Secrets Manager rotation schedules use UTC time zone. Secrets Manager
     * rotates your secret any time during a rotation window.
     *
     * <p>Secrets Manager <code>rate()</code> expressions represent the interval in hours or days
     * that you want to rotate your secret, for example <code>rate(12 hours)</code> or <code>rate(10
     * days)</code> . You can rotate a secret as often as every four hours. If you use a
     * <code>rate()</code> expression, the rotation window starts at midnight. For a rate in hours,
     * the default rotation window closes after one hour. For a rate in days, the default rotation
     * window closes at the end of the day. You can set the <code>Duration</code> to change the
     * rotation window. The rotation window must not extend into the next UTC day or into the next
     * rotation window.
     *
     * <p>You can use a <code>cron()</code> expression to create a rotation schedule that is more
     * detailed than a rotation interval. For more information, including examples, see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html">Schedule
     * expressions in Secrets Manager rotation</a> in the <em>Secrets Manager Users Guide</em> . For
     * a cron expression that represents a schedule in hours, the default rotation window closes
     * after one hour. For a cron expression that represents a schedule in days, the default
     * rotation window closes at the end of the day. You can set the <code>Duration</code> to change
     * the rotation window. The rotation window must not extend into the next UTC day or into the
     * next rotation window.
     *
     * <p>CloudFormation property {@code ScheduleExpression}.
     */
    public RotationRules scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public RotationRules scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }
  }
}
