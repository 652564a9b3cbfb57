// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.comprehend;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A flywheel is an AWS resource that orchestrates the ongoing training of a model for custom
 * classification or custom entity recognition. You can create a flywheel to start with an existing
 * trained model, or Comprehend can create and train a new model.
 *
 * <p>When you create the flywheel, Comprehend creates a data lake in your account. The data lake
 * holds the training data and test data for all versions of the model.
 *
 * <p>To use a flywheel with an existing trained model, you specify the active model version.
 * Comprehend copies the model's training data and test data into the flywheel's data lake.
 *
 * <p>To use the flywheel with a new model, you need to provide a dataset for training data (and
 * optional test data) when you create the flywheel.
 *
 * <p>For more information about flywheels, see <a
 * href="https://docs.aws.amazon.com/comprehend/latest/dg/flywheels-about.html">Flywheel
 * overview</a> in the <em>Amazon Comprehend Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Comprehend::Flywheel}.
 */
public final class Flywheel extends Resource<Flywheel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel")
      .required("DataAccessRoleArn", "DataLakeS3Uri", "FlywheelName")
      .constrain("ActiveModelArn", Constraint.of().pattern("arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:(document-classifier|entity-recognizer)/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?").minLength(0).maxLength(256))
      .constrain("DataAccessRoleArn", Constraint.of().pattern("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("DataLakeS3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(512))
      .constrain("FlywheelName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .allowed("ModelType", "DOCUMENT_CLASSIFIER", "ENTITY_RECOGNIZER")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Flywheel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Number (ARN) of the active model version.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code
   * arn:aws(-[^:]+)?:comprehend:[a-zA-Z0-9-]*:[0-9]{12}:(document-classifier|entity-recognizer)/[a-zA-Z0-9](-*[a-zA-Z0-9])*(/version/[a-zA-Z0-9](-*[a-zA-Z0-9])*)?}.
   * CloudFormation property {@code ActiveModelArn}.
   */
  public Flywheel activeModelArn(String value) {
    return set("ActiveModelArn", Value.of(value));
  }

  /** Sets {@code ActiveModelArn} to this value; see {@link #activeModelArn(String)}. */
  public Flywheel activeModelArn(Value<String> value) {
    return set("ActiveModelArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants Amazon Comprehend permission to
   * access the flywheel data.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code DataAccessRoleArn}.
   */
  public Flywheel dataAccessRoleArn(String value) {
    return set("DataAccessRoleArn", Value.of(value));
  }

  /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
  public Flywheel dataAccessRoleArn(Value<String> value) {
    return set("DataAccessRoleArn", value);
  }

  /**
   * Amazon S3 URI of the data lake location.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
   * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
   * DataLakeS3Uri}.
   */
  public Flywheel dataLakeS3Uri(String value) {
    return set("DataLakeS3Uri", Value.of(value));
  }

  /** Sets {@code DataLakeS3Uri} to this value; see {@link #dataLakeS3Uri(String)}. */
  public Flywheel dataLakeS3Uri(Value<String> value) {
    return set("DataLakeS3Uri", value);
  }

  /**
   * Data security configuration.
   *
   * <p>CloudFormation property {@code DataSecurityConfig}.
   */
  public Flywheel dataSecurityConfig(Value<DataSecurityConfig> value) {
    return set("DataSecurityConfig", value);
  }

  /**
   * Name for the flywheel.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code FlywheelName}.
   */
  public Flywheel flywheelName(String value) {
    return set("FlywheelName", Value.of(value));
  }

  /** Sets {@code FlywheelName} to this value; see {@link #flywheelName(String)}. */
  public Flywheel flywheelName(Value<String> value) {
    return set("FlywheelName", value);
  }

  /**
   * Model type of the flywheel's model.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DOCUMENT_CLASSIFIER}, {@code
   * ENTITY_RECOGNIZER}. CloudFormation property {@code ModelType}.
   */
  public Flywheel modelType(String value) {
    return set("ModelType", Value.of(value));
  }

  /** Sets {@code ModelType} to this value; see {@link #modelType(String)}. */
  public Flywheel modelType(Value<String> value) {
    return set("ModelType", value);
  }

  /**
   * Tags associated with the endpoint being created. A tag is a key-value pair that adds metadata
   * to the endpoint. For example, a tag with "Sales" as the key might be added to an endpoint to
   * indicate its use by the sales department.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Flywheel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Flywheel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Flywheel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration about the model associated with a flywheel.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TaskConfig}.
   */
  public Flywheel taskConfig(Value<TaskConfig> value) {
    return set("TaskConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flywheel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Data security configuration.
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.DataSecurityConfig}.
   */
  public static final class DataSecurityConfig extends Struct<DataSecurityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel.DataSecurityConfig")
        .constrain("DataLakeKmsKeyId", Constraint.of().pattern("^\\p{ASCII}+$").minLength(1).maxLength(2048))
        .constrain("ModelKmsKeyId", Constraint.of().pattern("^\\p{ASCII}+$").minLength(1).maxLength(2048))
        .constrain("VolumeKmsKeyId", Constraint.of().pattern("^\\p{ASCII}+$").minLength(1).maxLength(2048))
        .build();

    public DataSecurityConfig() {
      super(SCHEMA);
    }

    /**
     * ID for the AWS key that Amazon Comprehend uses to encrypt the data in the data lake.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^&#92;p{ASCII}+$}. CloudFormation property
     * {@code DataLakeKmsKeyId}.
     */
    public DataSecurityConfig dataLakeKmsKeyId(String value) {
      return set("DataLakeKmsKeyId", Value.of(value));
    }

    /** Sets {@code DataLakeKmsKeyId} to this value; see {@link #dataLakeKmsKeyId(String)}. */
    public DataSecurityConfig dataLakeKmsKeyId(Value<String> value) {
      return set("DataLakeKmsKeyId", value);
    }

    /**
     * ID for the AWS key that Amazon Comprehend uses to encrypt trained custom models. The
     * ModelKmsKeyId can be either of the following formats:
     *
     * <ul> <li>KMS Key ID: <code>"1234abcd-12ab-34cd-56ef-1234567890ab"</code> <li>Amazon Resource
     * Name (ARN) of a KMS Key:
     * <code>"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"</code>
     * </ul>
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^&#92;p{ASCII}+$}. CloudFormation property
     * {@code ModelKmsKeyId}.
     */
    public DataSecurityConfig modelKmsKeyId(String value) {
      return set("ModelKmsKeyId", Value.of(value));
    }

    /** Sets {@code ModelKmsKeyId} to this value; see {@link #modelKmsKeyId(String)}. */
    public DataSecurityConfig modelKmsKeyId(Value<String> value) {
      return set("ModelKmsKeyId", value);
    }

    /**
     * ID for the AWS key that Amazon Comprehend uses to encrypt the volume.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^&#92;p{ASCII}+$}. CloudFormation property
     * {@code VolumeKmsKeyId}.
     */
    public DataSecurityConfig volumeKmsKeyId(String value) {
      return set("VolumeKmsKeyId", Value.of(value));
    }

    /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
    public DataSecurityConfig volumeKmsKeyId(Value<String> value) {
      return set("VolumeKmsKeyId", value);
    }

    /**
     * Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the
     * resources you are using for the job. For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html">Amazon
     * VPC</a> .
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public DataSecurityConfig vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * Configuration required for a document classification model.
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.DocumentClassificationConfig}.
   */
  public static final class DocumentClassificationConfig extends Struct<DocumentClassificationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel.DocumentClassificationConfig")
        .required("Mode")
        .constrain("Labels", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(5000))
        .allowed("Mode", "MULTI_CLASS", "MULTI_LABEL")
        .build();

    public DocumentClassificationConfig() {
      super(SCHEMA);
    }

    /**
     * One or more labels to associate with the custom classifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 5000 characters. Pattern: {@code
     * ^&#92;P{C}*$}. CloudFormation property {@code Labels}.
     */
    public DocumentClassificationConfig labels(List<String> value) {
      return set("Labels", Value.listOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
    public DocumentClassificationConfig labels(Value<List<String>> value) {
      return set("Labels", value);
    }

    /**
     * Classification mode indicates whether the documents are <code>MULTI_CLASS</code> or
     * <code>MULTI_LABEL</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code MULTI_CLASS}, {@code
     * MULTI_LABEL}. CloudFormation property {@code Mode}.
     */
    public DocumentClassificationConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public DocumentClassificationConfig mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * Configuration required for an entity recognition model.
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.EntityRecognitionConfig}.
   */
  public static final class EntityRecognitionConfig extends Struct<EntityRecognitionConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Comprehend::Flywheel.EntityRecognitionConfig");

    public EntityRecognitionConfig() {
      super(SCHEMA);
    }

    /**
     * Up to 25 entity types that the model is trained to recognize.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EntityTypes}.
     */
    public EntityRecognitionConfig entityTypes(List<EntityTypesListItem> value) {
      return set("EntityTypes", Value.listOf(value));
    }

    /** Sets {@code EntityTypes} to this value; see {@link #entityTypes(List)}. */
    public EntityRecognitionConfig entityTypes(Value<List<EntityTypesListItem>> value) {
      return set("EntityTypes", value);
    }

    /** Sets {@code EntityTypes} to a list of these; see {@link #entityTypes(List)}. */
    public EntityRecognitionConfig entityTypes(EntityTypesListItem... values) {
      return set("EntityTypes", Value.list(values));
    }
  }

  /**
   * An entity type within a labeled training dataset that Amazon Comprehend uses to train a custom
   * entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.EntityTypesListItem}.
   */
  public static final class EntityTypesListItem extends Struct<EntityTypesListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel.EntityTypesListItem")
        .required("Type")
        .constrain("Type", Constraint.of().pattern("^(?![^\\n\\r\\t,]*\\\\n|\\\\r|\\\\t)[^\\n\\r\\t,]+$").minLength(1).maxLength(64))
        .build();

    public EntityTypesListItem() {
      super(SCHEMA);
    }

    /**
     * An entity type within a labeled training dataset that Amazon Comprehend uses to train a
     * custom entity recognizer.
     *
     * <p>Entity types must not contain the following invalid characters: &#92;n (line break),
     * &#92;&#92;n (escaped line break, &#92;r (carriage return), &#92;&#92;r (escaped carriage
     * return), &#92;t (tab), &#92;&#92;t (escaped tab), and , (comma).
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
     * ^(?![^&#92;n&#92;r&#92;t,]*&#92;&#92;n|&#92;&#92;r|&#92;&#92;t)[^&#92;n&#92;r&#92;t,]+$}.
     * CloudFormation property {@code Type}.
     */
    public EntityTypesListItem type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EntityTypesListItem type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Configuration about the model associated with a flywheel.
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.TaskConfig}.
   */
  public static final class TaskConfig extends Struct<TaskConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel.TaskConfig")
        .required("LanguageCode")
        .allowed("LanguageCode", "en", "es", "fr", "it", "de", "pt")
        .build();

    public TaskConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration required for a document classification model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DocumentClassificationConfig}.
     */
    public TaskConfig documentClassificationConfig(Value<DocumentClassificationConfig> value) {
      return set("DocumentClassificationConfig", value);
    }

    /**
     * Configuration required for an entity recognition model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * EntityRecognitionConfig}.
     */
    public TaskConfig entityRecognitionConfig(Value<EntityRecognitionConfig> value) {
      return set("EntityRecognitionConfig", value);
    }

    /**
     * Language code for the language that the model supports.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code en}, {@code es},
     * {@code fr}, {@code it}, {@code de}, {@code pt}. CloudFormation property {@code LanguageCode}.
     */
    public TaskConfig languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public TaskConfig languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }
  }

  /**
   * Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the
   * resources you are using for the job. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html">Amazon VPC</a>
   * .
   *
   * <p>Property type {@code AWS::Comprehend::Flywheel.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::Flywheel.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(1).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(1).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The ID number for a security group on an instance of your private VPC. Security groups on
     * your VPC function serve as a virtual firewall to control inbound and outbound traffic and
     * provides security for the resources that you’ll be accessing on the VPC. This ID number is
     * preceded by "sg-", for instance: "sg-03b388029b0a285ea". For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html">Security
     * Groups for your VPC</a> .
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID for each subnet being used in your private VPC. This subnet is a subset of the a range
     * of IPv4 addresses used by the VPC and is specific to a given availability zone in the VPC’s
     * Region. This ID number is preceded by "subnet-", for instance: "subnet-04ccf456919e69055".
     * For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and Subnets</a>
     * .
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
