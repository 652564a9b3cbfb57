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
 * An Amazon Comprehend custom entity recognizer: a trained model that identifies custom entity
 * types in text, created via an asynchronous training job.
 *
 * <p>CloudFormation type {@code AWS::Comprehend::EntityRecognizer}.
 */
public final class EntityRecognizer extends Resource<EntityRecognizer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer")
      .required("DataAccessRoleArn", "InputDataConfig", "LanguageCode", "RecognizerName")
      .constrain("DataAccessRoleArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .allowed("LanguageCode", "en", "es", "fr", "de", "it", "pt", "ar", "hi", "ja", "ko", "zh",
          "zh-TW")
      .constrain("ModelKmsKeyId", Constraint.of().pattern("^\\p{ASCII}+$").minLength(0).maxLength(2048))
      .constrain("ModelPolicy", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(20000))
      .constrain("RecognizerName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .constrain("VersionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .constrain("VolumeKmsKeyId", Constraint.of().pattern("^\\p{ASCII}+$").minLength(0).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EntityRecognizer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants Amazon Comprehend read access to
   * your input data.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code DataAccessRoleArn}.
   */
  public EntityRecognizer dataAccessRoleArn(String value) {
    return set("DataAccessRoleArn", Value.of(value));
  }

  /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
  public EntityRecognizer dataAccessRoleArn(Value<String> value) {
    return set("DataAccessRoleArn", value);
  }

  /**
   * Specifies the format and location of the input data for an entity recognizer.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputDataConfig}.
   */
  public EntityRecognizer inputDataConfig(Value<EntityRecognizerInputDataConfig> value) {
    return set("InputDataConfig", value);
  }

  /**
   * The language of the input documents. All documents must be in the same language.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code en}, {@code es}, {@code
   * fr}, {@code de}, {@code it}, {@code pt}, {@code ar}, {@code hi}, {@code ja}, {@code ko}, {@code
   * zh}, {@code zh-TW}. CloudFormation property {@code LanguageCode}.
   */
  public EntityRecognizer languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public EntityRecognizer languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * ID for the AWS KMS key that Amazon Comprehend uses to encrypt trained custom models.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ^&#92;p{ASCII}+$}. CloudFormation property {@code ModelKmsKeyId}.
   */
  public EntityRecognizer modelKmsKeyId(String value) {
    return set("ModelKmsKeyId", Value.of(value));
  }

  /** Sets {@code ModelKmsKeyId} to this value; see {@link #modelKmsKeyId(String)}. */
  public EntityRecognizer modelKmsKeyId(Value<String> value) {
    return set("ModelKmsKeyId", value);
  }

  /**
   * The JSON resource-based policy to attach to your custom entity recognizer model.
   *
   * <p>Changing it replaces the resource. Length: 1 to 20000 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code
   * ModelPolicy}.
   */
  public EntityRecognizer modelPolicy(String value) {
    return set("ModelPolicy", Value.of(value));
  }

  /** Sets {@code ModelPolicy} to this value; see {@link #modelPolicy(String)}. */
  public EntityRecognizer modelPolicy(Value<String> value) {
    return set("ModelPolicy", value);
  }

  /**
   * The name given to the entity recognizer.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code RecognizerName}.
   */
  public EntityRecognizer recognizerName(String value) {
    return set("RecognizerName", Value.of(value));
  }

  /** Sets {@code RecognizerName} to this value; see {@link #recognizerName(String)}. */
  public EntityRecognizer recognizerName(Value<String> value) {
    return set("RecognizerName", value);
  }

  /**
   * Tags to associate with the entity recognizer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EntityRecognizer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EntityRecognizer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EntityRecognizer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The version name given to the entity recognizer.
   *
   * <p>Changing it replaces the resource. Length: 0 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code VersionName}.
   */
  public EntityRecognizer versionName(String value) {
    return set("VersionName", Value.of(value));
  }

  /** Sets {@code VersionName} to this value; see {@link #versionName(String)}. */
  public EntityRecognizer versionName(Value<String> value) {
    return set("VersionName", value);
  }

  /**
   * ID for the AWS KMS key that Amazon Comprehend uses to encrypt data on the storage volume
   * attached to the ML compute instance(s).
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ^&#92;p{ASCII}+$}. CloudFormation property {@code VolumeKmsKeyId}.
   */
  public EntityRecognizer volumeKmsKeyId(String value) {
    return set("VolumeKmsKeyId", Value.of(value));
  }

  /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
  public EntityRecognizer volumeKmsKeyId(Value<String> value) {
    return set("VolumeKmsKeyId", value);
  }

  /**
   * Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the
   * resources you are using for the job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public EntityRecognizer vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) that identifies the entity recognizer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An augmented manifest file that provides training data for your custom model.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.AugmentedManifestsListItem}.
   */
  public static final class AugmentedManifestsListItem extends Struct<AugmentedManifestsListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.AugmentedManifestsListItem")
        .required("AttributeNames", "S3Uri")
        .constrain("AnnotationDataS3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .constrain("AttributeNames", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
        .allowed("DocumentType", "PLAIN_TEXT_DOCUMENT", "SEMI_STRUCTURED_DOCUMENT")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .constrain("SourceDocumentsS3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .allowed("Split", "TRAIN", "TEST")
        .build();

    public AugmentedManifestsListItem() {
      super(SCHEMA);
    }

    /**
     * The S3 prefix to the annotation files that are referred in the augmented manifest file.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * AnnotationDataS3Uri}.
     */
    public AugmentedManifestsListItem annotationDataS3Uri(String value) {
      return set("AnnotationDataS3Uri", Value.of(value));
    }

    /** Sets {@code AnnotationDataS3Uri} to this value; see {@link #annotationDataS3Uri(String)}. */
    public AugmentedManifestsListItem annotationDataS3Uri(Value<String> value) {
      return set("AnnotationDataS3Uri", value);
    }

    /**
     * The JSON attribute that contains the annotations for your training documents.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
     * CloudFormation property {@code AttributeNames}.
     */
    public AugmentedManifestsListItem attributeNames(List<String> value) {
      return set("AttributeNames", Value.listOf(value));
    }

    /** Sets {@code AttributeNames} to this value; see {@link #attributeNames(List)}. */
    public AugmentedManifestsListItem attributeNames(Value<List<String>> value) {
      return set("AttributeNames", value);
    }

    /**
     * The type of augmented manifest.
     *
     * <p>Allowed values: {@code PLAIN_TEXT_DOCUMENT}, {@code SEMI_STRUCTURED_DOCUMENT}.
     * CloudFormation property {@code DocumentType}.
     */
    public AugmentedManifestsListItem documentType(String value) {
      return set("DocumentType", Value.of(value));
    }

    /** Sets {@code DocumentType} to this value; see {@link #documentType(String)}. */
    public AugmentedManifestsListItem documentType(Value<String> value) {
      return set("DocumentType", value);
    }

    /**
     * The Amazon S3 location of the augmented manifest file.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * S3Uri}.
     */
    public AugmentedManifestsListItem s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public AugmentedManifestsListItem s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * The S3 prefix to the source files (PDFs) that are referred to in the augmented manifest file.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * SourceDocumentsS3Uri}.
     */
    public AugmentedManifestsListItem sourceDocumentsS3Uri(String value) {
      return set("SourceDocumentsS3Uri", Value.of(value));
    }

    /**
     * Sets {@code SourceDocumentsS3Uri} to this value; see {@link #sourceDocumentsS3Uri(String)}.
     */
    public AugmentedManifestsListItem sourceDocumentsS3Uri(Value<String> value) {
      return set("SourceDocumentsS3Uri", value);
    }

    /**
     * The purpose of the data you've provided in the augmented manifest.
     *
     * <p>Allowed values: {@code TRAIN}, {@code TEST}. CloudFormation property {@code Split}.
     */
    public AugmentedManifestsListItem split(String value) {
      return set("Split", Value.of(value));
    }

    /** Sets {@code Split} to this value; see {@link #split(String)}. */
    public AugmentedManifestsListItem split(Value<String> value) {
      return set("Split", value);
    }
  }

  /**
   * Describes the annotations associated with an entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.EntityRecognizerAnnotations}.
   */
  public static final class EntityRecognizerAnnotations extends Struct<EntityRecognizerAnnotations> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.EntityRecognizerAnnotations")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .constrain("TestS3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .build();

    public EntityRecognizerAnnotations() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon S3 location where the annotations are located.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * S3Uri}.
     */
    public EntityRecognizerAnnotations s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public EntityRecognizerAnnotations s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * Specifies the Amazon S3 location where the test annotations are located.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * TestS3Uri}.
     */
    public EntityRecognizerAnnotations testS3Uri(String value) {
      return set("TestS3Uri", Value.of(value));
    }

    /** Sets {@code TestS3Uri} to this value; see {@link #testS3Uri(String)}. */
    public EntityRecognizerAnnotations testS3Uri(Value<String> value) {
      return set("TestS3Uri", value);
    }
  }

  /**
   * Describes the training documents submitted with an entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.EntityRecognizerDocuments}.
   */
  public static final class EntityRecognizerDocuments extends Struct<EntityRecognizerDocuments> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.EntityRecognizerDocuments")
        .required("S3Uri")
        .allowed("InputFormat", "ONE_DOC_PER_FILE", "ONE_DOC_PER_LINE")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .constrain("TestS3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .build();

    public EntityRecognizerDocuments() {
      super(SCHEMA);
    }

    /**
     * Specifies how the text in an input file should be processed.
     *
     * <p>Allowed values: {@code ONE_DOC_PER_FILE}, {@code ONE_DOC_PER_LINE}. CloudFormation
     * property {@code InputFormat}.
     */
    public EntityRecognizerDocuments inputFormat(String value) {
      return set("InputFormat", Value.of(value));
    }

    /** Sets {@code InputFormat} to this value; see {@link #inputFormat(String)}. */
    public EntityRecognizerDocuments inputFormat(Value<String> value) {
      return set("InputFormat", value);
    }

    /**
     * Specifies the Amazon S3 location where the training documents are located.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * S3Uri}.
     */
    public EntityRecognizerDocuments s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public EntityRecognizerDocuments s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * Specifies the Amazon S3 location where the test documents are located.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * TestS3Uri}.
     */
    public EntityRecognizerDocuments testS3Uri(String value) {
      return set("TestS3Uri", Value.of(value));
    }

    /** Sets {@code TestS3Uri} to this value; see {@link #testS3Uri(String)}. */
    public EntityRecognizerDocuments testS3Uri(Value<String> value) {
      return set("TestS3Uri", value);
    }
  }

  /**
   * Describes the entity list submitted with an entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.EntityRecognizerEntityList}.
   */
  public static final class EntityRecognizerEntityList extends Struct<EntityRecognizerEntityList> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.EntityRecognizerEntityList")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .build();

    public EntityRecognizerEntityList() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon S3 location where the entity list is located.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * S3Uri}.
     */
    public EntityRecognizerEntityList s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public EntityRecognizerEntityList s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Specifies the format and location of the input data for an entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.EntityRecognizerInputDataConfig}.
   */
  public static final class EntityRecognizerInputDataConfig extends Struct<EntityRecognizerInputDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.EntityRecognizerInputDataConfig")
        .required("EntityTypes")
        .allowed("DataFormat", "COMPREHEND_CSV", "AUGMENTED_MANIFEST")
        .build();

    public EntityRecognizerInputDataConfig() {
      super(SCHEMA);
    }

    /**
     * Describes the annotations associated with an entity recognizer.
     *
     * <p>CloudFormation property {@code Annotations}.
     */
    public EntityRecognizerInputDataConfig annotations(Value<EntityRecognizerAnnotations> value) {
      return set("Annotations", value);
    }

    /**
     * A list of augmented manifest files that provide training data for a custom model.
     *
     * <p>CloudFormation property {@code AugmentedManifests}.
     */
    public EntityRecognizerInputDataConfig augmentedManifests(List<AugmentedManifestsListItem> value) {
      return set("AugmentedManifests", Value.listOf(value));
    }

    /** Sets {@code AugmentedManifests} to this value; see {@link #augmentedManifests(List)}. */
    public EntityRecognizerInputDataConfig augmentedManifests(Value<List<AugmentedManifestsListItem>> value) {
      return set("AugmentedManifests", value);
    }

    /**
     * Sets {@code AugmentedManifests} to a list of these; see {@link #augmentedManifests(List)}.
     */
    public EntityRecognizerInputDataConfig augmentedManifests(AugmentedManifestsListItem... values) {
      return set("AugmentedManifests", Value.list(values));
    }

    /**
     * The format of your training data.
     *
     * <p>Allowed values: {@code COMPREHEND_CSV}, {@code AUGMENTED_MANIFEST}. CloudFormation
     * property {@code DataFormat}.
     */
    public EntityRecognizerInputDataConfig dataFormat(String value) {
      return set("DataFormat", Value.of(value));
    }

    /** Sets {@code DataFormat} to this value; see {@link #dataFormat(String)}. */
    public EntityRecognizerInputDataConfig dataFormat(Value<String> value) {
      return set("DataFormat", value);
    }

    /**
     * Describes the training documents submitted with an entity recognizer.
     *
     * <p>CloudFormation property {@code Documents}.
     */
    public EntityRecognizerInputDataConfig documents(Value<EntityRecognizerDocuments> value) {
      return set("Documents", value);
    }

    /**
     * Describes the entity list submitted with an entity recognizer.
     *
     * <p>CloudFormation property {@code EntityList}.
     */
    public EntityRecognizerInputDataConfig entityList(Value<EntityRecognizerEntityList> value) {
      return set("EntityList", value);
    }

    /**
     * The entity types in the labeled training data.
     *
     * <p>Required. CloudFormation property {@code EntityTypes}.
     */
    public EntityRecognizerInputDataConfig entityTypes(List<EntityTypesListItem> value) {
      return set("EntityTypes", Value.listOf(value));
    }

    /** Sets {@code EntityTypes} to this value; see {@link #entityTypes(List)}. */
    public EntityRecognizerInputDataConfig entityTypes(Value<List<EntityTypesListItem>> value) {
      return set("EntityTypes", value);
    }

    /** Sets {@code EntityTypes} to a list of these; see {@link #entityTypes(List)}. */
    public EntityRecognizerInputDataConfig entityTypes(EntityTypesListItem... values) {
      return set("EntityTypes", Value.list(values));
    }
  }

  /**
   * An entity type within a labeled training dataset that Amazon Comprehend uses to train a custom
   * entity recognizer.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.EntityTypesListItem}.
   */
  public static final class EntityTypesListItem extends Struct<EntityTypesListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.EntityTypesListItem")
        .required("Type")
        .constrain("Type", Constraint.of().pattern("^(?![^\\n\\r\\t,]*\\\\n|\\\\r|\\\\t)[^\\n\\r\\t,]+$").minLength(0).maxLength(64))
        .build();

    public EntityTypesListItem() {
      super(SCHEMA);
    }

    /**
     * An entity type within a labeled training dataset.
     *
     * <p>Required. Length: 0 to 64 characters. Pattern: {@code
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
   * Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the
   * resources you are using for the job.
   *
   * <p>Property type {@code AWS::Comprehend::EntityRecognizer.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::EntityRecognizer.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(1).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(1).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The ID number for a security group on an instance of your private VPC.
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. Format: {@code
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
     * The ID for each subnet being used in your private VPC.
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. Format: {@code
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
